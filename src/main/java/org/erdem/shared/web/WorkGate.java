package org.erdem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets so many requests do their work at once, the others waiting their turn in arrival order.
 * Sixteen signed-in pages at once on two cores kept sixteen PostgreSQL backends and their virtual
 * threads runnable together, and the scheduler's slices, met at each of a page's database round
 * trips, made the slowest page in a hundred eight times the median (81 ms against 10 ms); eight at
 * once, first come first served, halved that at the same rate. Requests that may wait on a slow
 * network for long pass without a turn, so that a few children on 2G cannot hold the server: media
 * sent to them, files uploaded from them. So does signing in, which has its own limit (one password
 * check per core), and so do assets, sent from memory. A request waiting on something that is not
 * work, as an answer waits for the write that stores it with others, gives its turn up meanwhile
 * ({@link #whileWaiting}).
 */
public final class WorkGate extends OncePerRequestFilter {
  /** The gate whose turn the current request holds, if it holds one. */
  private static final ThreadLocal<WorkGate> HELD = new ThreadLocal<>();
  private final Semaphore turns;

  WorkGate(int atOnce) {
    this.turns = new Semaphore(atOnce, true);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String type = request.getContentType();
    return path.startsWith("/media/") || Assets.covers(path) || (type != null && type.regionMatches(true, 0, "multipart/", 0, 10))
        || (path.equals("/login") && "POST".equals(request.getMethod()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    turns.acquireUninterruptibly();
    HELD.set(this);
    try {
      chain.doFilter(request, response);
    } finally {
      HELD.remove();
      turns.release();
    }
  }

  /** Waits without holding a turn: another request works meanwhile, and this one takes a turn again after, in its order. */
  public static <T> T whileWaiting(Supplier<T> waiting) {
    var gate = HELD.get();
    if (gate == null) {
      return waiting.get();
    }
    gate.turns.release();
    try {
      return waiting.get();
    } finally {
      gate.turns.acquireUninterruptibly();
    }
  }

  int waiting() {
    return turns.getQueueLength();
  }
}
