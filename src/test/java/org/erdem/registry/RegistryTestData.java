package org.erdem.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.NewAccount;
import org.erdem.identity.Role;
import org.erdem.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds registry data for one test: its own aimag, soums, schools, classes, children and accounts,
 * with codes no other test uses, so that tests neither see nor disturb each other's rows.
 */
public class RegistryTestData {
  public static final String PASSWORD = "test-pass-1";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final Guardianships guardianships;
  private final String prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
  private String encodedPassword;

  public RegistryTestData(JdbcClient jdbc, Accounts accounts, Guardianships guardianships) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.guardianships = guardianships;
  }

  public record Node(UUID id, String code, String path) {}

  public String code(String suffix) {
    return prefix + "-" + suffix;
  }

  public Node country() {
    return jdbc.sql("select id, code, path from registry.org_unit where parent_id is null")
        .query((rs, n) -> new Node(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).single();
  }

  public Node aimag(String suffix) {
    return unit(country(), suffix, "aimag");
  }

  public Node soum(Node aimag, String suffix) {
    return unit(aimag, suffix, "soum");
  }

  public Node school(Node soum, String suffix, String type, String locality, String... languages) {
    Node school = unit(soum, suffix, "school");
    jdbc.sql("insert into registry.school (id, type, locality, languages) values (:id, :t, :l, cast(:langs as text[]))")
        .param("id", school.id()).param("t", type).param("l", locality).param("langs", languages.length == 0 ? new String[] {"mn"} : languages).update();
    return school;
  }

  public Node school(Node soum, String suffix) {
    return school(soum, suffix, "general", "rural", "mn");
  }

  private Node unit(Node parent, String suffix, String kind) {
    String code = code(suffix);
    UUID id = Ids.newId();
    String path = parent.path() + code + "/";
    jdbc.sql("insert into registry.org_unit (id, code, kind, parent_id, path, names) values (:id, :code, :kind, :parent, :path, cast(:names as jsonb))")
        .param("id", id).param("code", code).param("kind", kind).param("parent", parent.id()).param("path", path)
        .param("names", "{\"mn\": \"" + code + " нэр\", \"en\": \"" + code + " name\"}").update();
    return new Node(id, code, path);
  }

  public UUID currentYear() {
    return jdbc.sql("select id from registry.academic_year where is_current").query(UUID.class).single();
  }

  public UUID schoolClass(Node school, int grade, String name) {
    UUID id = Ids.newId();
    jdbc.sql("insert into registry.class (id, school_id, academic_year_id, grade, name, language) values (:id, :s, :y, :g, :n, 'mn')")
        .param("id", id).param("s", school.id()).param("y", currentYear()).param("g", grade).param("n", name).update();
    return id;
  }

  public UUID child(Node school, UUID classId, String givenName) {
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into registry.child (id, school_id, school_path, family_name, given_name, birth_date, sex, home_language)
        values (:id, :s, :p, 'Тест', :g, :b, 'female', 'mn')""")
        .param("id", id).param("s", school.id()).param("p", school.path()).param("g", givenName).param("b", LocalDate.now().minusYears(10)).update();
    if (classId != null) {
      jdbc.sql("insert into registry.enrolment (id, child_id, class_id, school_id, kind, starts_on) values (:id, :c, :k, :s, 'home', :on)")
          .param("id", Ids.newId()).param("c", id).param("k", classId).param("s", school.id()).param("on", LocalDate.now().minusMonths(1)).update();
    }
    return id;
  }

  /** An account holding a role at a node; returns the username (password {@link #PASSWORD}). */
  public String user(String name, Role role, UUID nodeId) {
    String username = (prefix + "-" + name).toLowerCase();
    if (encodedPassword == null) {
      encodedPassword = accounts.encode(PASSWORD);
    }
    UUID id = accounts.createEncoded(new NewAccount(username, name + " " + prefix, null, "mn", false), encodedPassword);
    if (role != null) {
      accounts.grant(id, role, nodeId, null, null);
    }
    return username;
  }

  public UUID accountId(String username) {
    return accounts.findByUsername(username).orElseThrow();
  }

  /** A teacher account that is homeroom teacher of the class. */
  public String homeroomTeacher(Node school, UUID classId, String name) {
    String username = user(name, Role.TEACHER, school.id());
    UUID staffId = Ids.newId();
    jdbc.sql("insert into registry.staff (id, school_id, family_name, given_name, position, account_id) values (:id, :s, 'Багш', :g, 'teacher', :a)")
        .param("id", staffId).param("s", school.id()).param("g", name).param("a", accountId(username)).update();
    jdbc.sql("update registry.class set homeroom_staff_id = :st where id = :k").param("st", staffId).param("k", classId).update();
    return username;
  }

  /** A staff account with this role, assigned to work in the class (a tutor, a specialist, a subject teacher). */
  public String classStaff(Node school, UUID classId, String name, Role role) {
    String username = user(name, role, school.id());
    UUID staffId = Ids.newId();
    jdbc.sql("insert into registry.staff (id, school_id, family_name, given_name, position, account_id) values (:id, :s, 'Ажилтан', :g, :p, :a)")
        .param("id", staffId).param("s", school.id()).param("g", name).param("p", role == Role.TEACHER ? "teacher" : role.code())
        .param("a", accountId(username)).update();
    jdbc.sql("insert into registry.staff_assignment (id, staff_id, class_id, subject) values (:id, :s, :k, '')")
        .param("id", Ids.newId()).param("s", staffId).param("k", classId).update();
    return username;
  }

  public String guardianOf(UUID childId, String name) {
    String username = user(name, Role.GUARDIAN, country().id());
    guardianships.link(accountId(username), childId, "mother");
    return username;
  }

  public String studentAccount(UUID childId, Node school, String name) {
    String username = user(name, Role.STUDENT, school.id());
    jdbc.sql("update registry.child set account_id = :a where id = :c").param("a", accountId(username)).param("c", childId).update();
    return username;
  }

  /** A grade-5 class in a new school, with one pupil who has an account and a homeroom teacher. */
  public record Classroom(Node school, UUID classId, UUID child, String student, String teacher) {}

  public Classroom classroomWithPupil() {
    Node school = school(soum(aimag("A"), "S"), "SCH");
    UUID classId = schoolClass(school, 5, "5А");
    UUID child = child(school, classId, "Анужин");
    return new Classroom(school, classId, child, studentAccount(child, school, "student"), homeroomTeacher(school, classId, "teacher"));
  }

  public Map<String, Object> row(String sql, Object id) {
    return jdbc.sql(sql).param("id", id).query().singleRow();
  }
}
