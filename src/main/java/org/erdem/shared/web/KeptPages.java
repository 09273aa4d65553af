package org.erdem.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.erdem.shared.db.ChangeCounts;
import org.erdem.shared.db.ChangeNotices;
import org.erdem.shared.db.KeptByNotices;

/**
 * Pages this node rendered for a session, sent again as they were until a change notice (ADR 0018)
 * names something they show. A page is kept only when its controller asks for it ({@link ThisPage})
 * and names its notices; every part of the page that reads more adds its own.
 *
 * <p>As with a {@code NodeCache}, a page is kept only if none of its notices was heard after its
 * ticket was taken, before anything of the page was read, and nothing is kept while the notices are
 * not heard.
 */
final class KeptPages implements KeptByNotices {
  /** A page as sent: its gzip bytes, and what the response said besides (for the metrics, its route). */
  record Page(byte[] gzip, int length, String contentType, Locale locale, String route, List<String> notices, List<Runnable> everySend) {}

  /** One keeping of a page: the index holds keepings, so that dropping one never drops its successor's. */
  private record Kept(String key, Page page) {
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  private final Map<String, Kept> pages = new ConcurrentHashMap<>();
  private final Map<String, Set<Kept>> byNotice = new ConcurrentHashMap<>();
  private final ChangeCounts heard = new ChangeCounts();
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
    Kept kept = pages.get(key);
    return kept == null ? null : kept.page();
  }

  /** Taken before anything a page shows is read, for {@link #keep}. */
  ChangeCounts.Mark ticket() {
    return heard.mark();
  }

  void keep(String key, ChangeCounts.Mark ticket, Page page) {
    if (!enabled()) {
      return;
    }
    if (pages.size() >= capacity && !pages.containsKey(key)) {
      // Any one makes room: the map's order has nothing to do with when pages were sent.
      pages.values().stream().findAny().ifPresent(this::drop);
    }
    var kept = new Kept(key, page);
    Kept replaced = pages.put(key, kept);
    if (replaced != null) {
      unindex(replaced);
    }
    for (String notice : page.notices()) {
      byNotice.compute(notice, (n, named) -> {
        Set<Kept> all = named != null ? named : ConcurrentHashMap.newKeySet();
        all.add(kept);
        return all;
      });
    }
    if (!heard.unchangedSince(ticket, page.notices())) {
      drop(kept);
    }
  }

  void heard(String notice) {
    heard.changed(notice);
    Set<Kept> named = byNotice.remove(notice);
    if (named != null) {
      named.forEach(this::drop);
    }
  }

  private void drop(Kept kept) {
    pages.remove(kept.key(), kept);
    unindex(kept);
  }

  private void unindex(Kept kept) {
    for (String notice : kept.page().notices()) {
      byNotice.computeIfPresent(notice, (n, named) -> named.remove(kept) && named.isEmpty() ? null : named);
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

  /** The index first: a page kept meanwhile is then either cleared with the pages or kept whole. */
  @Override
  public void forgetAll() {
    heard.changedEveryKey();
    byNotice.clear();
    pages.clear();
  }
}
