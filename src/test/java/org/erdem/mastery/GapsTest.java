package org.erdem.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.assessment.AssessmentTestData;
import org.erdem.assessment.internal.AttemptService;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.content.internal.LessonService;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.mastery.internal.Achievements;
import org.erdem.mastery.internal.ClassMastery;
import org.erdem.mastery.internal.KnowledgeGaps;
import org.erdem.mastery.internal.RemediationPlans;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A wrong answer on a grade-3 prerequisite of the grade-5 work opens a gap; the teacher's plan for it
 * is followed until the outcome is mastered, and the gap and the plan close, kept as history.
 */
@IntegrationTest
@RecordApplicationEvents
class GapsTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;
  @Autowired AttemptService attempts;
  @Autowired KnowledgeGaps gaps;
  @Autowired Achievements achievements;
  @Autowired ClassMastery classes;
  @Autowired RemediationPlans plans;
  @Autowired LessonService lessons;
  @Autowired Curriculum curriculum;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate tx;
  @Autowired ApplicationEvents events;

  @Test
  void aGapFromAnEarlierGradeIsFoundFromAnswersPlannedAndClosed() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    var answers = new MasteryTestData(publisher, curriculum, tx);
    var room = data.classroomWithPupil();
    var school = room.school();
    UUID klass = room.classId();
    UUID child = room.child();
    String student = room.student();
    String teacher = room.teacher();
    String guardian = data.guardianOf(child, "mother");
    String otherTeacher = data.user("other", Role.TEACHER, data.school(data.soum(data.aimag("B"), "T"), "OTHER").id());

    UUID earlier = bank.singleChoice("MATH.3.FRA.1", 2);
    UUID now = bank.singleChoice("MATH.5.FRA.1", 2);
    UUID quiz = bank.quiz(null, 1, earlier, now);
    UUID attempt = As.user(student, () -> attempts.start(quiz, null)).attemptId();
    As.user(student, () -> attempts.answer(attempt, 0, UUID.randomUUID(), 1L, Map.of("choice", 0)));
    As.user(student, () -> attempts.answer(attempt, 1, UUID.randomUUID(), 2L, Map.of("choice", 2)));
    As.user(student, () -> attempts.submit(attempt));

    var found = As.user(teacher, () -> gaps.of(child));
    assertThat(found).singleElement().satisfies(g -> {
      assertThat(g.outcome().code()).isEqualTo("MATH.3.FRA.1");
      assertThat(g.neededFor()).extracting(o -> o.code()).containsExactly("MATH.5.FRA.1");
    });
    UUID gapOutcome = found.get(0).outcome().id();
    assertThat(events.stream(GapOpened.class)).containsExactly(new GapOpened(child, gapOutcome, school.id()));
    assertThat(As.user(guardian, () -> gaps.of(child))).as("the guardian sees the child's gaps too").hasSize(1);
    assertThat(As.user(teacher, () -> achievements.forChild(child))).extracting(s -> s.subject() + s.grade())
        .containsExactly("math3", "math5");

    var map = As.user(teacher, () -> classes.heatMap(klass, "math"));
    assertThat(map.outcomes()).extracting(o -> o.code()).containsExactly("MATH.3.FRA.1", "MATH.5.FRA.1");
    assertThat(map.level(child, map.outcomes().get(1).id())).isNotEqualTo(Level.NOT_STARTED);
    var overview = As.user(teacher, () -> classes.overview(klass, null));
    assertThat(overview.needHelp()).singleElement().satisfies(n -> assertThat(n.child().id()).isEqualTo(child));
    assertThat(overview.commonGaps()).singleElement().satisfies(g -> assertThat(g.outcome().code()).isEqualTo("MATH.3.FRA.1"));
    assertThatThrownBy(() -> As.user(otherTeacher, () -> classes.heatMap(klass, null))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(otherTeacher, () -> gaps.of(child))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(guardian, () -> classes.overview(klass, null))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(guardian, () -> plans.propose(child))).as("a guardian sees the plan, the teacher makes it")
        .isInstanceOf(AccessDeniedException.class);

    UUID planId = As.user(teacher, () -> plans.propose(child));
    var plan = As.user(teacher, () -> plans.get(planId));
    assertThat(plan.steps()).singleElement().satisfies(step -> {
      assertThat(step.outcome().code()).isEqualTo("MATH.3.FRA.1");
      assertThat(step.quizId()).as("a practice quiz drawn from the bank for the outcome").isNotNull();
    });
    assertThat(As.user(student, () -> plans.mine())).as("a proposed plan is the teacher's until approved").isEmpty();
    assertThatThrownBy(() -> As.user(guardian, () -> plans.get(planId))).as("not even by its address").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(otherTeacher, () -> plans.approve(planId))).isInstanceOf(AccessDeniedException.class);

    // The teacher gives the step her own lesson; once it is archived, approval names the step and changes nothing.
    UUID lesson = publishedLesson(data, "MATH.3.FRA.1");
    UUID unrelated = publishedLesson(data, "MATH.5.FRA.1");
    assertThatThrownBy(() -> As.user(teacher, () -> plans.chooseLesson(planId, 0, unrelated))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey()).isEqualTo("validation.plan.lessonNotForOutcome"));
    As.user(teacher, () -> plans.chooseLesson(planId, 0, lesson));
    As.user(data.user("archiver", Role.REVIEWER, data.country().id()), () -> lessons.archive(lesson));
    assertThatThrownBy(() -> As.user(teacher, () -> plans.approve(planId))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey()).isEqualTo("validation.plan.lessonArchived"));
    assertThat(As.user(teacher, () -> plans.get(planId)).status()).isEqualTo("proposed");
    assertThatThrownBy(() -> As.user(teacher, () -> plans.chooseLesson(planId, 0, lesson))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey()).isEqualTo("validation.plan.lessonNotPublished"));
    As.user(teacher, () -> plans.chooseLesson(planId, 0, publishedLesson(data, "MATH.3.FRA.1")));
    As.user(teacher, () -> plans.approve(planId));
    assertThat(As.user(student, () -> plans.mine())).singleElement().satisfies(p -> assertThat(p.nextFor(child)).isNotNull());

    answers.masters(child, school.id(), "MATH.3.FRA.1");
    var closed = As.user(student, () -> plans.mine()).get(0);
    assertThat(closed.status()).as("the gap closed, the plan with it; it stays as history").isEqualTo("closed");
    assertThat(closed.nextFor(child)).isNull();
    assertThat(As.user(teacher, () -> gaps.of(child))).isEmpty();
    assertThat(events.stream(GapClosed.class)).containsExactly(new GapClosed(child, gapOutcome, school.id()));
    assertThat(jdbc.sql("select count(*) from mastery.gap where child_id = :c and closed_at is not null").param("c", child).query(Long.class).single())
        .as("the closed gap is kept").isEqualTo(1);
  }

  private UUID publishedLesson(RegistryTestData data, String outcome) {
    String author = data.user("author" + UUID.randomUUID().toString().substring(0, 6), Role.CONTENT_AUTHOR, data.country().id());
    String reviewer = data.user("reviewer" + UUID.randomUUID().toString().substring(0, 6), Role.REVIEWER, data.country().id());
    UUID id = As.user(author, () -> lessons.create(new LessonService.LessonDraft("math", 3, 20, List.of(outcome), null, null, null,
        Map.of("mn", new LessonService.VariantText("Бутархай", "Товч", "## Бутархай")))));
    As.user(author, () -> lessons.submit(id));
    As.user(reviewer, () -> lessons.approve(id, null));
    return id;
  }
}
