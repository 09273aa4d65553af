package org.erdem.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps what this node holds in {@link NodeCache}s, and what is made of them (kept pages), true to
 * the database. A module's triggers announce
 * each change with {@code pg_notify} on {@link #CHANNEL}, to every node, this one included, after the
 * change commits; the notice is {@code <topic>:<key>}, and {@code <topic>:*} means every key of the
 * topic. One connection per node listens for all modules. While that connection is lost, every cache
 * keeps nothing and every request reads the database, as it would without caches.
 */
@Component
public class ChangeNotices implements SmartLifecycle {
  public static final String CHANNEL = "erdem_changes";
  private static final String EVERY_KEY = "*";
  private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);
  private static final int WAIT_MILLIS = 500;
  private static final long RETRY_MILLIS = 1000;

  private record Topic(String name, KeptByNotices cache, Consumer<String> heard) {}

  private final DataSource dataSource;
  private final List<Topic> topics = new CopyOnWriteArrayList<>();
  private final List<Topic> madeOfCaches = new CopyOnWriteArrayList<>();
  private volatile Thread listener;
  private volatile boolean listening;

  public ChangeNotices(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A cache whose entry a notice {@code <topic>:<key>} forgets, the key being the entry's. */
  public <V> NodeCache<V> cache(String topic, int capacity) {
    NodeCache<V> cache = new NodeCache<>(capacity);
    follow(topic, cache, cache::forget);
    return cache;
  }

  /**
   * Hands each key of the topic's notices to {@code heard}, for a cache whose entries a key does not
   * name. To be called while the application starts: the cache opens when the listening does.
   */
  public void follow(String topic, KeptByNotices cache, Consumer<String> heard) {
    topics.add(new Topic(topic, cache, heard));
  }

  /**
   * As {@link #follow}, for what is made from other caches' values (a kept page): it hears each
   * notice after them, so that nothing it keeps afterwards is made from a value they were about to forget.
   */
  public void followAfterCaches(String topic, KeptByNotices cache, Consumer<String> heard) {
    madeOfCaches.add(new Topic(topic, cache, heard));
  }

  private List<Topic> allTopics() {
    var all = new ArrayList<>(topics);
    all.addAll(madeOfCaches);
    return all;
  }

  /** Whether changes are heard now, and so caches keep what they read. */
  public boolean listening() {
    return listening;
  }

  @Override
  public void start() {
    // Assigned before it runs: the loop goes on only while it is the listener.
    Thread thread = Thread.ofPlatform().daemon().name("change-notices").unstarted(this::listen);
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
        allTopics().forEach(t -> t.cache().open());
        listening = true;
        var notices = connection.unwrap(PGConnection.class);
        while (listener == Thread.currentThread()) {
          PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification notice : received) {
              heardSafely(notice.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        log.warn("Not listening to changes, nothing is cached until it listens again: {}", e.getMessage());
      } finally {
        listening = false;
        allTopics().forEach(t -> t.cache().close());
      }
      pause();
    }
  }

  /** A module's rule that fails must not end the listening for all: what it kept is forgotten instead. */
  private void heardSafely(String notice) {
    try {
      heard(notice);
    } catch (RuntimeException e) {
      log.warn("A change notice could not be applied, so every cache is emptied: {}", notice, e);
      allTopics().forEach(t -> t.cache().forgetAll());
    }
  }

  /** A notice of no followed topic, or of none at all, forgets everything: it cannot be placed. */
  void heard(String notice) {
    int colon = notice.indexOf(':');
    String topic = colon < 0 ? notice : notice.substring(0, colon);
    String key = colon < 0 ? EVERY_KEY : notice.substring(colon + 1);
    boolean followed = false;
    for (Topic t : allTopics()) {
      if (t.name().equals(topic)) {
        followed = true;
        if (key.equals(EVERY_KEY)) {
          t.cache().forgetAll();
        } else {
          t.heard().accept(key);
        }
      }
    }
    if (!followed) {
      allTopics().forEach(t -> t.cache().forgetAll());
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
