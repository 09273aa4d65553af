package org.erdem.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.assessment.AssessmentTestData;
import org.erdem.assessment.internal.AttemptService;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.classroom.internal.ClassroomService;
import org.erdem.classroom.internal.ClassroomService.AssignmentForm;
import org.erdem.content.internal.LessonService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.RegistryTestData;
import org.erdem.registry.internal.ChildService;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Calendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A teacher assigns a lesson and a quiz; a child studies and takes them; the teacher sees it. */
@IntegrationTest
class AssignmentJourneyTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;
  @Autowired AttemptService attempts;
  @Autowired LessonService lessons;
  @Autowired ClassroomService classroom;
  @Autowired ChildService children;

  @Test
  void assignStudyTakeAndSee() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var country = data.country().id();
    String author = data.user("author", Role.CONTENT_AUTHOR, country);
    String reviewer = data.user("reviewer", Role.REVIEWER, country);
    var bank = new AssessmentTestData(items, quizzes, author, reviewer);
    var school = data.school(data.soum(data.aimag("A"), "S"), "SCH");
    UUID klass = data.schoolClass(school, 5, "5А");
    UUID otherClass = data.schoolClass(school, 6, "6А");
    UUID child = data.child(school, klass, "Анужин");
    UUID classmate = data.child(school, klass, "Болд");
    String student = data.studentAccount(child, school, "student");
    String otherStudent = data.studentAccount(data.child(school, otherClass, "Цэцэг"), school, "student2");
    String teacher = data.homeroomTeacher(school, klass, "teacher");

    UUID lesson = As.user(author, () -> lessons.create(new LessonService.LessonDraft("math", 5, 20, List.of("MATH.5.FRA.1"), null, null, null,
        Map.of("mn", new LessonService.VariantText("Бутархай", "", "Хагас нь 1/2.")))));
    As.user(author, () -> lessons.submit(lesson));
    As.user(reviewer, () -> lessons.approve(lesson, null));
    UUID quiz = bank.quiz(null, 1, bank.singleChoice("MATH.5.FRA.1", 2));

    LocalDate today = LocalDate.now();
    UUID lessonWork = As.user(teacher, () -> classroom.assign(new AssignmentForm(klass, lesson, null, "at_home", today, today.plusDays(7), List.of())));
    UUID quizWork = As.user(teacher, () -> classroom.assign(new AssignmentForm(klass, null, quiz, "in_class", today, null, List.of(child))));
    assertThatThrownBy(() -> As.user(teacher, () -> classroom.assign(new AssignmentForm(otherClass, lesson, null, "at_home", today, null, List.of()))))
        .as("not her class").isInstanceOf(AccessDeniedException.class);

    assertThat(As.user(student, () -> classroom.myWork())).extracting(ClassroomService.Work::id).containsExactlyInAnyOrder(lessonWork, quizWork);
    assertThat(As.user(otherStudent, () -> classroom.myWork())).isEmpty();
    assertThatThrownBy(() -> As.user(otherStudent, () -> attempts.start(quiz, quizWork))).as("not given to that child").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(student, () -> attempts.start(quiz, lessonWork))).as("an assignment of another thing").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(student, () -> attempts.start(quiz, UUID.randomUUID()))).as("an invented assignment").isInstanceOf(AccessDeniedException.class);
    As.user(student, () -> classroom.open(lessonWork));
    As.user(student, () -> classroom.completeLesson(lessonWork));
    var attempt = As.user(student, () -> attempts.start(quiz, quizWork));
    As.user(student, () -> attempts.answer(attempt.attemptId(), 0, UUID.randomUUID(), 1L, Map.of("choice", 2)));
    As.user(student, () -> attempts.submit(attempt.attemptId()));

    assertThat(As.user(student, () -> classroom.myWork())).allSatisfy(w -> assertThat(w.status(today)).isEqualTo("done"));
    var quizView = As.user(teacher, () -> classroom.view(quizWork));
    assertThat(quizView.children()).singleElement().satisfies(c -> {
      assertThat(c.child().id()).isEqualTo(child);
      assertThat(c.score()).isEqualTo(1);
    });
    var lessonView = As.user(teacher, () -> classroom.view(lessonWork));
    assertThat(lessonView.children()).hasSize(2);
    assertThat(lessonView.completed()).isEqualTo(1);
    assertThat(lessonView.children()).filteredOn(c -> c.child().id().equals(classmate)).singleElement()
        .satisfies(c -> assertThat(c.openedAt()).isNull());
    assertThatThrownBy(() -> As.user(otherStudent, () -> classroom.view(quizWork))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aChildsWorkFromEveryClassComesMostUrgentFirst() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    var room = data.classroomWithPupil();
    var eschool = data.school(data.soum(data.aimag("EA"), "ES"), "ESW", "eschool", "urban", "mn");
    UUID online = data.schoolClass(eschool, 5, "5-Э");
    String onlineTeacher = data.homeroomTeacher(eschool, online, "eteacher");
    As.user(data.user("eadmin", Role.SCHOOL_ADMIN, data.country().id()), () -> children.enrol(room.child(), online));
    UUID item = bank.singleChoice("MATH.5.FRA.1", 2);
    UUID quiz = As.user(room.teacher(), () -> quizzes.create(new QuizService.QuizDraft(Map.of("mn", "Дасгал"),
        "math", 5, null, 3, "after_due", List.of(item), Map.of())));
    LocalDate today = Calendar.today();
    UUID undated = As.user(room.teacher(), () -> classroom.assign(new AssignmentForm(room.classId(), null, quiz, "at_home", today, null, List.of())));
    UUID later = As.user(room.teacher(), () -> classroom.assign(new AssignmentForm(room.classId(), null, quiz, "at_home", today, today.plusDays(3), List.of())));
    UUID soon = As.user(onlineTeacher, () -> classroom.assign(new AssignmentForm(online, null, quiz, "at_home", today, today.plusDays(1), List.of())));
    As.user(onlineTeacher, () -> classroom.assign(new AssignmentForm(online, null, quiz, "at_home", today.plusDays(1), today.plusDays(2), List.of())));

    assertThat(As.user(room.student(), () -> classroom.myWork())).as("both classes' work, none that starts tomorrow")
        .extracting(ClassroomService.Work::id).containsExactly(soon, later, undated);
  }

  @Test
  void answersShownAfterTheDueDateAppearOnlyThen() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    var room = data.classroomWithPupil();
    var school = room.school();
    UUID klass = room.classId();
    UUID child = room.child();
    String student = room.student();
    String teacher = room.teacher();
    UUID item = bank.singleChoice("MATH.5.FRA.1", 2);
    UUID quiz = As.user(teacher, () -> quizzes.create(new QuizService.QuizDraft(Map.of("mn", "Шалгалт"),
        "math", 5, null, 1, "after_due", List.of(item), Map.of())));
    LocalDate today = LocalDate.now();
    UUID work = As.user(teacher, () -> classroom.assign(new AssignmentForm(klass, null, quiz, "in_class", today.minusDays(5), today.plusDays(1), List.of())));
    UUID attempt = As.user(student, () -> attempts.start(quiz, work)).attemptId();
    As.user(student, () -> attempts.answer(attempt, 0, UUID.randomUUID(), 1L, Map.of("choice", 2)));
    assertThat(As.user(student, () -> attempts.submit(attempt)).showAnswers()).as("before the due date").isFalse();
    jdbc.sql("update classroom.assignment set due_on = :d where id = :id").param("d", today.minusDays(2)).param("id", work).update();
    assertThat(As.user(student, () -> attempts.result(attempt)).showAnswers()).as("after the due date").isTrue();
  }
}
