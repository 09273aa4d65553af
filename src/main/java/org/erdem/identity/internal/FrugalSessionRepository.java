package org.erdem.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions in PostgreSQL, without the two database calls Spring Session makes on every
 * signed-in request for nothing: it wrote (and, with fsync on, flushed) the session row only to move
 * its last-access time, and read the session twice when the page was sent before the request ended.
 * Here the last-access time is written only once it moved by more than {@code touchEvery} (the idle
 * timeout is hours, so a session may end that much early), and within one request the session is
 * read once. Attributes are saved as before, so signing in and out take effect at once on every node.
 */
final class FrugalSessionRepository<S extends Session> implements SessionRepository<FrugalSessionRepository.Touched<S>> {
  /** Sessions read in the current request; bound by {@link OncePerRequest}, absent outside a request. */
  private static final ThreadLocal<Map<String, Optional<Object>>> READ = new ThreadLocal<>();

  private final SessionRepository<S> store;
  private final Duration touchEvery;

  FrugalSessionRepository(SessionRepository<S> store, Duration touchEvery) {
    this.store = store;
    this.touchEvery = touchEvery;
  }

  @Override
  public Touched<S> createSession() {
    return new Touched<>(store.createSession(), touchEvery);
  }

  @Override
  public void save(Touched<S> session) {
    store.save(session.stored);
    Map<String, Optional<Object>> read = READ.get();
    if (read != null) {
      // After a change of id (at sign-in) the old id no longer finds this session.
      read.values().removeIf(found -> found.orElse(null) == session);
    }
    remember(session.getId(), Optional.of(session));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Touched<S> findById(String id) {
    Map<String, Optional<Object>> read = READ.get();
    if (read != null && read.containsKey(id)) {
      return (Touched<S>) read.get(id).orElse(null);
    }
    S found = store.findById(id);
    Touched<S> session = found == null ? null : new Touched<>(found, touchEvery);
    remember(id, Optional.ofNullable(session));
    return session;
  }

  @Override
  public void deleteById(String id) {
    store.deleteById(id);
    remember(id, Optional.empty());
  }

  private static void remember(String id, Optional<Object> session) {
    Map<String, Optional<Object>> read = READ.get();
    if (read != null) {
      read.put(id, session);
    }
  }

  /** Opens the per-request memory of sessions read; runs before Spring Session's own filter. */
  static final class OncePerRequest extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      READ.set(new HashMap<>());
      try {
        chain.doFilter(request, response);
      } finally {
        READ.remove();
      }
    }
  }

  /** A stored session whose last-access time moves only in steps of {@code touchEvery}. */
  static final class Touched<S extends Session> implements Session {
    private final S stored;
    private final Duration touchEvery;

    Touched(S stored, Duration touchEvery) {
      this.stored = stored;
      this.touchEvery = touchEvery;
    }

    @Override
    public void setLastAccessedTime(Instant time) {
      if (Duration.between(stored.getLastAccessedTime(), time).compareTo(touchEvery) >= 0) {
        stored.setLastAccessedTime(time);
      }
    }

    @Override
    public String getId() {
      return stored.getId();
    }

    @Override
    public String changeSessionId() {
      return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return stored.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      stored.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      stored.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return stored.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return stored.isExpired();
    }
  }
}
