package org.erdem.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.erdem.identity.Accounts;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a country at a chosen scale (1 = Mongolia: ~900 schools, ~750,000 children with an account
 * and a guardian account each, ~35,000 staff, ~2,000 lessons, ~20,000 items, ~50 million graded
 * answers, the class work they were given in and the mastery rows they make) on top of the org
 * hierarchy and curriculum, with COPY, deterministically (seeded). Logins for benchmarks, all with the password demo1234: `g<school>-s-t<n>`
 * homeroom teachers, `g<school>-s-a` school administrators, `g<school>-s-s<n>` the pupils of each
 * school's first grade-5 class (`g<child>-c` the other children), `g<child>-p` guardians, `g-author`
 * the author of the catalogue.
 */
@Component
@Order(90)
@ConditionalOnExpression("'${erdem.dataset.scale:}' != ''")
class NationalDataset implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(NationalDataset.class);
  static final int CLASSES_PER_GRADE = 2;
  static final int CHILDREN_PER_CLASS = 35;
  static final int OTHER_STAFF = 15;
  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final double scale;
  private final Random random = new Random(7500000L);

  NationalDataset(DataSource dataSource, JdbcClient jdbc, Accounts accounts, @Value("${erdem.dataset.scale}") String scale) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.scale = switch (scale) {
      case "national" -> 1.0;
      case "small" -> 0.01;
      default -> Double.parseDouble(scale);
    };
  }

  private record Unit(UUID id, String code, String kind, String path, String aimag) {}

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    if (jdbc.sql("select count(*) from registry.org_unit where code like 'G%-S'").query(Long.class).single() > 0) {
      log.info("Dataset already generated; nothing to do");
      return;
    }
    long start = System.nanoTime();
    var units = jdbc.sql("""
        select u.id, u.code, u.kind, u.path, a.code from registry.org_unit u join registry.org_unit a on a.id = u.parent_id
         where u.kind in ('soum', 'district') order by u.code""")
        .query((rs, n) -> new Unit(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
    var urban = units.stream().filter(u -> u.kind().equals("district") || u.code().endsWith("01")).toList();
    var countryside = units.stream().filter(u -> !urban.contains(u)).toList();
    UUID year = jdbc.sql("select id from registry.academic_year where is_current").query(UUID.class).single();
    var country = jdbc.sql("select id, path from registry.org_unit where parent_id is null").query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
        .single();
    var outcomes = jdbc.sql("select id, code, subject_code, grade from curriculum.outcome order by subject_code, grade, code")
        .query((rs, n) -> new Catalogue.Outcome(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    String hash = accounts.encode("demo1234");
    int schools = Math.max(1, (int) Math.round(900 * scale));
    long rows = 0;
    var orgUnits = new CopyWriter("registry.org_unit", "id, code, kind, parent_id, path, names");
    var schoolRows = new CopyWriter("registry.school", "id, type, locality, languages");
    var staff = new CopyWriter("registry.staff", "id, school_id, external_id, family_name, given_name, position, account_id");
    var classes = new CopyWriter("registry.class", "id, school_id, academic_year_id, grade, name, language, homeroom_staff_id");
    var children = new CopyWriter("registry.child", "id, school_id, school_path, external_id, family_name, given_name, birth_date, sex, home_language, account_id");
    var enrolments = new CopyWriter("registry.enrolment", "id, child_id, class_id, school_id, kind, starts_on");
    var accountRows = new CopyWriter("identity.account", "id, username, display_name, password_hash, preferred_language");
    var roles = new CopyWriter("identity.role_assignment", "id, account_id, role, node_id, node_path");
    var guardians = new CopyWriter("identity.guardianship", "guardian_id, child_id, relationship");
    var estimates = new CopyWriter("mastery.estimate", "child_id, outcome_id, model, school_id, probability, evidence, correct, params");
    var achievement = new CopyWriter("mastery.achievement", "child_id, subject, grade, school_id, outcomes, evidenced, score");
    var catalogue = new Catalogue();
    LocalDate today = Calendar.today();
    LocalDate septemberFirst = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
    var work = new ClassWork(septemberFirst, today);
    var history = new QuizHistory(today, work);
    // In the order of their foreign keys.
    var tables = new ArrayList<>(List.of(orgUnits, schoolRows, staff, classes, children, enrolments, accountRows, roles, guardians));
    tables.addAll(catalogue.tables());
    tables.addAll(work.tables());
    tables.addAll(history.tables());
    tables.addAll(List.of(estimates, achievement));
    try {
      UUID author = Ids.newId();
      accountRows.row(author, "g-author", "Зохиогч", hash, "mn");
      roles.row(Ids.newId(), author, "content_author", UUID.fromString(country.get(0)), country.get(1));
      var quizzes = catalogue.write(outcomes, scale, author, septemberFirst.atStartOfDay(Calendar.ZONE).toOffsetDateTime(), random);
      for (int s = 0; s < schools; s++) {
        var place = place(s, schools, urban, countryside);
        schoolRows.row(schoolId(s), "general", place.locality(), "{" + language(place.unit()) + "}");
        orgUnits.row(schoolId(s), schoolCode(s), "school", place.unit().id(), place.unit().path() + schoolCode(s) + "/",
            "{\"mn\": \"" + (s + 1) + "-р сургууль, " + place.unit().code() + "\", \"en\": \"School " + (s + 1) + ", " + place.unit().code() + "\"}");
      }
      long child = 0;
      for (int s = 0; s < schools; s++) {
        var place = place(s, schools, urban, countryside);
        UUID school = schoolId(s);
        String path = place.unit().path() + schoolCode(s) + "/";
        String lang = language(place.unit());
        double ability = place.locality().equals("urban") ? 0.7 : place.locality().equals("rural") ? 0.58 : 0.5;
        UUID admin = Ids.newId();
        accountRows.row(admin, schoolCode(s).toLowerCase() + "-a", "Захирал " + (s + 1), hash, lang);
        roles.row(Ids.newId(), admin, "school_admin", school, path);
        for (int k = 0; k < OTHER_STAFF; k++) {
          staff.row(Ids.newId(), school, schoolCode(s) + "-E" + k, "Ажилтан", "№" + k, k < 10 ? "teacher" : k < 12 ? "tutor" : "other", null);
        }
        int teacher = 0;
        for (int grade = 1; grade <= 12; grade++) {
          var gradeOutcomes = Catalogue.quizzed(outcomes, grade);
          for (int k = 0; k < CLASSES_PER_GRADE; k++) {
            UUID staffId = Ids.newId();
            UUID teacherAccount = Ids.newId();
            String teacherName = schoolCode(s).toLowerCase() + "-t" + teacher++;
            accountRows.row(teacherAccount, teacherName, "Багш " + teacherName, hash, lang);
            roles.row(Ids.newId(), teacherAccount, "teacher", school, path);
            staff.row(staffId, school, schoolCode(s) + "-T" + teacher, "Багш", teacherName, "teacher", teacherAccount);
            UUID klass = Ids.newId();
            classes.row(klass, school, year, grade, grade + (k == 0 ? "А" : "Б"), lang, staffId);
            var assigned = work.assign(school, klass, teacherAccount, quizzes.getOrDefault(grade, List.of()), catalogue.mathLessons(grade));
            for (int n = 0; n < CHILDREN_PER_CLASS; n++) {
              UUID id = Ids.newId();
              child++;
              UUID studentAccount = Ids.newId();
              String username = grade == 5 && k == 0 ? schoolCode(s).toLowerCase() + "-s" + n : "g" + child + "-c";
              accountRows.row(studentAccount, username, "Сурагч " + username, hash, lang);
              roles.row(Ids.newId(), studentAccount, "student", school, path);
              children.row(id, school, path, "G" + child, "Овог" + (child % 97), "Нэр" + child, LocalDate.of(2026 - 6 - grade, 1 + n % 12, 1 + n % 28),
                  n % 2 == 0 ? "female" : "male", lang, studentAccount);
              enrolments.row(Ids.newId(), id, klass, school, "home", septemberFirst);
              UUID guardian = Ids.newId();
              accountRows.row(guardian, "g" + child + "-p", "Асран хамгаалагч " + child, hash, lang);
              roles.row(Ids.newId(), guardian, "guardian", UUID.fromString(country.get(0)), country.get(1));
              guardians.row(guardian, id, "parent");
              var knows = new HashMap<UUID, Double>();
              gradeOutcomes.forEach(o -> knows.put(o.id(), Math.max(0.02, Math.min(0.99, ability + random.nextGaussian() * 0.25))));
              var evidence = history.take(id, school, studentAccount, assigned, knows, random);
              work.lessonsTaken(id, school, assigned, random);
              double sum = 0;
              int evidenced = 0;
              for (var o : gradeOutcomes) {
                var tally = evidence.get(o.id());
                if (tally != null) {
                  estimates.row(id, o.id(), "bkt-v1", school, knows.get(o.id()), tally.evidence, tally.correct, "{\"model\": \"generated\"}");
                  sum += knows.get(o.id());
                  evidenced++;
                }
              }
              if (evidenced > 0) {
                achievement.row(id, "math", grade, school, gradeOutcomes.size(), evidenced, sum / gradeOutcomes.size());
              }
            }
          }
        }
      }
      long generated = System.nanoTime();
      log.info("Dataset generated in {} s; loading with COPY", String.format("%.1f", (generated - start) / 1e9));
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        // A hundred million rows are not checked one by one against their foreign keys and triggers: the
        // generator writes them consistent and whole, and its smoke test checks the keys. Needs a superuser.
        try (var statement = c.createStatement()) {
          statement.execute("set local session_replication_role = replica");
        }
        for (var table : tables) {
          long started = System.nanoTime();
          long loaded = table.load(c);
          log.info("{}: {} rows in {} s", table.table(), loaded, String.format("%.1f", (System.nanoTime() - started) / 1e9));
          rows += loaded;
        }
        c.commit();
      }
    } finally {
      tables.forEach(CopyWriter::close);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    jdbc.sql("analyze").update();
    log.info("Dataset at scale {}: {} schools, {} rows in {} s ({} rows/s)", scale, schools, rows, String.format("%.1f", seconds),
        Math.round(rows / seconds));
  }

  private record Place(Unit unit, String locality) {}

  /** Four schools in ten in towns and aimag centres, the rest in the countryside, every fourth of those remote. */
  private static Place place(int s, int schools, List<Unit> urban, List<Unit> countryside) {
    if (s % 10 < 4 || countryside.isEmpty()) {
      return new Place(urban.get(s % urban.size()), "urban");
    }
    var unit = countryside.get(s % countryside.size());
    return new Place(unit, s % 4 == 0 ? "remote" : "rural");
  }

  /** Bayan-Ölgii (aimag 83) teaches in Kazakh. */
  private static String language(Unit unit) {
    return unit.aimag().equals("83") ? "kk" : "mn";
  }

  private static String schoolCode(int s) {
    return "G" + s + "-S";
  }

  private static UUID schoolId(int s) {
    return UUID.nameUUIDFromBytes(("erdem-dataset-school-" + s).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
