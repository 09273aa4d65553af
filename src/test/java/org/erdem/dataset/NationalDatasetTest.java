package org.erdem.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.assessment.internal.AttemptService;
import org.erdem.classroom.internal.ClassroomService;
import org.erdem.content.internal.LessonService;
import org.erdem.identity.Accounts;
import org.erdem.mastery.internal.AchievementOverview;
import org.erdem.mastery.internal.ClassMastery;
import org.erdem.registry.Registry;
import org.erdem.registry.internal.OrgUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The generator's smoke run (two schools): the rows arrive, whole, and the application works on them as on its own. */
@IntegrationTest
class NationalDatasetTest {
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Registry registry;
  @Autowired ClassMastery classes;
  @Autowired AchievementOverview achievement;
  @Autowired OrgUnits units;
  @Autowired LessonService lessons;
  @Autowired AttemptService attempts;
  @Autowired ClassroomService classroom;

  @Test
  void twoSchoolsOfChildrenWithGuardiansStaffAndMastery() throws Exception {
    new NationalDataset(dataSource, jdbc, accounts, "0.002").run(null);
    long children = jdbc.sql("select count(*) from registry.child where external_id like 'G%'").query(Long.class).single();
    assertThat(children).isEqualTo(2L * 12 * NationalDataset.CLASSES_PER_GRADE * NationalDataset.CHILDREN_PER_CLASS);
    assertThat(jdbc.sql("select count(*) from identity.guardianship g join registry.child c on c.id = g.child_id where c.external_id like 'G%'")
        .query(Long.class).single()).isEqualTo(children);

    var taught = As.user("g0-s-t8", registry::myClasses);
    assertThat(taught).singleElement().satisfies(k -> assertThat(k.grade()).isEqualTo(5));
    var overview = As.user("g0-s-t8", () -> classes.overview(taught.get(0).id(), "math"));
    assertThat(overview.map().children()).hasSize(NationalDataset.CHILDREN_PER_CLASS);
    assertThat(overview.map().outcomes()).isNotEmpty();
    assertThat(As.user("g0-s-s0", registry::self)).isPresent();
    UUID school = jdbc.sql("select id from registry.org_unit where code = 'G0-S'").query(UUID.class).single();
    assertThat(As.user("g0-s-a", () -> achievement.of(school, "math", 5)).total().children()).isEqualTo(2L * NationalDataset.CHILDREN_PER_CLASS);
    // The summary of the school's aimag counts the school's children (the query the summaries benchmark times).
    var aimag = units.get(units.get(units.get(school).parentId()).parentId());
    var soum = units.childrenWithCounts(aimag.id()).stream().filter(c -> c.unit().id().equals(units.get(school).parentId())).findFirst().orElseThrow();
    assertThat(soum.schools()).isGreaterThanOrEqualTo(1);
    assertThat(soum.children()).isEqualTo(jdbc.sql("select count(*) from registry.child where school_path like :p")
        .param("p", soum.unit().path() + "%").query(Long.class).single()).isGreaterThanOrEqualTo(children / 2);
    // A national user's home counts the whole country.
    var country = As.user("admin", registry::myScopes);
    assertThat(country).singleElement().satisfies(scope -> {
      assertThat(scope.children()).isEqualTo(jdbc.sql("select count(*) from registry.child").query(Long.class).single());
      assertThat(scope.schools()).isEqualTo(jdbc.sql("select count(*) from registry.org_unit where kind = 'school'").query(Long.class).single());
      assertThat(scope.staff()).isEqualTo(jdbc.sql("select count(*) from registry.staff where active").query(Long.class).single());
      assertThat(scope.classes()).isEqualTo(jdbc.sql("""
          select count(*) from registry.class k join registry.academic_year y on y.id = k.academic_year_id where y.is_current""")
          .query(Long.class).single());
    });
    new NationalDataset(dataSource, jdbc, accounts, "0.002").run(null);
    assertThat(jdbc.sql("select count(*) from registry.child where external_id like 'G%'").query(Long.class).single())
        .as("a second run changes nothing").isEqualTo(children);
  }

