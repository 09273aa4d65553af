package org.erdem.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded text file, read strictly as UTF-8. */
public final class Uploads {
  private Uploads() {}

  /** The file's text, or empty when there is no file or it is not UTF-8 (then {@link #problem} says which). */
  public static Optional<String> text(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message key for a file that {@link #text} could not read. */
  public static String problem(MultipartFile file) {
    return file == null || file.isEmpty() ? "import.error.empty" : "import.error.encoding";
  }
}
