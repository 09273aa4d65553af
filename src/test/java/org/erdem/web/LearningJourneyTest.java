package org.erdem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first whole journey: an author writes a lesson, a reviewer publishes it, the teacher assigns
 * it with a quiz, a child studies it and takes the quiz (reloading in the middle), the teacher sees
 * the result. Every page passes axe-core.
 */
@IntegrationTest
class LearningJourneyTest extends BrowserTest {
  @Autowired JdbcClient jdbc;

  @Test
  void fromAuthorToChildAndBack() {
    String title = "Бутархайн нэмэх " + UUID.randomUUID().toString().substring(0, 6);
    browser.login("author", DemoLogins.PASSWORD);
    browser.open("/lessons/new");
    browser.assertAccessible();
    new Select(browser.find("#f-subject")).selectByValue("math");
    browser.find("#f-grade").sendKeys("5");
    browser.find("#f-outcomeCodes").sendKeys("MATH.5.FRA.1");
    browser.find("#f-titleMn").sendKeys(title);
    browser.find("#f-bodyMn").sendKeys("## Жишээ\n\n1/4 + 2/4 = 3/4\n\n- хуваарь ижил\n- хүртвэрийг нэмнэ");
    browser.clickAndWait("form.stack button[type=submit]");
    assertThat(browser.heading()).isEqualTo(title);
    browser.assertAccessible();
    browser.clickAndWait("form[action$='/submit'] button");
    String lessonPath = browser.driver.getCurrentUrl().replaceAll(".*(/lessons/[^/]+)/workbench.*", "$1");

    browser.login("reviewer", DemoLogins.PASSWORD);
    browser.open("/review");
    browser.assertAccessible();
    browser.open(lessonPath + "/workbench");
    browser.clickAndWait("form[action$='/approve'] button[type=submit]");
    assertThat(browser.find("main [role=status]").getText()).isNotBlank();

    browser.login("teacher", DemoLogins.PASSWORD);
    browser.open(lessonPath);
    assertThat(browser.heading()).isEqualTo(title);
    browser.assertAccessible();
    browser.clickAndWait("a[href^='/assign?lesson=']");
    browser.assertAccessible();
    new Select(browser.find("#f-classId")).selectByIndex(1);
    browser.clickAndWait("form.stack button[type=submit]");
    UUID quiz = jdbc.sql("select id from assessment.quiz where subject_code = 'math' and grade = 5 order by created_at limit 1").query(UUID.class).single();
    browser.open("/quizzes/" + quiz);
    browser.clickAndWait("a[href^='/assign?quiz=']");
    new Select(browser.find("#f-classId")).selectByIndex(1);
    browser.clickAndWait("form.stack button[type=submit]");
    String quizAssignment = browser.driver.getCurrentUrl();

    browser.login("student", DemoLogins.PASSWORD);
    browser.open("/my/work");
    browser.assertAccessible();
    browser.driver.findElements(By.cssSelector("main .cards a")).stream().filter(a -> a.getText().equals(title)).findFirst().orElseThrow().click();
    browser.waitFor(() -> browser.driver.getCurrentUrl().contains("/lessons/"));
    assertThat(browser.heading()).isEqualTo(title);
    browser.open("/my/work");
    browser.clickAndWait("form[action$='/done'] button");
    browser.open(quizAssignment.replaceAll(".*/assignments/", "/work/"));
    browser.assertAccessible();
    browser.clickAndWait("form[action$='/attempts'] button");
    answer();
    browser.waitFor(() -> !browser.find(".saved").getText().isBlank());
    browser.driver.navigate().refresh();
    assertThat(isAnswered()).as("the answer given before the reload is kept").isTrue();
    browser.assertAccessible();
    while (true) {
      answer();
      String before = browser.driver.getCurrentUrl();
      browser.clickAndWait("button[name=go][value=next]");
      if (!browser.driver.getCurrentUrl().contains("/questions/") || browser.driver.getCurrentUrl().equals(before)) {
        break;
      }
    }
    browser.assertAccessible();
    browser.clickAndWait("form[action$='/submit'] button");
    assertThat(browser.find("main .stat").getText()).isNotBlank();
    browser.assertAccessible();

    browser.login("teacher", DemoLogins.PASSWORD);
    browser.open(quizAssignment.replaceAll("^https?://[^/]+", ""));
    assertThat(browser.find("main .stat").getText()).isNotBlank();
    assertThat(browser.driver.findElements(By.cssSelector("main tbody td.num")).stream().map(WebElement::getText).filter(t -> t.contains("/")).count())
        .as("the child's score is there").isGreaterThanOrEqualTo(1);
    browser.assertAccessible();
    browser.clickAndWait("nav.crumbs a[href$='/work']");
    browser.clickAndWait("a[href$='/mastery']");
    assertThat(browser.all("table.heatmap tbody tr")).isNotEmpty();
    browser.assertAccessible();
    browser.clickAndWait("table.heatmap tbody tr th a");
    browser.assertAccessible();

    browser.login("student", DemoLogins.PASSWORD);
    browser.open("/my/progress");
    assertThat(browser.all("ul.progress li")).isNotEmpty();
    browser.assertAccessible();
  }

  /** Gives some answer to whatever kind of question is shown. */
  private void answer() {
    var radios = browser.all("form.question input[type=radio]");
    var boxes = browser.all("form.question input[type=checkbox]");
    var inputs = browser.all("form.question input#answer");
    var selects = browser.all("form.question select");
    if (!radios.isEmpty()) {
      radios.get(0).click();
    } else if (!boxes.isEmpty()) {
      boxes.get(0).click();
    } else if (!inputs.isEmpty()) {
      inputs.get(0).clear();
      inputs.get(0).sendKeys("1");
      inputs.get(0).sendKeys(org.openqa.selenium.Keys.TAB);
    } else {
      for (int i = 0; i < selects.size(); i++) {
        new Select(selects.get(i)).selectByIndex(1 + i % (new Select(selects.get(i)).getOptions().size() - 1));
      }
    }
  }

  private boolean isAnswered() {
    return browser.all("form.question input:checked").size() > 0
        || browser.all("form.question input#answer").stream().anyMatch(i -> !i.getAttribute("value").isBlank())
        || browser.all("form.question select").stream().anyMatch(s -> !new Select(s).getFirstSelectedOption().getAttribute("value").isBlank());
  }
}
