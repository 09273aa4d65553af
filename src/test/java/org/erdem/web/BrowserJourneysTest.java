package org.erdem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** People using Erdem in a real browser, with an accessibility check on every page they see. */
@IntegrationTest
class BrowserJourneysTest extends BrowserTest {
  static final List<String> DEMO_LOGINS = DemoLogins.ALL;

  @Test
  void theLoginPageIsAccessibleAndKeyboardFirst() {
    browser.driver.manage().deleteAllCookies();
    browser.open("/login");
    browser.assertAccessible();
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("the sign-in form takes focus").isEqualTo("username");
    browser.login("teacher", DemoLogins.PASSWORD);
    browser.find("body").sendKeys(Keys.TAB);
    assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).as("the first stop skips to the content").isEqualTo("skip");
  }

  /** Each role signs in, sees its home page and every page its navigation offers; all pass axe. */
  @ParameterizedTest
  @FieldSource("DEMO_LOGINS")
  void everyRoleSeesItsPagesAccessibly(String username) {
    browser.login(username, DemoLogins.PASSWORD);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/");
    assertThat(browser.heading()).isNotBlank();
    browser.assertAccessible();
    List<String> links = browser.all("header nav a").stream().map(a -> a.getAttribute("href")).toList();
    assertThat(links).isNotEmpty();
    for (String link : links) {
      browser.driver.get(link);
      assertThat(browser.driver.getTitle()).as(link).doesNotContain("error.");
      assertThat(browser.all("main h1")).as(link).isNotEmpty();
      browser.assertAccessible();
      assertNoRawMessageKeys();
    }
    for (String lang : List.of("ru", "en", "mn")) {
      browser.open("/?lang=" + lang);
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo(lang);
      assertNoRawMessageKeys();
    }
  }

  private static final java.util.regex.Pattern RAW_KEY =
      java.util.regex.Pattern.compile("\\b(home|nav|role|kind|school|class|child|account|admin|error|validation|shell|org|staff|grant|audit)\\.[a-zA-Z]");

  private void assertNoRawMessageKeys() {
    String text = browser.find("body").getText();
    assertThat(RAW_KEY.matcher(text).find()).as("untranslated key on " + browser.driver.getCurrentUrl() + ": " + text).isFalse();
  }

  @Test
  void aGuardianSeesBothChildrenInDifferentSchools() {
    browser.login("guardian", DemoLogins.PASSWORD);
    browser.open("/my/children");
    List<WebElement> cards = browser.all("main .cards li");
    assertThat(cards).hasSize(2);
    cards.get(0).findElement(org.openqa.selenium.By.cssSelector("a")).click();
    assertThat(browser.heading()).isNotBlank();
    browser.assertAccessible();
  }

  @Test
  void aSchoolAdministratorFindsAndCorrectsAChild() {
    browser.login("schooladmin", DemoLogins.PASSWORD);
    browser.find("main .cards a").click();
    browser.assertAccessible();
    browser.find("a[href$='/children']").click();
    browser.assertAccessible();
    String firstName = browser.find("#results tbody tr td a").getText();
    String familyName = firstName.split(" ")[0];
    browser.find("#q").sendKeys(familyName);
    browser.waitFor(() -> browser.driver.getCurrentUrl().contains("q="));
    browser.waitForText("#results", familyName);
    browser.all("#results tbody tr td a").get(0).click();
    browser.assertAccessible();
    browser.find("a[href$='/edit']").click();
    var family = browser.find("#f-familyName");
    family.clear();
    browser.clickAndWait("form.stack button[type=submit]");
    assertThat(browser.find("#f-familyName").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#e-familyName").getText()).isNotBlank();
    browser.assertAccessible();
    browser.find("#f-familyName").sendKeys(familyName);
    browser.clickAndWait("form.stack button[type=submit]");
    assertThat(browser.heading()).startsWith(familyName);
  }

  @Test
  void aBadImportIsReportedRowByRow() throws Exception {
    browser.login("schooladmin", DemoLogins.PASSWORD);
    browser.find("main .cards a").click();
    browser.find("a[href$='/import']").click();
    browser.assertAccessible();
    Path csv = Files.createTempFile("children", ".csv");
    Files.writeString(csv, "external_id,family_name,given_name,birth_date,sex,national_id,home_language,class\nX1,,Болд,2015-99-01,male,,mn,\n");
    browser.find("#file").sendKeys(csv.toString());
    browser.clickAndWait("form.stack button[type=submit]");
    assertThat(browser.all("main table tbody tr")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.find("main [role=alert]").getText()).isNotBlank();
    Files.delete(csv);
    browser.assertAccessible();
  }

  @Test
  void theUserChoosesLanguageTextSizeAndContrast() {
    browser.login("teacher", DemoLogins.PASSWORD);
    browser.clickAndWait("footer a[lang=ru]");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ru");
    String russian = browser.find("header nav a").getText();
    browser.clickAndWait("footer a[lang=en]");
    assertThat(browser.find("header nav a").getText()).isEqualTo("Home").isNotEqualTo(russian);
    browser.clickAndWait("footer form.display button[name=text]");
    browser.clickAndWait("footer form.display button[name=contrast]");
    assertThat(browser.find("html").getAttribute("class")).contains("large-text", "high-contrast");
    browser.assertAccessible();
    browser.clickAndWait("footer form.display button[name=text]");
    browser.clickAndWait("footer form.display button[name=contrast]");
    browser.clickAndWait("footer a[lang=mn]");
  }

  @Test
  void anAdministratorGetsAClearMessageForAnUnknownPlace() {
    browser.login("admin", DemoLogins.PASSWORD);
    browser.open("/admin/users?q=teacher");
    browser.all("main tbody a").get(0).click();
    browser.find("#f-nodeCode").sendKeys("NO-SUCH-PLACE");
    new org.openqa.selenium.support.ui.Select(browser.find("#f-role")).selectByValue("teacher");
    browser.clickAndWait("form[action$='/roles'] button[type=submit]");
    assertThat(browser.find("#e-nodeCode").getText()).isNotBlank();
    browser.assertAccessible();
    browser.open("/admin/audit");
    assertThat(browser.all("main tbody tr")).isNotEmpty();
    browser.assertAccessible();
  }
}
