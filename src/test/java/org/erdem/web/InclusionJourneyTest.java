package org.erdem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.erdem.IntegrationTest;
import org.erdem.WebSession;
import org.erdem.assessment.AssessmentTestData;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SEN coordinator records consent, writes an IEP with extra time (a goal without a measure is
 * refused beside the field), puts it in force and opens a support room; the tutor logs sessions and
 * sees the goal chart move; the child's next quiz has the extra time; the class teacher sees the
 * accommodation but not the needs. Every page passes axe-core.
 */
@IntegrationTest
class InclusionJourneyTest extends BrowserTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;

  @Test
  void consentPlanExtraTimeAndNeedToKnow() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var room = data.classroomWithPupil();
    String coordinator = data.user("sen", Role.SEN_COORDINATOR, room.school().id());
    String tutor = data.classStaff(room.school(), room.classId(), "tutor", Role.TUTOR);
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    UUID quiz = bank.quiz(600, 1, bank.singleChoice("MATH.5.FRA.1", 2));

    browser.login(coordinator, RegistryTestData.PASSWORD);
    browser.open("/children/" + room.child());
    browser.clickAndWait("main a[href$='/sen']");
    browser.assertAccessible();
    browser.find("#f-givenBy").sendKeys("Д. Сараа (эх)");
    setDate("#f-givenOn", LocalDate.now().minusDays(1));
    browser.clickAndWait("form[action$='/sen/consent'] button");
    assertThat(browser.all("main .notice.ok")).hasSize(1);
    browser.find("input[name=category][value=hearing]").click();
    browser.clickAndWait("form[action$='/sen/profile'] button");
    browser.assertAccessible();

    browser.clickAndWait("a[href$='/ieps/new']");
    browser.assertAccessible();
    browser.find("#f-presentLevels").sendKeys("Сонсголын аппарат хэрэглэдэг.");
    browser.driver.findElement(By.id("f-goals[0].outcomeCode")).sendKeys("MATH.5.FRA.1");
    browser.driver.findElement(By.id("f-goals[0].description")).sendKeys("Бутархай нэмэх");
    browser.driver.findElement(By.id("f-goals[0].baseline")).sendKeys("10-аас 3");
    browser.driver.findElement(By.id("f-goals[0].target")).sendKeys("10-аас 8");
    setDate("#f-goals\\[0\\]\\.targetDate", LocalDate.now().plusMonths(2));
    browser.driver.findElement(By.id("f-accommodations.extra_time")).sendKeys("50");
    browser.clickAndWait("form.stack button[type=submit]");
    assertThat(browser.driver.findElement(By.id("e-goals[0].measure")).getText()).as("a goal without a measure, refused beside the field").isNotBlank();
    browser.assertAccessible();
    browser.driver.findElement(By.id("f-goals[0].measure")).sendKeys("7 хоног тутмын шалгалт");
    browser.clickAndWait("form.stack button[type=submit]");
    assertThat(browser.driver.getCurrentUrl()).contains("/ieps/");
    browser.assertAccessible();
    browser.clickAndWait("form[action$='/activate'] button");
    assertThat(browser.all("main .notice.ok")).hasSize(1);
    String iepPath = browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");

    // The coordinator opens a support room with the tutor, who takes the child into her caseload.
    browser.open("/schools/" + room.school().id() + "/support-rooms");
    browser.assertAccessible();
    browser.find("#f-name").sendKeys("Дэмжих танхим");
    browser.clickAndWait("form[action$='/support-rooms'] button");
    new org.openqa.selenium.support.ui.Select(browser.find("#f-member")).selectByIndex(0);
    browser.clickAndWait("form[action$='/staff'] button");
    browser.clickAndWait("form[action$='/caseload'] button");
    assertThat(browser.find("main").getText()).as("the child is in the caseload").contains("Анужин");
    browser.assertAccessible();

    // The tutor logs two sessions with progress values; the goal's chart moves.
    browser.login(tutor, RegistryTestData.PASSWORD);
    browser.open("/support-rooms");
    browser.assertAccessible();
    for (String value : new String[] {"4", "7"}) {
      browser.find("#f-minutes").sendKeys("30");
      new org.openqa.selenium.support.ui.Select(browser.find("#f-goalId")).selectByIndex(1);
      browser.find("#f-progress").sendKeys(value);
      browser.clickAndWait("form[action$='/sessions'] button");
      assertThat(browser.all("main .notice.ok")).hasSize(1);
    }
    browser.open(iepPath);
    assertThat(browser.all("figure.chart svg circle")).as("two data points on the goal chart").hasSize(2);
    assertThat(browser.find("figure.chart svg title").getText()).contains("4").contains("7");
    browser.assertAccessible();

    browser.login(room.student(), RegistryTestData.PASSWORD);
    browser.open("/quizzes/" + quiz);
    browser.clickAndWait("form[action$='/attempts'] button");
    assertThat(Long.parseLong(browser.find(".timer").getAttribute("data-seconds"))).as("the child's next quiz has half as much time again")
        .isGreaterThan(850);

    browser.login(room.teacher(), RegistryTestData.PASSWORD);
    browser.open("/classes/" + room.classId() + "/work");
    browser.clickAndWait("a[href$='/accommodations']");
    assertThat(browser.find("main ul").getText()).contains("50");
    assertThat(browser.find("main").getText()).doesNotContain("Сонсголын аппарат");
    browser.assertAccessible();
    var teacher = new WebSession(port);
    teacher.login(room.teacher(), RegistryTestData.PASSWORD);
    assertThat(teacher.get("/children/" + room.child() + "/sen").status()).as("the class teacher does not see the needs").isEqualTo(403);
    assertThat(teacher.get("/children/" + room.child()).body()).doesNotContain("/sen\"");
  }

  private void setDate(String css, LocalDate date) {
    ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", browser.find(css), date.toString());
  }
}
