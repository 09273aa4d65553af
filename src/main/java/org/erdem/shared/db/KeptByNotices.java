package org.erdem.shared.db;

/**
 * What this node keeps only while {@link ChangeNotices} hears every change: it starts from empty
 * when the listening starts, forgets all when it stops, and forgets all for a notice it cannot place.
 */
public interface KeptByNotices {
  void open();

  void close();

  void forgetAll();
}
