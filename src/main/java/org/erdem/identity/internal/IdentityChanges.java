package org.erdem.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's sessions and callers ({@link NodeCache}) true to the database. Triggers on the
 * account, role and session tables announce every change with {@code pg_notify} (migration V4), to
 * every node, this one included, after the change commits; one connection listens and the caches
 * forget what changed. While that connection is lost, the caches keep nothing and every request
 * reads the database, as it did before there were caches.
 */
@Component
class IdentityChanges implements SmartLifecycle {
  static final String CHANNEL = "erdem_identity";
  private static final Logger log = LoggerFactory.getLogger(IdentityChanges.class);
  private static final String SESSION = "session:";
  private static final String ACCOUNT = "account:";
  private static final int WAIT_MILLIS = 500;
  private static final long RETRY_MILLIS = 1000;

  private final DataSource dataSource;
  private final NodeCache<FrugalSessionRepository.Snapshot> sessions;
  private final NodeCache<CallerLoader.Today> callers;
  private volatile Thread listener;

  IdentityChanges(DataSource dataSource, @Value("${erdem.identity.cached-entries}") int capacity) {
    this.dataSource = dataSource;
    this.sessions = new NodeCache<>(capacity);
    this.callers = new NodeCache<>(capacity);
  }

  NodeCache<FrugalSessionRepository.Snapshot> sessions() {
    return sessions;
  }

  NodeCache<CallerLoader.Today> callers() {
    return callers;
  }

  @Override
  public void start() {
    // Assigned before it runs: the loop goes on only while it is the listener.
    Thread thread = Thread.ofPlatform().daemon().name("identity-changes").unstarted(this::listen);
    listener = thread;
    thread.start();
  }

  @Override
  public void stop() {
    Thread running = listener;
    listener = null;
    if (running != null) {
      running.interrupt();
      try {
        running.join(2 * WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return listener != null;
  }

  private void listen() {
    while (listener == Thread.currentThread()) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
          statement.execute("listen " + CHANNEL);
        }
        sessions.open();
        callers.open();
        var notices = connection.unwrap(PGConnection.class);
        while (listener == Thread.currentThread()) {
          PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification notice : received) {
              heard(notice.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        log.warn("Not listening to identity changes, nothing is cached until it listens again: {}", e.getMessage());
      } finally {
        sessions.close();
        callers.close();
      }
      pause();
    }
  }

  /** A notice is {@code session:<id>} or {@code account:<id>}; anything else forgets all. */
  void heard(String notice) {
    if (notice.startsWith(SESSION)) {
      sessions.forget(notice.substring(SESSION.length()));
    } else if (notice.startsWith(ACCOUNT) && account(notice.substring(ACCOUNT.length())) instanceof UUID account) {
      callers.forgetIf(holds(account));
    } else {
      sessions.forgetIf(any -> true);
      callers.forgetIf(any -> true);
    }
  }

  /**
   * What this node changed is forgotten at once, and again at commit, rather than when its own notice
   * comes back: the next request must see the change, even one that arrives before the notice.
   */
  void accountChanged(UUID account) {
    callers.forgetIfWhenCommitted(holds(account));
  }

  private static Predicate<CallerLoader.Today> holds(UUID account) {
    return today -> today.caller().accountId().equals(account);
  }

  private static UUID account(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void pause() {
    if (listener == Thread.currentThread()) {
      try {
        Thread.sleep(RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
