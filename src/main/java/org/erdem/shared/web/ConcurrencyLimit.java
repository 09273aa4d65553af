package org.erdem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most so many requests at work at once; the others wait at the door, before anything is loaded
 * for them. With virtual threads nothing else bounds the requests in progress, and each holds its
 * stack and its data on the heap: 3,000 children starting a quiz together ran a 256 MB heap out of
 * memory. Two cores and a pool of database connections gain nothing from more at once.
 */
final class ConcurrencyLimit extends OncePerRequestFilter {
  private final Semaphore permits;

  ConcurrencyLimit(int permits) {
    this.permits = new Semaphore(permits, true);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }
}
