package org.erdem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import org.erdem.shared.Calendar;
import org.erdem.shared.db.ChangeCounts;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a page kept for this session ({@link KeptPages}) without running its controller or template,
 * after the session, Spring Security and every other filter have let the request through. A page is
 * kept for everything that makes it what it is besides the data its notices cover: the session and
 * its signed-in user (so the caller and the CSRF token), the address, the language, the day in
 * Mongolia and the headers that choose a whole page or a fragment of it.
 */
final class KeptPageFilter extends OncePerRequestFilter {
  private static final String TICKET = KeptPageFilter.class.getName() + ".ticket";
  private static final String FLASH = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
  private static final String[] VARIANT_HEADERS = {"Accept", "HX-Request", "HX-History-Restore-Request"};
  /** The display settings, and the CSRF token's cookie: a page's masked token is valid only with it. */
  private static final String[] VARIANT_COOKIES = {PageContext.TEXT_COOKIE, PageContext.CONTRAST_COOKIE, "XSRF-TOKEN"};

  private final KeptPages pages;
  private final LocaleResolver locales;

  KeptPageFilter(KeptPages pages, LocaleResolver locales) {
    this.pages = pages;
    this.locales = locales;
  }

  /**
   * Takes the ticket before the session and the caller are read (by the filters before the page),
   * so that a page made from a caller a notice has since changed is not kept.
   */
  static final class Ticketing extends OncePerRequestFilter {
    private final KeptPages pages;

    Ticketing(KeptPages pages) {
      this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (pages.enabled() && read(request)) {
        request.setAttribute(TICKET, pages.ticket());
      }
      chain.doFilter(request, response);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = pages.enabled() ? request.getSession(false) : null;
    if (session == null || request.getRemoteUser() == null) {
      chain.doFilter(request, response);
      return;
    }
    var ticket = (ChangeCounts.Mark) request.getAttribute(TICKET);
    String key = read(request) && ticket != null ? key(request, session) : null;
    KeptPages.Page kept = key != null && !flashWaiting(session) ? pages.find(key) : null;
    if (kept != null) {
      kept.everySend().forEach(Runnable::run);
      KeptPageResponses.send(kept, request, response);
      return;
    }
    String own = Notice.session(session.getId());
    if (key != null) {
      ThisPage.begin(request, key, ticket);
    }
    try {
      chain.doFilter(request, response);
    } finally {
      // What a session changes it sees at its next page on this node, before the change's notice comes
      // back: a change is a form sent, or an address that does something and redirects (opening a piece of work).
      if (!read(request) || response.getStatus() / 100 == 3) {
        pages.heard(own);
      }
    }
  }

  private static boolean read(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /** A message left for the next page (after a form sent through another node) is shown by rendering it. */
  private static boolean flashWaiting(HttpSession session) {
    return session.getAttribute(FLASH) instanceof Collection<?> maps && !maps.isEmpty();
  }

  private String key(HttpServletRequest request, HttpSession session) {
    var key = new StringBuilder(200).append(session.getId()).append('\n').append(request.getRemoteUser())
        .append('\n').append(request.getRequestURI());
    if (request.getQueryString() != null) {
      key.append('?').append(request.getQueryString());
    }
    key.append('\n').append(locales.resolveLocale(request).toLanguageTag()).append('\n').append(Calendar.today());
    for (String header : VARIANT_HEADERS) {
      key.append('\n').append(request.getHeader(header));
    }
    for (String cookie : VARIANT_COOKIES) {
      key.append('\n').append(PageContext.cookie(request, cookie));
    }
    return key.toString();
  }
}
