package org.erdem.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.erdem.As;
import org.erdem.Eventually;
import org.erdem.IntegrationTest;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.internal.ChildService;
import org.erdem.registry.internal.ClassService;
import org.erdem.registry.internal.GuardianLinks;
import org.erdem.registry.internal.RosterImport;
import org.erdem.registry.internal.SchoolService;
import org.erdem.shared.PageRequest;
import org.erdem.shared.ValidationException;
import org.erdem.shared.db.ChangeNotices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RegistryServicesTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired SchoolService schools;
  @Autowired ClassService classes;
  @Autowired ChildService children;
  @Autowired RosterImport imports;
  @Autowired GuardianLinks links;
  @Autowired Registry registry;
  @Autowired ChangeNotices notices;
  @Autowired PlatformTransactionManager transactions;

  RegistryTestData data;
  RegistryTestData.Node soum;
  RegistryTestData.Node school;
  String admin;

  @BeforeEach
  void setUp() {
    data = new RegistryTestData(jdbc, accounts, guardianships);
    soum = data.soum(data.aimag("A"), "S");
    school = data.school(soum, "SCH");
    admin = data.user("admin", Role.SCHOOL_ADMIN, school.id());
  }

  private List<String> fieldsOf(Runnable action) {
    try {
      As.user(admin, action);
    } catch (ValidationException e) {
      return e.errors().stream().map(ValidationException.FieldError::field).toList();
    }
    throw new AssertionError("expected a validation error");
  }

  @Test
  void aChildSearchGivesItsPageAndTheTotalEvenPastTheLastPage() {
    UUID klass = data.schoolClass(school, 3, "3Б");
    for (String name : List.of("Ариунаа", "Ариунбат", "Болд")) {
      data.child(school, klass, name);
    }
    var first = As.user(admin, () -> children.search(school.id(), "ариун", PageRequest.of(1, 1)));
    assertThat(first.items()).extracting(ChildService.Child::givenName).containsExactly("Ариунаа");
    assertThat(first.total()).isEqualTo(2);
    var past = As.user(admin, () -> children.search(school.id(), "ариун", PageRequest.of(5, 1)));
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(2);
    assertThat(As.user(admin, () -> children.search(school.id(), "нэгч", PageRequest.of(1, 10))).total()).isZero();
  }

  @Test
  void aChildSearchMatchesTheNameInEitherOrderWhateverTheCaseAndSpacesAndTakesWildcardsLiterally() {
    UUID klass = data.schoolClass(school, 4, "4В");
    data.child(school, klass, "Сарнай");
    assertThat(As.user(admin, () -> children.search(school.id(), "ТЕСТ САРН", PageRequest.of(1, 10))).total()).isEqualTo(1);
    assertThat(As.user(admin, () -> children.search(school.id(), "сарнай тест", PageRequest.of(1, 10))).total()).isEqualTo(1);
    assertThat(As.user(admin, () -> children.search(school.id(), "сарнай%", PageRequest.of(1, 10))).total()).isZero();
    assertThat(As.user(admin, () -> children.search(school.id(), "с_рнай", PageRequest.of(1, 10))).total()).isZero();
    assertThat(As.user(admin, () -> children.search(school.id(), "сарнай \n  тест", PageRequest.of(1, 10))).total())
        .as("spaces of any kind count as one").isEqualTo(1);
  }

  @Test
  void aSchoolNeedsANameAUniqueCodeAndASoum() {
    String soumAdmin = data.user("soumadmin", Role.SCHOOL_ADMIN, soum.id());
    var form = new SchoolService.SchoolForm(school.code(), "", null, null, null, "general", "nowhere", List.of("xx"), null);
    try {
      As.user(soumAdmin, () -> schools.create(soum.id(), form));
      throw new AssertionError("expected a validation error");
    } catch (ValidationException e) {
      assertThat(e.errors()).extracting(ValidationException.FieldError::field).contains("code", "nameMn", "locality", "languages");
    }
    UUID created = As.user(soumAdmin, () -> schools.create(soum.id(),
        new SchoolService.SchoolForm(data.code("NEW"), "Шинэ сургууль", "New school", null, null, "general", "remote", List.of("mn", "kk"), null)));
    assertThat(As.user(soumAdmin, () -> schools.get(created)).languages()).containsExactly("mn", "kk");
    assertThat(jdbc.sql("select path from registry.org_unit where id = :id").param("id", created).query(String.class).single())
        .isEqualTo(soum.path() + data.code("NEW") + "/");
  }

  @Test
  void classNamesAreUniquePerSchoolAndYearAndGradesRunFrom1To12() {
    As.user(admin, () -> classes.create(school.id(), new ClassService.ClassForm(5, "5А", "mn", null)));
    assertThat(fieldsOf(() -> classes.create(school.id(), new ClassService.ClassForm(13, "5А", "kk", null))))
        .containsExactlyInAnyOrder("grade", "name", "language");
  }

  @Test
  void aChildNeedsPlausibleFacts() {
    var form = new ChildService.ChildForm(null, "AB123", "", "Болд", LocalDate.now().plusDays(1), "x", "mn");
    assertThat(fieldsOf(() -> children.create(school.id(), form, null))).containsExactlyInAnyOrder("nationalId", "familyName", "birthDate", "sex");
  }

  @Test
  void theApiExplainsBadInputInTheCallersLanguage() throws Exception {
    String body = """
        {"child": {"familyName": "", "givenName": "Болд", "birthDate": "2015-01-01", "sex": "male", "homeLanguage": "mn"}}""";
    mvc.perform(post("/api/v1/schools/" + school.id() + "/children").with(user(admin)).with(csrf()).header("Accept-Language", "ru")
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("familyName"))
        .andExpect(jsonPath("$.errors[0].message").value("Обязательное поле."));
    mvc.perform(post("/api/v1/schools/" + school.id() + "/children").with(user(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isBadRequest());
    assertThat(jdbc.sql("select count(*) from registry.child where school_id = :s").param("s", school.id()).query(Long.class).single()).isZero();
  }

  @Test
  void aTransferKeepsTheRecordAndItsHistory() {
    UUID classA = data.schoolClass(school, 5, "5А");
    RegistryTestData.Node other = data.school(soum, "OTHER");
    data.schoolClass(other, 5, "5Б");
    UUID child = data.child(school, classA, "Сараа");
    String soumAdmin = data.user("soumadmin2", Role.SCHOOL_ADMIN, soum.id());
    As.user(soumAdmin, () -> children.transfer(child, other.code(), "5б"));
    var history = As.user(soumAdmin, () -> children.history(child));
    assertThat(history).hasSize(2);
    assertThat(history).filteredOn(e -> e.endsOn() == null).singleElement().extracting(ChildService.Enrolment::schoolId).isEqualTo(other.id());
    assertThat(history).filteredOn(e -> e.endsOn() != null).singleElement().extracting(ChildService.Enrolment::endReason).isEqualTo("transfer");
    assertThat(As.user(soumAdmin, () -> children.get(child)).schoolPath()).isEqualTo(other.path());
    assertThatThrownBy(() -> As.user(admin, () -> children.get(child))).isInstanceOf(org.erdem.shared.AccessDeniedException.class);
  }

  @Test
  void aKeptRosterIsForgottenWhenItsRowsChangeOnAnyNode() {
    UUID classA = data.schoolClass(school, 7, "7А");
    UUID classB = data.schoolClass(school, 7, "7Б");
    UUID child = data.child(school, classA, "Оюун");
    String admin = data.user("rosteradmin", Role.SCHOOL_ADMIN, soum.id());
    Function<UUID, List<String>> roster = k -> As.user(admin, () -> registry.roster(k)).stream().map(ChildCard::givenName).toList();
    Eventually.until("listening to changes", notices::listening);
    assertThat(roster.apply(classA)).containsExactly("Оюун");
    assertThat(roster.apply(classB)).isEmpty();

    // The set-up's own notices may still be on their way and forget the roster once more: tried until none is.
    var unannounced = new AtomicInteger();
    Eventually.until("kept: a change its triggers did not announce is not seen", () -> {
      String before = roster.apply(classA).getFirst();
      new TransactionTemplate(transactions).executeWithoutResult(tx -> {
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql("update registry.child set given_name = :g where id = :id").param("g", "Нууц" + unannounced.incrementAndGet()).param("id", child).update();
      });
      return roster.apply(classA).getFirst().equals(before);
    });

    jdbc.sql("update registry.child set given_name = 'Оюунаа' where id = :id").param("id", child).update();
    Eventually.until("another node's change is announced", () -> roster.apply(classA).equals(List.of("Оюунаа")));

    As.user(admin, () -> children.enrol(child, classB));
    assertThat(roster.apply(classB)).as("this node's change is seen by its next request").containsExactly("Оюунаа");
    assertThat(roster.apply(classA)).isEmpty();

    UUID online = data.schoolClass(data.school(soum, "ESR", "eschool", "urban", "mn"), 7, "7-Э");
    As.user(admin, () -> children.enrol(child, online));
    Supplier<String> homeClassOnline = () -> As.user(admin, () -> registry.roster(online)).getFirst().className();
    assertThat(homeClassOnline.get()).isEqualTo("7Б");
    jdbc.sql("update registry.enrolment set class_id = :k where child_id = :c and kind = 'home' and ends_on is null").param("k", classA).param("c", child).update();
    Eventually.until("a new home class is announced to the e-school class's roster", () -> homeClassOnline.get().equals("7А"));
  }

  @Test
  void anEschoolEnrolmentSitsBesideTheHomeSchool() {
    UUID classA = data.schoolClass(school, 10, "10А");
    RegistryTestData.Node eschool = data.school(soum, "ESC", "eschool", "urban", "mn");
    UUID eclass = data.schoolClass(eschool, 10, "10-Э");
    UUID child = data.child(school, classA, "Тэмүүлэн");
    String soumAdmin = data.user("soumadmin3", Role.SCHOOL_ADMIN, soum.id());
    As.user(soumAdmin, () -> children.enrol(child, eclass));
    As.user(soumAdmin, () -> children.enrol(child, eclass));
    assertThat(As.user(soumAdmin, () -> children.history(child))).as("enrolled again: nothing changes").filteredOn(e -> e.endsOn() == null)
        .extracting(ChildService.Enrolment::kind).containsExactlyInAnyOrder("home", "eschool");
    assertThat(As.user(soumAdmin, () -> children.get(child)).classId()).isEqualTo(classA);
  }

  @Test
  void aSchoolLinksGuardiansWhoThenSeeOnlyTheirChild() {
    UUID classA = data.schoolClass(school, 2, "2А");
    UUID child = data.child(school, classA, "Номин");
    UUID sibling = data.child(school, classA, "Марал");
    String newGuardian = data.code("mother").toLowerCase();
    As.user(admin, () -> links.link(child, new GuardianLinks.GuardianForm(newGuardian, "Ээж Болор", "temporary-9", "mother")));
    assertThat(accounts.holds(data.accountId(newGuardian), Role.GUARDIAN)).isTrue();
    assertThat(As.user(newGuardian, () -> children.get(child)).id()).isEqualTo(child);
    assertThatThrownBy(() -> As.user(newGuardian, () -> children.get(sibling))).isInstanceOf(org.erdem.shared.AccessDeniedException.class);
    assertThat(fieldsOf(() -> links.link(sibling, new GuardianLinks.GuardianForm("nobody-" + newGuardian, "", "", "father")))).containsExactly("username");
    As.user(admin, () -> links.unlink(child, data.accountId(newGuardian)));
    assertThatThrownBy(() -> As.user(newGuardian, () -> children.get(child))).isInstanceOf(org.erdem.shared.AccessDeniedException.class);
    String teacher = data.homeroomTeacher(school, classA, "teacher");
    assertThatThrownBy(() -> As.user(teacher, () -> links.link(child, new GuardianLinks.GuardianForm(teacher, "", "", "father"))))
        .isInstanceOf(org.erdem.shared.AccessDeniedException.class);
  }

  static final String HEADER = "external_id,family_name,given_name,birth_date,sex,national_id,home_language,class\n";

  @Test
  void anImportWithOneBadRowChangesNothingAndSaysWhere() {
    data.schoolClass(school, 3, "3А");
    String ext = data.code("C");
    String csv = HEADER
        + ext + "1,Дорж,Анужин,2017-02-03,эм,,mn,3А\n"
        + ext + "2,Болд,,2017-13-40,x,,mn,9Я\n";
    org.erdem.shared.ImportReport report = As.user(admin, () -> imports.importChildren(school.id(), csv));
    assertThat(report.applied()).isFalse();
    assertThat(report.invalidRows()).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(3);
      assertThat(row.errors()).extracting(ValidationException.FieldError::field).contains("given_name", "birth_date", "sex", "class");
    });
    assertThat(jdbc.sql("select count(*) from registry.child where school_id = :s").param("s", school.id()).query(Long.class).single()).isZero();
  }

  @Test
  void importingTheSameFileTwiceChangesNothingTheSecondTime() {
    data.schoolClass(school, 3, "3А");
    data.schoolClass(school, 4, "4А");
    String ext = data.code("K");
    String csv = "\uFEFF" + HEADER
        + ext + "1,Дорж,Анужин,2017-02-03,female,,mn,3А\n"
        + ext + "2,Серікбай,Айгерім,2016-05-06,F,,kk,4А\n";
    var first = As.user(admin, () -> imports.importChildren(school.id(), csv));
    assertThat(first.applied()).isTrue();
    assertThat(first.count(org.erdem.shared.ImportReport.Status.CREATED)).isEqualTo(2);
    var again = As.user(admin, () -> imports.importChildren(school.id(), csv));
    assertThat(again.count(org.erdem.shared.ImportReport.Status.UNCHANGED)).isEqualTo(2);
    var moved = As.user(admin, () -> imports.importChildren(school.id(), csv.replace("2017-02-03,female,,mn,3А", "2017-02-03,female,,mn,4А")));
    assertThat(moved.count(org.erdem.shared.ImportReport.Status.UPDATED)).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from registry.child where school_id = :s").param("s", school.id()).query(Long.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("select count(*) from registry.enrolment e join registry.child c on c.id = e.child_id where c.external_id = :e")
        .param("e", ext + "1").query(Long.class).single()).as("the move keeps the old enrolment as history").isEqualTo(2);
  }

  @Test
  void staffImportOverTheApiReportsEachRow() throws Exception {
    String ext = data.code("T");
    String csv = "external_id,family_name,given_name,position,subject,email,phone\n"
        + ext + "1,Батбаяр,Солонго,teacher,Математик,solongo@example.mn,\n"
        + ext + "2,Ганбат,Оюун,janitor,,not-an-email,\n";
    mvc.perform(post("/api/v1/schools/" + school.id() + "/imports/staff").with(user(admin)).with(csrf())
            .contentType("text/csv").content(csv))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.applied").value(false))
        .andExpect(jsonPath("$.rows[1].line").value(3))
        .andExpect(jsonPath("$.rows[1].errors.length()").value(2));
    mvc.perform(post("/api/v1/schools/" + school.id() + "/imports/staff").with(user(admin)).with(csrf())
            .contentType("text/csv").content(csv.replace("janitor,,not-an-email", "tutor,,")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2));
  }
}
