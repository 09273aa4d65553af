package org.erdem.content;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;

/** Where lesson files are kept: a local folder by default; any S3-compatible store can take its place. */
public interface MediaStorage {
  /** Stores the stream under the key; a key is written once and never changed. */
  void put(String key, InputStream content) throws IOException;

  Resource open(String key);
}
