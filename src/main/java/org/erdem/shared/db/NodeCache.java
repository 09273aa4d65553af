package org.erdem.shared.db;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What this app node read of the database, kept between requests. It is only as good as the news of
 * changes: it keeps nothing while {@link ChangeNotices} is not listening to PostgreSQL, and forgets
 * an entry when told that its rows changed, here or on another node.
 *
 * <p>A value read from the database is kept only if nothing about its key was forgotten while it was
 * being read: otherwise a read that saw the rows before a change could outlive the change's notice.
 */
public final class NodeCache<V> implements KeptByNotices {
  private final Map<String, V> entries = new ConcurrentHashMap<>();
  private final ChangeCounts forgotten = new ChangeCounts();
  private final int capacity;
  private volatile boolean open;

  public NodeCache(int capacity) {
    this.capacity = capacity;
  }

  /** The kept value, or the one {@code load} reads (null when there is none, which is never kept). */
  public V get(String key, Function<String, V> load) {
    V kept = entries.get(key);
    if (kept != null) {
      return kept;
    }
    Ticket ticket = ticket(key);
    V loaded = load.apply(key);
    keep(ticket, loaded);
    return loaded;
  }

  public V find(String key) {
    return entries.get(key);
  }

  /** Taken before reading a value, for {@link #keep}. */
  public Ticket ticket(String key) {
    return new Ticket(key, forgotten.mark());
  }

  public void keep(Ticket ticket, V value) {
    if (value == null || !open) {
      return;
    }
    if (entries.size() >= capacity) {
      // Any one makes room: the map's order has nothing to do with when entries were used.
      Iterator<String> any = entries.keySet().iterator();
      if (any.hasNext()) {
        entries.remove(any.next());
      }
    }
    entries.put(ticket.key(), value);
    if (!forgotten.unchangedSince(ticket.mark(), List.of(ticket.key()))) {
      entries.remove(ticket.key(), value);
    }
  }

  public void forget(String key) {
    forgotten.changed(key);
    entries.remove(key);
  }

  @Override
  public void forgetAll() {
    forgetIf(any -> true);
  }

  public void forgetIf(Predicate<V> which) {
    forgotten.changedEveryKey();
    entries.values().removeIf(which);
  }

  /** Forgets now and again once the current transaction commits, when other requests see the change. */
  public void forgetWhenCommitted(String key) {
    forget(key);
    afterCommit(() -> forget(key));
  }

  public void forgetIfWhenCommitted(Predicate<V> which) {
    forgetIf(which);
    afterCommit(() -> forgetIf(which));
  }

  /**
   * Forgets every entry now and again once the current transaction commits. Asked for each row a
   * transaction writes (an import of a thousand), it still forgets once at commit.
   */
  public void forgetAllWhenCommitted() {
    forgetAll();
    if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(this)) {
      TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          forgetAll();
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(NodeCache.this);
        }
      });
    }
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          action.run();
        }
      });
    }
  }

  /** Starts keeping values, from empty: what was kept before may have changed unannounced. */
  @Override
  public void open() {
    clear();
    open = true;
  }

  /** Stops keeping values and forgets all: changes can no longer be heard of. */
  @Override
  public void close() {
    open = false;
    clear();
  }

  public boolean isOpen() {
    return open;
  }

  public int size() {
    return entries.size();
  }

  private void clear() {
    forgotten.changedEveryKey();
    entries.clear();
  }

  public record Ticket(String key, ChangeCounts.Mark mark) {}
}
