package org.erdem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.assessment.AssessmentTestData;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.identity.Accounts;
import org.erdem.curriculum.internal.CurriculumService;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A child answers wrongly on a grade-3 prerequisite of grade-5 work; the gap appears on the child's
 * page; the teacher makes and approves a plan; the child follows "My plan" and practises until the
 * outcome is mastered; the gap and the plan close. Every page passes axe-core.
 */
@IntegrationTest
class RemediationJourneyTest extends BrowserTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;
  @Autowired CurriculumService curriculum;

  @Test
  void aGapFoundIsPlannedPractisedAndClosed() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    var room = data.classroomWithPupil();
    // Outcomes of this test's own, so that the practice quiz draws only the items written here.
    String grade3 = data.code("HALF3").replace("-", ".");
    String grade5 = data.code("ADD5").replace("-", ".");
    As.user(data.user("methodologist", Role.CONTENT_AUTHOR, data.country().id()), () -> {
      curriculum.create(new CurriculumService.OutcomeForm(grade3, "math", 3, "Хагас " + grade3, "Halves", null, null, null, null, null, null));
      curriculum.create(new CurriculumService.OutcomeForm(grade5, "math", 5, "Нэмэх " + grade5, "Adding", null, null, null, null, null, null));
      curriculum.addPrerequisite(grade5, grade3);
    });
    UUID earlier = bank.singleChoice(grade3, 2);
    for (int i = 0; i < 2; i++) {
      bank.singleChoice(grade3, 2);
    }
    UUID quiz = bank.quiz(null, 1, earlier, bank.singleChoice(grade5, 2));

    browser.login(room.student(), RegistryTestData.PASSWORD);
    takeQuiz("/quizzes/" + quiz, "0", "2");

    browser.login(room.teacher(), RegistryTestData.PASSWORD);
    browser.open("/classes/" + room.classId() + "/mastery");
    assertThat(browser.find("main").getText()).contains(grade3);
    browser.assertAccessible();
    browser.clickAndWait("main a[href*='/gaps/']");
    assertThat(browser.all("input[name=child]:checked")).as("the child with the gap, ticked for a group plan").hasSize(1);
    browser.assertAccessible();
    browser.open("/children/" + room.child() + "/progress");
    assertThat(browser.find("main ul.progress").getText()).as("the gap appears").contains(grade3);
    browser.assertAccessible();
    browser.clickAndWait("form[action$='/plans'] button");
    assertThat(browser.driver.getCurrentUrl()).contains("/plans/");
    browser.assertAccessible();
    browser.clickAndWait("form[action$='/approve'] button");
    assertThat(browser.all("form[action$='/approve']")).as("approved").isEmpty();

    browser.login(room.student(), RegistryTestData.PASSWORD);
    browser.open("/my/plan");
    assertThat(browser.find("ol.steps li[aria-current=step]").getText()).contains(grade3);
    browser.assertAccessible();
    for (int round = 0; round < 3 && !browser.all("ol.steps li[aria-current=step]").isEmpty(); round++) {
      String practice = browser.find("ol.steps li[aria-current=step] a[href^='/quizzes/']").getAttribute("href").replaceAll("^https?://[^/]+", "");
      takeQuiz(practice, "2", "2", "2");
      browser.open("/my/plan");
    }
    assertThat(browser.all("ol.steps li[aria-current=step]")).as("no step left").isEmpty();
    assertThat(browser.all("main .notice.ok")).as("the plan says the gaps are closed").hasSize(1);
    browser.assertAccessible();

    browser.login(room.teacher(), RegistryTestData.PASSWORD);
    browser.open("/children/" + room.child() + "/progress");
    assertThat(browser.find("main").getText()).as("the gap closed").doesNotContain(grade3 + " · ");
    browser.assertAccessible();
  }

  /** Starts the quiz and picks these choices on its questions in turn, then hands it in. */
  private void takeQuiz(String quizPath, String... choices) {
    browser.open(quizPath);
    browser.assertAccessible();
    browser.clickAndWait("form[action$='/attempts'] button");
    for (String choice : choices) {
      if (browser.all("form.question input[type=radio]").isEmpty()) {
        break;
      }
      browser.find("form.question input[type=radio][value='" + choice + "']").click();
      browser.clickAndWait("button[name=go][value=next]");
    }
    browser.clickAndWait("form[action$='/submit'] button");
    browser.assertAccessible();
  }
}
