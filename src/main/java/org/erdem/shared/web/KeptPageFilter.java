package org.erdem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.erdem.shared.Calendar;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Sends a page kept for this session ({@link KeptPages}) without running its controller or template,
 * after the session, Spring Security and every other filter have let the request through. A page is
 * kept for everything that makes it what it is besides the data its notices cover: the session (so
 * the caller and the CSRF token), the address, the language, the display cookies, the day in
 * Mongolia and the headers that choose a whole page or a fragment of it.
 */
final class KeptPageFilter extends OncePerRequestFilter {
  private static final String[] VARIANT_HEADERS = {"Accept", "HX-Request", "HX-History-Restore-Request"};
  /** The display settings, and the CSRF token's cookie: a page's masked token is valid only with it. */
  private static final String[] VARIANT_COOKIES = {PageContext.TEXT_COOKIE, PageContext.CONTRAST_COOKIE, "XSRF-TOKEN"};

  private final KeptPages pages;
  private final LocaleResolver locales;

  KeptPageFilter(KeptPages pages, LocaleResolver locales) {
    this.pages = pages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = pages.enabled() ? request.getSession(false) : null;
    if (session == null) {
      chain.doFilter(request, response);
      return;
    }
    String key = read(request) ? key(request, session) : null;
    KeptPages.Page kept = key != null ? pages.find(key) : null;
    if (kept != null) {
      kept.everySend().forEach(Runnable::run);
      send(kept, request, response);
      return;
    }
    String own = Notice.session(session.getId());
    if (key != null) {
      ThisPage.begin(request, key, pages.ticket());
    }
    try {
      chain.doFilter(request, response);
    } finally {
      // What a session changes it sees at its next page, before the change's notice comes back: a
      // change is a form sent, or an address that does something and redirects (opening a piece of work).
      if (key == null || response.getStatus() / 100 == 3) {
        pages.heard(own);
      }
    }
  }

  private static boolean read(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private String key(HttpServletRequest request, HttpSession session) {
    var key = new StringBuilder(160).append(session.getId()).append('\n').append(request.getRequestURI());
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

  /**
   * Keeps the page just rendered if its controller asked for it and nothing about the response is
   * for this one request only, then sends it as a kept page is sent. False when it is not kept.
   */
  static boolean keepAndSend(KeptPages pages, byte[] html, String contentType, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    ThisPage page = ThisPage.of(request);
    if (page == null || !page.kept() || !forEveryRequest(request, response)) {
      return false;
    }
    var notices = new ArrayList<>(page.notices());
    notices.add(Notice.session(request.getSession().getId()));
    var kept = new KeptPages.Page(gzip(html), html.length, contentType, response.getHeader("Content-Language"), notices, page.everySend());
    pages.keep(page.key(), page.ticket(), kept);
    send(kept, request, response);
    return true;
  }

  private static boolean forEveryRequest(HttpServletRequest request, HttpServletResponse response) {
    var flash = RequestContextUtils.getInputFlashMap(request);
    return response.getStatus() == HttpServletResponse.SC_OK
        && !response.containsHeader("Set-Cookie")
        && (flash == null || flash.isEmpty());
  }

  private static void send(KeptPages.Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(page.contentType());
    if (page.language() != null) {
      response.setHeader("Content-Language", page.language());
    }
    response.setHeader("Vary", "Accept-Encoding");
    byte[] body = page.gzip();
    if (AssetFilter.acceptsGzip(request.getHeader("Accept-Encoding"))) {
      response.setHeader("Content-Encoding", "gzip");
    } else {
      body = gunzip(body, page.length());
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  private static byte[] gzip(byte[] plain) {
    var bytes = new ByteArrayOutputStream(plain.length / 4 + 64);
    try (var out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] gunzip(byte[] gzip, int length) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readNBytes(length);
    }
  }
}
