package org.erdem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A rendered page kept, and a kept page sent as the rendered one was. */
final class KeptPageResponses {
  private KeptPageResponses() {}

  /**
   * Keeps the page just rendered if its controller asked for it and nothing about the response is
   * for this one request only, and sends it compressed once for all. False when it is not kept.
   */
  static boolean keepAndSend(KeptPages pages, byte[] html, String contentType, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    ThisPage page = ThisPage.of(request);
    if (page == null || !page.kept() || !forEveryRequest(request, response)) {
      return false;
    }
    var notices = new ArrayList<>(page.notices());
    notices.add(Notice.session(request.getSession(false).getId()));
    var route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    var kept = new KeptPages.Page(Assets.gzip(html), html.length, contentType, response.getLocale(), route, notices, page.everySend());
    pages.keep(page.key(), page.ticket(), kept);
    send(kept, html, request, response);
    return true;
  }

  private static boolean forEveryRequest(HttpServletRequest request, HttpServletResponse response) {
    var flash = RequestContextUtils.getInputFlashMap(request);
    return response.getStatus() == HttpServletResponse.SC_OK
        && request.getSession(false) != null
        && !response.containsHeader("Set-Cookie")
        && (flash == null || flash.isEmpty());
  }

  static void send(KeptPages.Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
    ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(page.route()));
    send(page, null, request, response);
  }

  /** The plain bytes, when known, go to a client that takes no gzip; else they are inflated. */
  private static void send(KeptPages.Page page, byte[] plain, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(page.contentType());
    response.setLocale(page.locale());
    response.setHeader("Vary", "Accept-Encoding");
    byte[] body;
    if (AssetFilter.acceptsGzip(request.getHeader("Accept-Encoding"))) {
      response.setHeader("Content-Encoding", "gzip");
      body = page.gzip();
    } else {
      body = plain != null ? plain : Assets.gunzip(page.gzip(), page.length());
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