  @Test
  void lessonsItemsAndAnswersThatTheMasteryRowsCount() throws Exception {
    new NationalDataset(dataSource, jdbc, accounts, "0.002").run(null);
    // Loaded without row-by-row key checks: every key must hold.
    assertThat(jdbc.sql("""
        select (select count(*) from assessment.answer an left join assessment.attempt a on a.id = an.attempt_id where a.id is null)
             + (select count(*) from assessment.attempt_item s left join assessment.item i on i.id = s.item_id where i.id is null)
             + (select count(*) from assessment.attempt a left join assessment.quiz q on q.id = a.quiz_id where q.id is null)
             + (select count(*) from assessment.quiz_item qi left join assessment.item i on i.id = qi.item_id where i.id is null)
             + (select count(*) from assessment.item_variant v left join assessment.item i on i.id = v.item_id where i.id is null)
             + (select count(*) from content.lesson_variant v left join content.lesson_version r on r.id = v.version_id where r.id is null)
             + (select count(*) from content.lesson_version r left join content.lesson l on l.id = r.lesson_id where l.id is null)""")
        .query(Long.class).single()).as("rows whose key points nowhere").isZero();
    // Every child has an account and answers for every mathematics outcome of the grade, counted by the estimates.
    assertThat(jdbc.sql("select count(*) from registry.child where external_id like 'G%' and account_id is null").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("""
        select count(*) from mastery.estimate e
          full join (select a.child_id, i.outcome_id, count(*) as given, count(*) filter (where an.correct) as right_ones
                       from assessment.answer an join assessment.attempt a on a.id = an.attempt_id
                       join assessment.attempt_item s on s.attempt_id = an.attempt_id and s.position = an.position
                       join assessment.item i on i.id = s.item_id group by 1, 2) t on t.child_id = e.child_id and t.outcome_id = e.outcome_id
         where coalesce(e.child_id, t.child_id) in (select id from registry.child where external_id like 'G%')
           and (e.evidence is distinct from t.given or e.correct is distinct from t.right_ones)""").query(Long.class).single())
        .as("estimates whose evidence differs from the answers").isZero();
    assertThat(jdbc.sql("""
        select count(*) from assessment.attempt a join registry.child c on c.id = a.child_id and c.external_id like 'G%'
         where a.score <> (select count(*) from assessment.answer an where an.attempt_id = a.id and an.correct)""").query(Long.class).single()).as("attempts whose score differs from their answers").isZero();

    // The application works on them: a child reads a generated lesson in the school's language and a result.
    UUID lesson = jdbc.sql("select lesson_id from content.lesson_version where subject_code = 'math' and grade = 5 limit 1").query(UUID.class).single();
    assertThat(As.user("g0-s-s0", () -> lessons.read(lesson, "mn")).variant().bodyHtml()).contains("<h2>");
    UUID attempt = jdbc.sql("""
        select a.id from assessment.attempt a join identity.account c on c.id = a.account_id where c.username = 'g0-s-s0' limit 1""")
        .query(UUID.class).single();
    var result = As.user("g0-s-s0", () -> attempts.result(attempt));
    assertThat(result.items()).hasSizeGreaterThan(1).allSatisfy(item -> assertThat(item.answered()).isTrue());
    // The child's work: the grade's quizzes, handed in, and up to two of its lessons after each.
    var work = As.user("g0-s-s0", classroom::myWork);
    int quizzes = Catalogue.QUIZZES_PER_GRADE;
    long gradeLessons = jdbc.sql("""
        select count(*) from content.lesson_version v join content.lesson l on l.id = v.lesson_id
         where l.key like 'G-L%' and v.subject_code = 'math' and v.grade = 5""").query(Long.class).single();
    assertThat(work).hasSize(quizzes + (int) Math.min(gradeLessons, quizzes * ClassWork.LESSONS_PER_QUIZ));
    assertThat(work.stream().filter(w -> w.quizId() != null)).hasSize(quizzes).allSatisfy(w -> {
      assertThat(w.completedAt()).isNotNull();
      assertThat(w.score()).isNotNull();
    });
    assertThat(work).allSatisfy(w -> assertThat(w.titles()).isNotEmpty());
    assertThat(jdbc.sql("""
        select count(*) from assessment.attempt a join classroom.assignment w on w.id = a.context_id
          join registry.child c on c.id = a.child_id and c.external_id like 'G%'
         where a.quiz_id <> w.quiz_id or a.submitted_at >= now()
            or cast(a.started_at at time zone 'Asia/Ulaanbaatar' as date) not between w.starts_on and w.due_on
            or a.child_id not in (select child_id from registry.enrolment where class_id = w.class_id)
            or exists (select 1 from assessment.attempt b where b.context_id = a.context_id and b.child_id = a.child_id
                        and b.number < a.number and b.submitted_at > a.started_at)""")
        .query(Long.class).single()).as("attempts outside the assignment they were made in, or before the one they follow").isZero();
    assertThat(jdbc.sql("""
        select count(*) from classroom.progress p join classroom.assignment w on w.id = p.assignment_id
          join registry.child c on c.id = p.child_id and c.external_id like 'G%'
          left join lateral (select a.submitted_at, a.score from assessment.attempt a
                              where a.context_id = w.id and a.child_id = p.child_id order by a.number desc limit 1) last on true
         where w.quiz_id is not null and (p.completed_at is distinct from last.submitted_at or p.score is distinct from last.score)""")
        .query(Long.class).single()).as("quiz progress that is not its last attempt's").isZero();
    // and can take a generated quiz again within its assignment, with the attempts it has left.
    UUID quiz = jdbc.sql("select quiz_id from assessment.attempt where id = :a").param("a", attempt).query(UUID.class).single();
    UUID assignment = jdbc.sql("select context_id from assessment.attempt where id = :a").param("a", attempt).query(UUID.class).single();
    assertThat(As.user("g0-s-s0", () -> attempts.start(quiz, assignment)).answered()).hasSize(result.items().size());
  }
}
