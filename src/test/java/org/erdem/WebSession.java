package org.erdem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/** A browser-like HTTP session against the running application: cookies, CSRF tokens, gzip. */
public class WebSession {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final String base;
  private final HttpClient client;
  private String csrf;

  public WebSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public record Page(int status, String body, String location, long compressedBytes, java.net.http.HttpHeaders headers) {}

  public Page get(String path) {
    return get(path, "text/html");
  }

  public Page get(String path, String accept) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).header("Accept-Encoding", "gzip").GET());
  }

  /** Posts a form as a browser would, with the CSRF token of the last page seen. */
  public Page post(String path, Map<String, String> form) {
    var fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.putIfAbsent("_csrf", csrf);
    }
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Page login(String username, String password) {
    get("/login");
    return post("/login", Map.of("username", username, "password", password));
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      byte[] bytes = response.body();
      boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equals).orElse(false);
      String text = new String(gzip ? new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes() : bytes, StandardCharsets.UTF_8);
      Matcher m = CSRF.matcher(text);
      if (m.find()) {
        csrf = m.group(1);
      }
      return new Page(response.statusCode(), text, response.headers().firstValue("Location").orElse(null), bytes.length, response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
