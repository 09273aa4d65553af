package org.erdem.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.assessment.AssessmentTestData;
import org.erdem.assessment.internal.AttemptService;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.mastery.internal.MasteryService;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A wrong answer on a grade-3 prerequisite of the grade-5 work shows as a gap; the teacher's map shows both. */
@IntegrationTest
class GapsTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;
  @Autowired AttemptService attempts;
  @Autowired MasteryService mastery;
  @Autowired org.erdem.mastery.internal.RemediationPlans plans;
  @Autowired org.springframework.context.ApplicationEventPublisher events;

  @Test
  void aGapFromAnEarlierGradeIsFoundFromAnswers() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    var room = data.classroomWithPupil();
    var school = room.school();
    UUID klass = room.classId();
    UUID child = room.child();
    String student = room.student();
    String teacher = room.teacher();
    String otherTeacher = data.user("other", Role.TEACHER, data.school(data.soum(data.aimag("B"), "T"), "OTHER").id());

    UUID earlier = bank.singleChoice("MATH.3.FRA.1", 2);
    UUID now = bank.singleChoice("MATH.5.FRA.1", 2);
    UUID quiz = bank.quiz(null, 1, earlier, now);
    UUID attempt = As.user(student, () -> attempts.start(quiz, null)).attemptId();
    As.user(student, () -> attempts.answer(attempt, 0, UUID.randomUUID(), 1L, Map.of("choice", 0)));
    As.user(student, () -> attempts.answer(attempt, 1, UUID.randomUUID(), 2L, Map.of("choice", 2)));
    As.user(student, () -> attempts.submit(attempt));

    var gaps = As.user(teacher, () -> mastery.gaps(child));
    assertThat(gaps).singleElement().satisfies(g -> {
      assertThat(g.outcome().code()).isEqualTo("MATH.3.FRA.1");
      assertThat(g.neededFor()).extracting(o -> o.code()).containsExactly("MATH.5.FRA.1");
    });
    var map = As.user(teacher, () -> mastery.heatMap(klass, "math"));
    assertThat(map.outcomes()).extracting(o -> o.code()).containsExactly("MATH.3.FRA.1", "MATH.5.FRA.1");
    assertThat(map.level(child, map.outcomes().get(1).id())).isNotEqualTo(Level.NOT_STARTED);
    assertThatThrownBy(() -> As.user(otherTeacher, () -> mastery.heatMap(klass, null))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(otherTeacher, () -> mastery.gaps(child))).isInstanceOf(AccessDeniedException.class);

    UUID planId = As.user(teacher, () -> plans.propose(child));
    var plan = As.user(teacher, () -> plans.get(planId));
    assertThat(plan.steps()).singleElement().satisfies(step -> {
      assertThat(step.outcome().code()).isEqualTo("MATH.3.FRA.1");
      assertThat(step.quizId()).as("a practice quiz drawn from the bank for the outcome").isNotNull();
    });
    assertThat(As.user(student, () -> plans.mine())).as("a proposed plan is the teacher's until approved").isEmpty();
    assertThatThrownBy(() -> As.user(otherTeacher, () -> plans.approve(planId))).isInstanceOf(AccessDeniedException.class);
    As.user(teacher, () -> plans.approve(planId));
    assertThat(As.user(student, () -> plans.mine())).singleElement().satisfies(p -> assertThat(p.next()).isNotNull());
    events.publishEvent(new MasteryChanged(child, plan.steps().get(0).outcome().id(), school.id(), 0.97, Level.PROFICIENT, Level.MASTERED));
    var closed = As.user(student, () -> plans.mine()).get(0);
    assertThat(closed.status()).as("the gap closed, the plan with it; it stays as history").isEqualTo("closed");
    assertThat(closed.next()).isNull();
  }
}
