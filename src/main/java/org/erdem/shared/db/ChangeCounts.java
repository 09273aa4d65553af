package org.erdem.shared.db;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts the changes a node's memory heard of, per stripe of keys, and those that covered every key,
 * so that what was read before a change can be told from what was read after it: marked before the
 * read, it is kept only if nothing about its keys changed since (NodeCache, kept pages).
 */
public final class ChangeCounts {
  private static final int STRIPES = 256;

  private final AtomicLongArray counts = new AtomicLongArray(STRIPES);
  private final AtomicLong everyKey = new AtomicLong();

  public void changed(String key) {
    counts.incrementAndGet(stripe(key));
  }

  public void changedEveryKey() {
    everyKey.incrementAndGet();
  }

  /** Where the counts stand, taken before a read. */
  public Mark mark() {
    long[] now = new long[STRIPES];
    for (int i = 0; i < STRIPES; i++) {
      now[i] = counts.get(i);
    }
    return new Mark(everyKey.get(), now);
  }

  public boolean unchangedSince(Mark mark, Collection<String> keys) {
    if (everyKey.get() != mark.everyKey) {
      return false;
    }
    for (String key : keys) {
      int stripe = stripe(key);
      if (counts.get(stripe) != mark.counts[stripe]) {
        return false;
      }
    }
    return true;
  }

  private static int stripe(String key) {
    return key.hashCode() & (STRIPES - 1);
  }

  public record Mark(long everyKey, long[] counts) {}
}
