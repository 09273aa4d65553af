package org.erdem.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.erdem.content.MediaStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

@Component
class LocalMediaStorage implements MediaStorage {
  private final Path root;

  LocalMediaStorage(@Value("${erdem.media.dir:data/media}") String root) {
    this.root = Path.of(root).toAbsolutePath();
  }

  @Override
  public void put(String key, InputStream content) throws IOException {
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public Resource open(String key) {
    return new FileSystemResource(resolve(key));
  }

  /** Keys are made by the application (hex digests); anything else is refused. */
  private Path resolve(String key) {
    if (!key.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("bad media key");
    }
    return root.resolve(key.substring(0, 2)).resolve(key);
  }
}
