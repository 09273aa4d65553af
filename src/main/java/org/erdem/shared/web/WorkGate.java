package org.erdem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets so many requests do their work at once, the others waiting their turn in arrival order.
 * Sixteen signed-in pages at once on two cores kept sixteen PostgreSQL backends and their virtual
 * threads runnable together, and the scheduler's slices, met at each of a page's database round
 * trips, made the slowest page in a hundred eight times the median (81 ms against 10 ms); eight at
 * once, first come first served, halved that at the same rate. Requests that may wait on a slow
 * network for long pass without a turn, so that a few children on 2G cannot hold the server: media
 * sent to them, files uploaded from them. So does signing in, which has its own limit (one password
 * check per core).
 */
final class WorkGate extends OncePerRequestFilter {
  private final Semaphore turns;

  WorkGate(int atOnce) {
    this.turns = new Semaphore(atOnce, true);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String type = request.getContentType();
    return path.startsWith("/media/") || (type != null && type.regionMatches(true, 0, "multipart/", 0, 10))
        || (path.equals("/login") && "POST".equals(request.getMethod()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    turns.acquireUninterruptibly();
    try {
      chain.doFilter(request, response);
    } finally {
      turns.release();
    }
  }

  int waiting() {
    return turns.getQueueLength();
  }
}
