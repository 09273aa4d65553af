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
import java.util.function.Function;
import org.erdem.shared.db.NodeCache;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions in PostgreSQL, without the database calls Spring Session makes on every signed-in
 * request for nothing. It wrote (and, with fsync on, flushed) the session row only to move its
 * last-access time: here that time is written only once it moved by more than {@code touchEvery}
 * (the idle timeout is hours, so a session may end that much early). It read the session on every
 * request, twice when the page was sent before the request ended: here a session read once is kept
 * on this node ({@link IdentityChanges}) until its rows change, and each request gets its own copy,
 * decoded from the stored bytes, so that no request sees another's changes before they are saved.
 * A request that changes its session changes the stored one, read afresh; signing in and out take
 * effect at once here and, through PostgreSQL's notices, on every other node.
 */
final class FrugalSessionRepository<S extends Session> implements SessionRepository<FrugalSessionRepository.Touched<S>> {
  /** Sessions read in the current request; bound by {@link OncePerRequest}, absent outside a request. */
  private static final ThreadLocal<Map<String, Optional<Object>>> READ = new ThreadLocal<>();
  private static final TypeDescriptor OBJECT = TypeDescriptor.valueOf(Object.class);
  private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

  private final SessionRepository<S> store;
  private final Duration touchEvery;
  private final NodeCache<Snapshot> kept;
  private final ConversionService codec;

  FrugalSessionRepository(SessionRepository<S> store, Duration touchEvery, NodeCache<Snapshot> kept, ConversionService codec) {
    this.store = store;
    this.touchEvery = touchEvery;
    this.kept = kept;
    this.codec = codec;
  }

  @Override
  public Touched<S> createSession() {
    var created = new Touched<>(store.createSession(), touchEvery);
    created.changed = true;
    return created;
  }

  @Override
  public void save(Touched<S> session) {
    if (!session.changed || session.stored == null) {
      return;
    }
    store.save(session.stored);
    kept.forgetWhenCommitted(session.readAs);
    kept.forgetWhenCommitted(session.getId());
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
    Touched<S> session = kept(id);
    if (session == null) {
      var ticket = kept.ticket(id);
      S found = store.findById(id);
      if (found != null) {
        kept.keep(ticket, Snapshot.of(found, codec));
        session = new Touched<>(found, touchEvery);
      }
    }
    remember(id, Optional.ofNullable(session));
    return session;
  }

  /** The kept session, unless it has expired meanwhile: then the store finds it expired and deletes it. */
  private Touched<S> kept(String id) {
    Snapshot snapshot = kept.find(id);
    if (snapshot == null) {
      return null;
    }
    MapSession copy = snapshot.copy(codec);
    if (copy.isExpired()) {
      kept.forget(id);
      return null;
    }
    return new Touched<>(copy, store::findById, touchEvery);
  }

  @Override
  public void deleteById(String id) {
    store.deleteById(id);
    kept.forgetWhenCommitted(id);
    remember(id, Optional.empty());
  }

  private static void remember(String id, Optional<Object> session) {
    Map<String, Optional<Object>> read = READ.get();
    if (read != null) {
      read.put(id, session);
    }
  }

  /** A session as stored, its attributes as the store encodes them. */
  record Snapshot(String id, Instant created, Instant lastAccessed, Duration maxInactive, Map<String, byte[]> attributes) {
    static Snapshot of(Session session, ConversionService codec) {
      var attributes = new HashMap<String, byte[]>();
      for (String name : session.getAttributeNames()) {
        attributes.put(name, (byte[]) codec.convert(session.getAttribute(name), OBJECT, BYTES));
      }
      return new Snapshot(session.getId(), session.getCreationTime(), session.getLastAccessedTime(), session.getMaxInactiveInterval(),
          Map.copyOf(attributes));
    }

    MapSession copy(ConversionService codec) {
      var copy = new MapSession(id);
      copy.setCreationTime(created);
      copy.setLastAccessedTime(lastAccessed);
      copy.setMaxInactiveInterval(maxInactive);
      attributes.forEach((name, bytes) -> copy.setAttribute(name, codec.convert(bytes, BYTES, OBJECT)));
      return copy;
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

  /**
   * A session as this request sees it. Read from the store, it is the stored session; kept on this
   * node, it is a copy, and the stored one is read when the request first changes something.
   */
  static final class Touched<S extends Session> implements Session {
    private final MapSession view;
    private final Function<String, S> read;
    private final Duration touchEvery;
    private final String readAs;
    private S stored;
    private boolean storedRead;
    /** Whether the stored session must be written: only then is what this node kept of it forgotten. */
    private boolean changed;

    Touched(S stored, Duration touchEvery) {
      this(new MapSession(stored), id -> stored, touchEvery);
      this.stored = stored;
      this.storedRead = true;
    }

    Touched(MapSession view, Function<String, S> read, Duration touchEvery) {
      this.view = view;
      this.read = read;
      this.touchEvery = touchEvery;
      this.readAs = view.getId();
    }

    /** The stored session, null if it is gone; read once, when the request first changes something. */
    private S stored() {
      changed = true;
      if (!storedRead) {
        stored = read.apply(readAs);
        storedRead = true;
      }
      return stored;
    }

    @Override
    public void setLastAccessedTime(Instant time) {
      if (Duration.between(view.getLastAccessedTime(), time).compareTo(touchEvery) >= 0) {
        view.setLastAccessedTime(time);
        if (stored() != null) {
          stored.setLastAccessedTime(time);
        }
      }
    }

    @Override
    public String getId() {
      return view.getId();
    }

    @Override
    public String changeSessionId() {
      String id = stored() == null ? view.changeSessionId() : stored.changeSessionId();
      view.setId(id);
      return id;
    }

    @Override
    public <T> T getAttribute(String name) {
      return view.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return view.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      view.setAttribute(name, value);
      if (stored() != null) {
        stored.setAttribute(name, value);
      }
    }

    @Override
    public void removeAttribute(String name) {
      view.removeAttribute(name);
      if (stored() != null) {
        stored.removeAttribute(name);
      }
    }

    @Override
    public Instant getCreationTime() {
      return view.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return view.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      view.setMaxInactiveInterval(interval);
      if (stored() != null) {
        stored.setMaxInactiveInterval(interval);
      }
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return view.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return view.isExpired();
    }
  }
}
