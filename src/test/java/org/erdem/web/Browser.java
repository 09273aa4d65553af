package org.erdem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (nothing is downloaded), with
 * axe-core injected to check each page against WCAG 2.2 AA.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String AXE = axeSource();
  final WebDriver driver;
  private final String base;

  private final Path profile;

  private Browser(WebDriver driver, int port, Path profile) {
    this.driver = driver;
    this.base = "http://localhost:" + port;
    this.profile = profile;
  }

  static Browser start(int port) throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && System.getenv("CI") != null) {
      throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
    }
    assumeTrue(present, "browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    var options = new ChromeOptions();
    Path profile = Files.createTempDirectory("erdem-chromium");
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--user-data-dir=" + profile);
    return new Browser(new ChromeDriver(service, options), port, profile);
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String heading() {
    return find("h1").getText();
  }

  void login(String username, String password) {
    driver.manage().deleteAllCookies();
    open("/login");
    find("#username").sendKeys(username);
    find("#password").sendKeys(password);
    clickAndWait("form.stack button[type=submit]");
  }

  /** Clicks a link or button that loads a new page, and waits until the new page is there. */
  void clickAndWait(String css) {
    var js = (JavascriptExecutor) driver;
    js.executeScript("window.erdemPreviousPage = true");
    find(css).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> js.executeScript("return document.readyState === 'complete' && window.erdemPreviousPage === undefined"));
  }

  void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  void waitForText(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** Runs axe-core on the current page; fails with each violation described. */
  void assertAccessible() {
    var js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
      js.executeScript(AXE);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
           .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
           .catch(e => done([{id: 'axe-error', help: String(e)}]));""");
    assertThat(violations).as("axe-core on " + driver.getCurrentUrl()).isEmpty();
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
