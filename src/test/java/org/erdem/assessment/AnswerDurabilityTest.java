package org.erdem.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.erdem.As;
import org.erdem.Eventually;
import org.erdem.IntegrationTest;
import org.erdem.assessment.internal.AttemptService;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.Items;
import org.erdem.assessment.internal.QuizService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.mastery.internal.MasteryService;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Nothing a child gives is lost, nothing is stored twice, and the clock is the server's. */
@IntegrationTest
class AnswerDurabilityTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;
  @Autowired AttemptService attempts;
  @Autowired TimeAccommodations accommodations;
  @Autowired MasteryService mastery;
  @Autowired TransactionTemplate transactions;

  RegistryTestData data;
  AssessmentTestData bank;
  String student;
  String otherStudent;
  String teacher;
  UUID child;

  @BeforeEach
  void setUp() {
    data = new RegistryTestData(jdbc, accounts, guardianships);
    var country = data.country().id();
    bank = new AssessmentTestData(items, quizzes, data.user("author", Role.CONTENT_AUTHOR, country), data.user("reviewer", Role.REVIEWER, country));
    var school = data.school(data.soum(data.aimag("A"), "S"), "SCH");
    UUID klass = data.schoolClass(school, 5, "5А");
    child = data.child(school, klass, "Анужин");
    student = data.studentAccount(child, school, "student");
    otherStudent = data.studentAccount(data.child(school, klass, "Болд"), school, "student2");
    teacher = data.homeroomTeacher(school, klass, "teacher");
  }

  private long receipts(UUID attempt) {
    return jdbc.sql("select count(*) from assessment.answer_receipt where attempt_id = :a").param("a", attempt).query(Long.class).single();
  }

  @Test
  void anAnswerIsStoredOnceResumesAfterAReloadAndIsGradedOnce() {
    UUID quiz = bank.quiz(null, 1, bank.singleChoice("MATH.5.FRA.1", 2), bank.numeric("MATH.5.FRA.1", 0.75));
    var started = As.user(student, () -> attempts.start(quiz, null));
    UUID attempt = started.attemptId();
    UUID first = UUID.randomUUID();
    var ack = As.user(student, () -> attempts.answer(attempt, 0, first, 1L, Map.of("choice", 1)));
    assertThat(ack.duplicate()).isFalse();
    assertThat(As.user(student, () -> attempts.answer(attempt, 0, first, 1L, Map.of("choice", 1))).duplicate())
        .as("a retry of the same answer stores nothing twice").isTrue();
    As.user(student, () -> attempts.answer(attempt, 0, UUID.randomUUID(), 3L, Map.of("choice", 2)));
    As.user(student, () -> attempts.answer(attempt, 0, UUID.randomUUID(), 2L, Map.of("choice", 0)));
    assertThat(receipts(attempt)).isEqualTo(3);

    var resumed = As.user(student, () -> attempts.start(quiz, null));
    assertThat(resumed.attemptId()).as("starting again resumes the open attempt").isEqualTo(attempt);
    assertThat(resumed.answered()).containsExactly(true, false);
    assertThat(As.user(student, () -> attempts.question(attempt, 0, "mn")).response())
        .as("a late retry of an older answer never replaces the newer one").containsEntry("choice", 2);
    var second = As.user(student, () -> attempts.question(attempt, 1, "mn"));
    assertThat(second.total()).isEqualTo(2);
    assertThat(second.response()).as("not answered yet").isEmpty();
    assertThatThrownBy(() -> As.user(student, () -> attempts.question(attempt, 2, "mn"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> As.user(student, () -> attempts.question(attempt, -1, "mn"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> As.user(student, () -> attempts.answer(attempt, 2, UUID.randomUUID(), 9L, Map.of("choice", 0))))
        .as("no question past the last").isInstanceOf(ValidationException.class);
    assertThat(receipts(attempt)).as("a refused answer leaves no receipt").isEqualTo(3);

    As.user(student, () -> attempts.answer(attempt, 1, UUID.randomUUID(), 4L, Map.of("value", "0,75")));
    var result = As.user(student, () -> attempts.submit(attempt));
    assertThat(result.score()).isEqualTo(2);
    assertThat(As.user(student, () -> attempts.submit(attempt)).score()).as("submitting twice grades once").isEqualTo(2);
    assertThatThrownBy(() -> As.user(student, () -> attempts.answer(attempt, 0, UUID.randomUUID(), 5L, Map.of("choice", 0))))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> As.user(student, () -> attempts.start(quiz, null))).as("one attempt allowed").isInstanceOf(ValidationException.class);
    assertThat(As.user(teacher, () -> attempts.result(attempt)).score()).as("her pupil's result").isEqualTo(2);
    var progress = As.user(student, () -> mastery.mine());
    assertThat(progress).as("only the outcome the quiz touched").singleElement().satisfies(e -> {
      assertThat(e.outcome().code()).isEqualTo("MATH.5.FRA.1");
      assertThat(e.evidence()).isEqualTo(2);
      assertThat(e.probability()).isGreaterThan(0.8);
    });
    assertThat(As.user(teacher, () -> mastery.forChild(child))).hasSize(1);
    assertThatThrownBy(() -> As.user(otherStudent, () -> mastery.forChild(child))).isInstanceOf(AccessDeniedException.class);
    assertThat(jdbc.sql("select params ->> 'mastered' from mastery.estimate where child_id = :c").param("c", child).query(String.class).single())
        .as("the criterion is stored beside the estimate").isEqualTo("0.95");
  }

  @Test
  void answersGivenAtTheSameMomentAreStoredTogetherEachOnceWithTheLatestKept() throws Exception {
    UUID quiz = bank.quiz(null, 1, bank.singleChoice("MATH.5.FRA.1", 0), bank.singleChoice("MATH.5.FRA.1", 1));
    UUID mine = As.user(student, () -> attempts.start(quiz, null)).attemptId();
    UUID theirs = As.user(otherStudent, () -> attempts.start(quiz, null)).attemptId();
    int each = 30;
    var mineAcks = new ArrayList<Future<AttemptService.Ack>>();
    var theirAcks = new ArrayList<Future<AttemptService.Ack>>();
    var intruders = new ArrayList<Future<AttemptService.Ack>>();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      // The first write waits on this lock of the attempt, so the answers given meanwhile queue behind it.
      transactions.executeWithoutResult(held -> {
        jdbc.sql("select id from assessment.attempt where id = :a for update").param("a", mine).query().singleRow();
        for (int i = 0; i < each; i++) {
          long seq = i;
          UUID id = UUID.randomUUID();
          for (int copy = 0; copy < 2; copy++) {
            // Each answer twice, as a retry over a bad connection sends it.
            mineAcks.add(threads.submit(() -> As.user(student, () -> attempts.answer(mine, (int) seq % 2, id, seq, Map.of("choice", (int) seq % 3)))));
          }
          theirAcks.add(threads.submit(() -> As.user(otherStudent, () -> attempts.answer(theirs, 0, UUID.randomUUID(), seq, Map.of("choice", 1)))));
          intruders.add(threads.submit(() -> As.user(otherStudent, () -> attempts.answer(mine, 0, UUID.randomUUID(), 99L, Map.of("choice", 2)))));
        }
        awaitAWriterWaitingOnALock();
      });
    }
    assertThat(mineAcks).extracting(f -> f.get().duplicate()).as("one of each pair is a retry").filteredOn(d -> d).hasSize(each);
    assertThat(theirAcks).extracting(f -> f.get().duplicate()).containsOnly(false);
    for (var intruder : intruders) {
      assertThatThrownBy(intruder::get).hasCauseInstanceOf(AccessDeniedException.class);
    }
    assertThat(receipts(mine)).isEqualTo(each);
    assertThat(receipts(theirs)).isEqualTo(each);
    assertThat(jdbc.sql("select position || ':' || seq from assessment.answer where attempt_id = :a order by position").param("a", mine)
        .query(String.class).list()).as("the latest answer to each question").containsExactly("0:28", "1:29");
    assertThat(jdbc.sql("select count(distinct received_at) from assessment.answer_receipt where attempt_id in (:a, :b)")
        .param("a", mine).param("b", theirs).query(Long.class).single()).as("sixty answers in a few transactions").isLessThan(10);
  }

  @Test
  void anIdReceivedElsewhereAtTheSameMomentIsRefusedAloneAndTheOthersAreStored() throws Exception {
    UUID quiz = bank.quiz(null, 1, bank.singleChoice("MATH.5.FRA.1", 0), bank.singleChoice("MATH.5.FRA.1", 1));
    UUID mine = As.user(student, () -> attempts.start(quiz, null)).attemptId();
    UUID theirs = As.user(otherStudent, () -> attempts.start(quiz, null)).attemptId();
    UUID sharedId = UUID.randomUUID();
    var sent = new ArrayList<Future<AttemptService.Ack>>();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      // Another node receives the same id for another attempt, and commits while this one writes.
      transactions.executeWithoutResult(elsewhere -> {
        jdbc.sql("insert into assessment.answer_receipt (client_id, attempt_id, position, response) values (:c, :a, 0, '{}')")
            .param("c", sharedId).param("a", theirs).update();
        sent.add(threads.submit(() -> As.user(student, () -> attempts.answer(mine, 0, sharedId, 1L, Map.of("choice", 0)))));
        sent.add(threads.submit(() -> As.user(student, () -> attempts.answer(mine, 1, UUID.randomUUID(), 2L, Map.of("choice", 1)))));
        awaitAWriterWaitingOnALock();
      });
    }
    assertThatThrownBy(sent.get(0)::get).cause().isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("validation.answer.idReused"));
    assertThat(sent.get(1).get().duplicate()).isFalse();
    assertThat(receipts(mine)).isEqualTo(1);
  }

  private void awaitAWriterWaitingOnALock() {
    Eventually.until("a writer waits on a lock", () -> jdbc.sql(
        "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()").query(Long.class).single() > 0);
    sleep(300);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void nobodyAnswersSomeoneElsesAttemptAndMalformedAnswersAreRefused() {
    UUID quiz = bank.quiz(null, 2, bank.singleChoice("MATH.5.FRA.1", 0));
    UUID attempt = As.user(student, () -> attempts.start(quiz, null)).attemptId();
    assertThatThrownBy(() -> As.user(otherStudent, () -> attempts.answer(attempt, 0, UUID.randomUUID(), 1L, Map.of("choice", 0))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(otherStudent, () -> attempts.result(attempt))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(student, () -> attempts.answer(attempt, 0, UUID.randomUUID(), 1L, Map.of("choice", "one"))))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> As.user(student, () -> attempts.answer(attempt, 7, UUID.randomUUID(), 1L, Map.of("choice", 0))))
        .isInstanceOf(ValidationException.class);
    assertThat(receipts(attempt)).isZero();
  }

  @Test
  void theServerKeepsTheTimeLimitAndTheChildsAccommodation() {
    UUID quiz = bank.quiz(60, 3, bank.singleChoice("MATH.5.FRA.1", 0));
    var first = As.user(student, () -> attempts.start(quiz, null));
    assertThat(first.secondsLeft()).isBetween(55L, 60L);
    jdbc.sql("update assessment.attempt set deadline_at = now() - interval '1 minute' where id = :a").param("a", first.attemptId()).update();
    assertThatThrownBy(() -> As.user(student, () -> attempts.answer(first.attemptId(), 0, UUID.randomUUID(), 1L, Map.of("choice", 0))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("validation.attempt.timeUp"));
    assertThat(As.user(student, () -> attempts.state(first.attemptId())).submitted()).as("an expired attempt closes itself").isTrue();

    As.user(teacher, () -> accommodations.set(child, new TimeAccommodations.TimeAccommodation(50, false, "teacher")));
    var second = As.user(student, () -> attempts.start(quiz, null));
    assertThat(second.secondsLeft()).as("50 % extra time").isBetween(85L, 90L);
    As.user(teacher, () -> accommodations.set(child, new TimeAccommodations.TimeAccommodation(0, true, "teacher")));
    As.user(student, () -> attempts.submit(second.attemptId()));
    assertThat(As.user(student, () -> attempts.start(quiz, null)).deadlineAt()).as("no time limit").isNull();

    String strangerTeacher = data.user("stranger", Role.TEACHER, data.country().id());
    assertThatThrownBy(() -> As.user(strangerTeacher, () -> accommodations.set(child, new TimeAccommodations.TimeAccommodation(25, false, "teacher"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aPoolQuizDrawsItsItemsForEachChild() {
    String outcome = "MATH.6.FRA.1";
    for (int i = 0; i < 3; i++) {
      bank.singleChoice(outcome, i % 3);
    }
    String author = data.user("author3", Role.CONTENT_AUTHOR, data.country().id());
    UUID quiz = As.user(author, () -> quizzes.create(new QuizService.QuizDraft(Map.of("mn", "Сугалаа"), "math", 6, null, 1, "never", List.of(),
        Map.of(outcome, 2))));
    var state = As.user(student, () -> attempts.start(quiz, null));
    assertThat(state.answered()).hasSize(2);
    var result = As.user(student, () -> attempts.submit(state.attemptId()));
    assertThat(result.showAnswers()).as("review policy: never").isFalse();
  }

  @Test
  void anAuthorFixesAReturnedItemButNobodyChangesAPublishedOne() {
    String author = data.user("author4", Role.CONTENT_AUTHOR, data.country().id());
    String reviewer = data.user("reviewer4", Role.REVIEWER, data.country().id());
    var draft = new ItemService.ItemDraft("MATH.5.FRA.1", "truefalse", Map.of("correct", true),
        List.of(new Items.Variant("mn", "1/2 = 2/4", "", List.of(), List.of(), List.of())));
    UUID id = As.user(author, () -> items.create(draft));
    As.user(author, () -> items.submit(id));
    As.user(reviewer, () -> items.decide(id, false));
    As.user(author, () -> items.update(id, new ItemService.ItemDraft("MATH.5.FRA.1", "truefalse", Map.of("correct", true),
        List.of(new Items.Variant("mn", "1/2 ба 2/4 тэнцүү", "Тийм", List.of(), List.of(), List.of())))));
    assertThat(As.user(author, () -> items.get(id)).variants().get("mn").stem()).isEqualTo("1/2 ба 2/4 тэнцүү");
    As.user(author, () -> items.submit(id));
    As.user(reviewer, () -> items.decide(id, true));
    assertThatThrownBy(() -> As.user(author, () -> items.update(id, draft))).isInstanceOf(ValidationException.class);
  }

  @Test
  void aMalformedItemIsRefusedWithAMessage() {
    String author = data.user("author2", Role.CONTENT_AUTHOR, data.country().id());
    var bad = new ItemService.ItemDraft("MATH.5.FRA.1", "single", Map.of("correct", 5),
        List.of(new Items.Variant("mn", "", "", List.of("a"), List.of(), List.of())));
    assertThatThrownBy(() -> As.user(author, () -> items.create(bad)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field)
            .contains("stem", "choices", "answer"));
  }
}
