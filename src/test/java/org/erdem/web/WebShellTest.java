package org.erdem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.erdem.IntegrationTest;
import org.erdem.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every page carries: security headers, cached compressed assets, languages, light weight. */
@IntegrationTest
class WebShellTest {
  static final long BUDGET_BYTES = 30 * 1024;
  static final java.util.List<String> DEMO_LOGINS = DemoLogins.ALL;
  private static final Pattern ASSETS = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

  @LocalServerPort int port;

  @Test
  void pagesCarrySecurityHeaders() {
    var page = new WebSession(port).get("/login");
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
  }

  @Test
  void assetsAreFingerprintedCompressedAndImmutable() {
    var browser = new WebSession(port);
    String html = browser.get("/login").body();
    Matcher css = ASSETS.matcher(html);
    assertThat(css.find()).isTrue();
    assertThat(css.group(1)).matches("/assets/app-[0-9a-f]{32}\\.css");
    var asset = browser.get(css.group(1));
    assertThat(asset.status()).isEqualTo(200);
    assertThat(asset.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000", "immutable");
    assertThat(asset.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(browser.get("/assets/no-such-file.css").status()).as("assets are looked for before any page, and a missing one is not found").isEqualTo(404);
  }

  @Test
  void anAssetIsSentPlainWhereGzipIsNotAcceptedAndNotAgainWhileTheBrowserHasIt() throws Exception {
    var client = HttpClient.newHttpClient();
    String html = new WebSession(port).get("/login").body();
    Matcher css = ASSETS.matcher(html);
    assertThat(css.find()).isTrue();
    var uri = URI.create("http://localhost:" + port + css.group(1));
    var plain = client.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString());
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(plain.body()).contains("body");
    String etag = plain.headers().firstValue("ETag").orElseThrow();
    var again = client.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(), BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    var posted = client.send(HttpRequest.newBuilder(uri).POST(BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    assertThat(posted.statusCode()).isEqualTo(405);
  }

  @ParameterizedTest
  @FieldSource("DEMO_LOGINS")
  void eachRolesFirstPageStaysWithinThirtyKilobytes(String username) {
    var browser = new WebSession(port);
    assertWithinBudget(browser, "/login");
    assertThat(browser.login(username, DemoLogins.PASSWORD).location()).as(username + " signs in").endsWith("/");
    assertWithinBudget(browser, "/");
  }

  @Test
  void aChildsLessonAndQuizPagesStayWithinThirtyKilobytes() {
    var browser = new WebSession(port);
    browser.login("student4", DemoLogins.PASSWORD);
    assertWithinBudget(browser, "/my/work");
    var lesson = java.util.regex.Pattern.compile("href=\"/work/([^\"]+)\"").matcher(browser.get("/my/work").body());
    assertThat(lesson.find()).isTrue();
    String target = browser.get("/work/" + lesson.group(1)).location();
    assertWithinBudget(browser, target.replaceAll("^https?://[^/]+", ""));
    var quizzes = new WebSession(port);
    quizzes.login("student4", DemoLogins.PASSWORD);
    String quizPage = quizzes.get("/my/work").body();
    var quizLink = java.util.regex.Pattern.compile("href=\"/work/([^\"]+)\"").matcher(quizPage);
    while (quizLink.find()) {
      String to = quizzes.get("/work/" + quizLink.group(1)).location();
      if (to != null && to.contains("/quizzes/")) {
        assertWithinBudget(quizzes, to.replaceAll("^https?://[^/]+", ""));
        String start = quizzes.post(to.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "") + "/attempts",
            java.util.Map.of("context", to.replaceAll(".*context=", ""))).location();
        assertWithinBudget(quizzes, start.replaceAll("^https?://[^/]+", ""));
        return;
      }
    }
    throw new AssertionError("the demo class has a quiz to do");
  }

  private void assertWithinBudget(WebSession browser, String path) {
    var page = browser.get(path);
    assertThat(page.status()).isEqualTo(200);
    long bytes = page.compressedBytes();
    int requests = 1;
    Matcher m = ASSETS.matcher(page.body());
    while (m.find()) {
      bytes += new WebSession(port).get(m.group(1)).compressedBytes();
      requests++;
    }
    assertThat(bytes).as(path + " with its assets, compressed").isLessThanOrEqualTo(BUDGET_BYTES);
    assertThat(requests).isLessThanOrEqualTo(5);
  }

  @Test
  void theLanguageChoiceIsKept() {
    var browser = new WebSession(port);
    assertThat(browser.get("/login").body()).contains("<html lang=\"mn\"");
    assertThat(browser.get("/login?lang=ru").body()).contains("<html lang=\"ru\"");
    assertThat(browser.get("/login").body()).contains("<html lang=\"ru\"");
    assertThat(browser.get("/login?lang=xx").body()).contains("<html lang=\"ru\"");
    assertThat(browser.get("/login?lang=en").body()).contains("<html lang=\"en\"", "Sign in");
  }

  @Test
  void displaySettingsApplyAndStayOnThisSite() {
    var browser = new WebSession(port);
    browser.get("/login");
    assertThat(browser.post("/settings/display", Map.of("text", "large", "back", "//evil.example/")).location()).endsWith("/");
    browser.post("/settings/display", Map.of("contrast", "high", "back", "/login"));
    assertThat(browser.get("/login").body()).contains("class=\"large-text high-contrast\"");
  }

  @Test
  void unknownPagesAnswerInTheShellAndTheApiAnswersInJson() {
    var browser = new WebSession(port);
    browser.login("admin", DemoLogins.PASSWORD);
    var page = browser.get("/no-such-page");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("<main");
    var child = browser.get("/children/not-a-uuid");
    assertThat(child.status()).isEqualTo(400);
    assertThat(child.body()).contains("<main").doesNotContain("error.status");
    var api = browser.get("/api/v1/children/not-a-uuid", "application/json");
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
  }

  @Test
  void operationsEndpointsAnswer() {
    var anyone = new WebSession(port);
    assertThat(anyone.get("/actuator/health/readiness", "application/json").body()).contains("UP");
    assertThat(anyone.get("/actuator/health/liveness", "application/json").body()).contains("UP");
    assertThat(anyone.get("/actuator/prometheus", "text/plain").body()).contains("jvm_memory_used_bytes");
    assertThat(anyone.get("/actuator/env", "application/json").status()).isIn(401, 403, 404);
  }

  @Test
  void theApiIsDescribed() {
    var anyone = new WebSession(port);
    assertThat(anyone.get("/v3/api-docs", "application/json").body()).contains("/api/v1/children/{id}", "/api/v1/schools/{id}/imports/{kind}");
    assertThat(anyone.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }
}
