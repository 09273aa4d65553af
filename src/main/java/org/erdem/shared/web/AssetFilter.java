package org.erdem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the assets ({@link Assets}) before the session, Spring Security and the pages: they are
 * public, the same for everyone, and need no session, no caller and no page. A fingerprinted URL may be kept by the browser for a
 * year untouched; a plain path (an old page's) is revalidated. Nothing under the assets' prefixes
 * reaches the pages: what is not an asset is not found.
 */
final class AssetFilter extends HttpFilter {
  private static final String FOREVER = "max-age=31536000, public, immutable";
  private final transient Assets assets;

  AssetFilter(Assets assets) {
    this.assets = assets;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!Assets.covers(path)) {
      chain.doFilter(request, response);
      return;
    }
    boolean head = "HEAD".equals(request.getMethod());
    if (!head && !"GET".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    var found = assets.find(path);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var asset = found.get();
    String etag = "W/\"" + asset.hash() + "\"";
    response.setHeader("Cache-Control", asset.url().equals(path) ? FOREVER : "no-cache");
    response.setHeader("ETag", etag);
    if (asset.gzip() != null) {
      response.setHeader("Vary", "Accept-Encoding");
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    String match = request.getHeader("If-None-Match");
    if (match != null && (match.trim().equals("*") || match.contains("\"" + asset.hash() + "\""))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] body = asset.plain();
    if (asset.gzip() != null && acceptsGzip(request.getHeader("Accept-Encoding"))) {
      body = asset.gzip();
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentType(asset.contentType());
    response.setContentLength(body.length);
    if (!head) {
      response.getOutputStream().write(body);
    }
  }

  /** Whether an Accept-Encoding header takes gzip: named (or "*"), and not with q=0. */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    for (String coding : header.split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].trim();
      if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
        for (int i = 1; i < parts.length; i++) {
          String parameter = parts[i].trim().replace(" ", "");
          if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
