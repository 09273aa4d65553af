package org.erdem.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.erdem.shared.db.ChangeNotices;
import org.erdem.shared.db.KeptByNotices;

/**
 * Pages this node rendered for a session, sent again as they were until a change notice (ADR 0017)
 * names something they show. A page is kept only when its controller asks for it ({@link ThisPage})
 * and names its notices; every part of the page that reads more adds its own.
 *
 * <p>As with a {@code NodeCache}, a page is kept only if none of its notices was
 * heard while it was being rendered, and nothing is kept while the notices are not heard.
 */
final class KeptPages implements KeptByNotices {
  private static final int STRIPES = 256;

  record Page(byte[] gzip, int length, String contentType, String language, List<String> notices, List<Runnable> everySend) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byNotice = new ConcurrentHashMap<>();
  /** Counts the notices heard, per stripe of notices; an {@link #epoch} change covers every notice. */
  private final AtomicLongArray heard = new AtomicLongArray(STRIPES);
  private final AtomicLong epoch = new AtomicLong();
  private final int capacity;
  private volatile boolean open;

  KeptPages(ChangeNotices notices, int capacity) {
    this.capacity = capacity;
    for (String topic : Notice.TOPICS) {
      notices.followAfterCaches(topic, this, key -> heard(topic + ":" + key));
    }
  }

  boolean enabled() {
    return capacity > 0 && open;
  }

  Page find(String key) {
    return pages.get(key);
  }

  /** Taken before a page is rendered, for {@link #keep}. */
  Ticket ticket() {
    long[] counts = new long[STRIPES];
    for (int i = 0; i < STRIPES; i++) {
      counts[i] = heard.get(i);
    }
    return new Ticket(epoch.get(), counts);
  }

  void keep(String key, Ticket ticket, Page page) {
    if (!enabled()) {
      return;
    }
    if (pages.size() >= capacity) {
      // Any one makes room: the map's order has nothing to do with when pages were sent.
      pages.keySet().stream().findAny().ifPresent(this::drop);
    }
    pages.put(key, page);
    for (String notice : page.notices()) {
      byNotice.compute(notice, (n, keys) -> {
        Set<String> named = keys != null ? keys : ConcurrentHashMap.newKeySet();
        named.add(key);
        return named;
      });
    }
    if (!ticket.stillValid(this, page.notices())) {
      drop(key);
    }
  }

  void heard(String notice) {
    heard.incrementAndGet(stripe(notice));
    Set<String> keys = byNotice.remove(notice);
    if (keys != null) {
      keys.forEach(this::drop);
    }
  }

  private void drop(String key) {
    Page page = pages.remove(key);
    if (page != null) {
      for (String notice : page.notices()) {
        byNotice.computeIfPresent(notice, (n, keys) -> keys.remove(key) && keys.isEmpty() ? null : keys);
      }
    }
  }

  int size() {
    return pages.size();
  }

  @Override
  public void open() {
    forgetAll();
    open = true;
  }

  @Override
  public void close() {
    open = false;
    forgetAll();
  }

  @Override
  public void forgetAll() {
    epoch.incrementAndGet();
    pages.clear();
    byNotice.clear();
  }

  private static int stripe(String notice) {
    return notice.hashCode() & (STRIPES - 1);
  }

  record Ticket(long epoch, long[] heard) {
    private boolean stillValid(KeptPages pages, List<String> notices) {
      if (pages.epoch.get() != epoch) {
        return false;
      }
      for (String notice : notices) {
        int stripe = stripe(notice);
        if (pages.heard.get(stripe) != heard[stripe]) {
          return false;
        }
      }
      return true;
    }
  }
}
