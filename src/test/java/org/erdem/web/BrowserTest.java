package org.erdem.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test class that drives one headless Chromium against the running application, started once for all its tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
  @LocalServerPort int port;
  Browser browser;

  @BeforeAll
  void startBrowser() throws Exception {
    browser = Browser.start(port);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
