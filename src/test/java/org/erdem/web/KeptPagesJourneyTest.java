package org.erdem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.erdem.As;
import org.erdem.Eventually;
import org.erdem.IntegrationTest;
import org.erdem.WebSession;
import org.erdem.assessment.AssessmentTestData;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.classroom.internal.ClassroomService;
import org.erdem.classroom.internal.ClassroomService.AssignmentForm;
import org.erdem.content.internal.LessonOpenings;
import org.erdem.content.internal.LessonService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.Calendar;
import org.erdem.shared.db.ChangeNotices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages kept on this node for a session (shared.web.KeptPages): sent again byte for byte while
 * nothing they show has changed, read anew once a change is announced, here or on another node, and
 * never sent to another session or to a caller who may no longer see them.
 */
@IntegrationTest
class KeptPagesJourneyTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;
  @Autowired ClassroomService classroom;
  @Autowired LessonService lessons;
  @Autowired LessonOpenings openings;
  @Autowired ChangeNotices notices;
  @Autowired PlatformTransactionManager transactions;
  @LocalServerPort int port;
  private final AtomicInteger unannounced = new AtomicInteger();
  RegistryTestData data;

  @BeforeEach
  void setUp() {
    data = new RegistryTestData(jdbc, accounts, guardianships);
    Eventually.until("listening to changes", notices::listening);
  }

  private WebSession signedIn(String user) {
    var browser = new WebSession(port);
    browser.login(user, RegistryTestData.PASSWORD);
    return browser;
  }

  /**
   * Kept: a change made with its triggers off, which nothing announces, is not seen, and the page is
   * the same bytes, its CSRF token's random mask included. Retried, since the set-up's own notices
   * may still arrive and forget the page once; it fails if the page is never kept.
   */
  private int isKept(WebSession browser, String path, String sql, Map<String, ?> params) {
    var reads = new AtomicInteger();
    Eventually.until(path + " is kept", () -> {
      reads.addAndGet(2);
      String before = browser.get(path).body();
      new TransactionTemplate(transactions).executeWithoutResult(tx -> {
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql(sql).params(params).param("n", unannounced.incrementAndGet()).update();
      });
      return browser.get(path).body().equals(before);
    });
    return reads.get();
  }

  @Test
  void aChildsWorkIsKeptUntilItsQuizItsClasssWorkOrItsProgressChanges() {
    var room = data.classroomWithPupil();
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    UUID item = bank.singleChoice("MATH.5.FRA.1", 2);
    UUID quiz = As.user(room.teacher(), () -> quizzes.create(new QuizService.QuizDraft(Map.of("mn", "Дасгал"),
        "math", 5, null, 3, "after_due", List.of(item), Map.of())));
    var today = Calendar.today();
    UUID work = As.user(room.teacher(), () -> classroom.assign(new AssignmentForm(room.classId(), null, quiz, "at_home", today, null, List.of())));
    var child = signedIn(room.student());
    assertThat(child.get("/my/work").body()).contains("Дасгал").contains("Хийх").doesNotContain("Эхэлсэн");

    isKept(child, "/my/work", "update assessment.quiz set titles = jsonb_build_object('mn', 'Нууц ' || :n) where id = :q", Map.of("q", quiz));
    assertThat(child.get("/my/work").headers().firstValue("Content-Language")).as("a kept page says its language as the page did").hasValue("mn");

    jdbc.sql("update assessment.quiz set titles = '{\"mn\": \"Шинэ дасгал\"}' where id = :q").param("q", quiz).update();
    Eventually.until("the quiz's new title is announced", () -> child.get("/my/work").body().contains("Шинэ дасгал"));

    assertThat(child.get("/work/" + work).status()).as("opening the work redirects to the quiz").isEqualTo(302);
    assertThat(child.get("/my/work").body()).as("what the child did is seen at the child's next page").contains("Эхэлсэн");

    jdbc.sql("update classroom.assignment set starts_on = :tomorrow where id = :w").param("tomorrow", today.plusDays(1)).param("w", work).update();
    Eventually.until("the class's changed work is announced", () -> !child.get("/my/work").body().contains("Шинэ дасгал"));
  }

  @Test
  void aSchoolsChildListIsKeptUntilItsChildrenChange() {
    var room = data.classroomWithPupil();
    String admin = data.user("kadmin", Role.SCHOOL_ADMIN, room.school().id());
    var browser = signedIn(admin);
    String search = "/schools/" + room.school().id() + "/children?q=%D0%90%D0%BD%D1%83";
    assertThat(browser.get(search).body()).contains("Анужин");

    isKept(browser, search, "update registry.child set family_name = 'Нууц' || :n where id = :c", Map.of("c", room.child()));

    data.child(room.school(), room.classId(), "Анударь");
    Eventually.until("a new child of the school is announced", () -> browser.get(search).body().contains("Анударь"));
  }

  @Test
  void aKeptPageIsNeverSentToAnotherSessionOrToACallerWhoMayNoLongerSeeIt() {
    var room = data.classroomWithPupil();
    String heatMap = "/classes/" + room.classId() + "/mastery";
    var teacher = signedIn(room.teacher());
    assertThat(teacher.get(heatMap).status()).isEqualTo(200);
    isKept(teacher, heatMap, "update registry.child set family_name = 'Нууц' || :n where id = :c", Map.of("c", room.child()));

    var other = data.school(data.soum(data.aimag("KO"), "KS"), "KSCH");
    String stranger = data.homeroomTeacher(other, data.schoolClass(other, 5, "5Б"), "kstranger");
    assertThat(signedIn(stranger).get(heatMap).status()).as("another teacher's session").isEqualTo(403);

    jdbc.sql("update registry.class set homeroom_staff_id = null where id = :k").param("k", room.classId()).update();
    Eventually.until("the teacher no longer teaches the class", () -> teacher.get(heatMap).status() == 403);
  }

  @Test
  void aKeptLessonIsCountedAsOpenedEachTimeItIsSent() {
    var room = data.classroomWithPupil();
    String author = data.user("kauthor", Role.CONTENT_AUTHOR, data.country().id());
    String reviewer = data.user("kreviewer", Role.REVIEWER, data.country().id());
    UUID lesson = As.user(author, () -> lessons.create(new LessonService.LessonDraft("math", 5, 20, List.of("MATH.5.FRA.1"), null, null, null,
        Map.of("mn", new LessonService.VariantText("Хувь", "", "Зуун хувь нь бүхэл.")))));
    As.user(author, () -> lessons.submit(lesson));
    As.user(reviewer, () -> lessons.approve(lesson, null));
    var child = signedIn(room.student());
    String path = "/lessons/" + lesson;
    int reads = isKept(child, path, "update content.lesson set open_count = open_count + 0 * :n where id = :l", Map.of("l", lesson));
    for (int i = 0; i < 3; i++) {
      assertThat(child.get(path).body()).contains("Хувь");
    }
    long opened = reads + 3;
    Eventually.until("every reading, kept or not, is counted", () -> {
      openings.flush();
      return openCount(lesson) == opened;
    });
  }

  private long openCount(UUID lesson) {
    return jdbc.sql("select open_count from content.lesson where id = :l").param("l", lesson).query(Long.class).single();
  }
}
