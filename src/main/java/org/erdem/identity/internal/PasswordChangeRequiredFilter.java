package org.erdem.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/** After an administrator's password reset, the user may do nothing but choose a new password. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {
  static final String CHANGE_PAGE = "/account/password";
  private static final List<String> ALLOWED = List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/settings/display");
  private final CallerLoader callers;

  PasswordChangeRequiredFilter(CallerLoader callers) {
    this.callers = callers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean allowed = ALLOWED.stream().anyMatch(path::startsWith);
    if (!allowed && callers.find().map(c -> c.mustChangePassword()).orElse(false)) {
      if (path.startsWith("/api/")) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
      } else {
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
