package org.erdem.registry.internal;

import org.erdem.shared.LocalizedJson;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.NewAccount;
import org.erdem.identity.Role;
import org.erdem.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mongolia's hierarchy and, on an empty database, a small but realistic country to try Erdem on:
 * ~30 schools (urban, rural, remote; Kazakh-medium in Bayan-Ölgii; a special school; the national
 * E-school), classes, a few hundred children with guardians, staff, and one account per role.
 * Deterministic: the same seed gives the same data.
 */
@Component
@org.springframework.core.annotation.Order(10)
@ConditionalOnProperty(name = "erdem.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {
  static final String PASSWORD = "demo1234";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final String[] GIVEN_MN = {"Тэмүүлэн", "Анужин", "Номин", "Хулан", "Билгүүн", "Оюун-Эрдэнэ", "Ганзориг", "Сарангэрэл",
      "Тэмүүжин", "Марал", "Нандин-Эрдэнэ", "Уянга", "Төгөлдөр", "Есүй", "Хонгорзул", "Баярмаа", "Мөнх-Очир", "Энхжин", "Бат-Эрдэнэ", "Үүрцайх"};
  private static final String[] FAMILY_MN = {"Батбаяр", "Ганбат", "Дорж", "Болд", "Энхбаяр", "Сүхбаатар", "Цэрэн", "Нямдорж",
      "Пүрэвсүрэн", "Отгонбаяр", "Мөнхбат", "Гантулга", "Чулуун", "Алтангэрэл", "Лхагва", "Түмэн"};
  private static final String[] GIVEN_KK = {"Асқар", "Айгерім", "Ерлан", "Жанар", "Нұрсұлтан", "Әлия", "Дәурен", "Гүлнар", "Серік", "Мейрам", "Аружан", "Ерасыл"};
  private static final String[] FAMILY_KK = {"Қабдолла", "Серікбай", "Жанболат", "Нұрлан", "Ерболат", "Қуандық", "Әбілқас", "Бекен"};

  private final JdbcClient jdbc;
  private final AcademicYears years;
  private final Accounts accounts;
  private final Guardianships guardianships;
  private final TransactionTemplate tx;
  private final Random random = new Random(20261124L);
  private String passwordHash;
  private int guardianCount;

  DemoData(JdbcClient jdbc, AcademicYears years, Accounts accounts, Guardianships guardianships, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.years = years;
    this.accounts = accounts;
    this.guardianships = guardianships;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from registry.org_unit").query(Long.class).single() > 0) {
      return;
    }
    long start = System.nanoTime();
    tx.executeWithoutResult(status -> seed());
    log.info("Demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  private record SchoolSpec(String code, String soumCode, String nameMn, String nameEn, String type, String locality, List<String> languages) {}

  private record SeededSchool(UUID id, SchoolSpec spec, List<UUID> classIds, List<UUID> teacherIds, Map<UUID, List<UUID>> childrenByClass) {}

  private void seed() {
    passwordHash = accounts.encode(PASSWORD);
    Map<String, UUID> units = loadHierarchy();
    UUID yearId = years.ensureCurrent(ChildService.today());
    List<SeededSchool> schools = new ArrayList<>();
    for (SchoolSpec spec : schoolSpecs(units)) {
      schools.add(seedSchool(spec, units, yearId));
    }
    seedEschool(schools);
    seedRoleAccounts(units, schools);
  }

  private Map<String, UUID> loadHierarchy() {
    Map<String, UUID> ids = new HashMap<>();
    Map<String, String> paths = new HashMap<>();
    UUID country = Ids.newId();
    insertUnit(country, "MN", "country", null, "/MN/", Map.of("mn", "Монгол Улс", "en", "Mongolia", "ru", "Монголия", "kk", "Моңғолия"));
    ids.put("MN", country);
    paths.put("MN", "/MN/");
    for (CSVRecord r : readUnits()) {
      String code = r.get("code");
      boolean aimagLevel = "1".equals(r.get("level"));
      String parent = aimagLevel ? "MN" : r.get("parent_code");
      String kind = aimagLevel ? ("11".equals(code) ? "capital" : "aimag") : ("11".equals(parent) ? "district" : "soum");
      UUID id = Ids.newId();
      String path = paths.get(parent) + code + "/";
      insertUnit(id, code, kind, ids.get(parent), path, Map.of("mn", r.get("name_mn"), "en", r.get("name_en")));
      ids.put(code, id);
      paths.put(code, path);
    }
    return ids;
  }

  private List<CSVRecord> readUnits() {
    try (var reader = new InputStreamReader(new ClassPathResource("registry/mn-admin-units.csv").getInputStream(), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    } catch (IOException e) {
      throw new IllegalStateException("the admin-units reference file is missing", e);
    }
  }

  private void insertUnit(UUID id, String code, String kind, UUID parent, String path, Map<String, String> names) {
    jdbc.sql("insert into registry.org_unit (id, code, kind, parent_id, path, names) values (:id, :code, :kind, :parent, :path, cast(:names as jsonb))")
        .param("id", id).param("code", code).param("kind", kind).param("parent", parent).param("path", path)
        .param("names", LocalizedJson.json(new LinkedHashMap<>(names))).update();
  }

  private List<SchoolSpec> schoolSpecs(Map<String, UUID> units) {
    var specs = new ArrayList<SchoolSpec>();
    specs.add(new SchoolSpec("UB-001", "1107", "Нийслэлийн ерөнхий боловсролын 1-р сургууль", "Ulaanbaatar Secondary School No. 1", "general", "urban", List.of("mn")));
    specs.add(new SchoolSpec("UB-023", "1110", "Нийслэлийн ерөнхий боловсролын 23-р сургууль", "Ulaanbaatar Secondary School No. 23", "general", "urban", List.of("mn", "en")));
    specs.add(new SchoolSpec("UB-045", "1116", "Нийслэлийн ерөнхий боловсролын 45-р сургууль", "Ulaanbaatar Secondary School No. 45", "general", "urban", List.of("mn")));
    specs.add(new SchoolSpec("UB-003", "1119", "Орос хэлний гүнзгийрүүлсэн 3-р сургууль", "School No. 3 (Russian-medium)", "general", "urban", List.of("ru", "mn")));
    specs.add(new SchoolSpec("UB-SP25", "1122", "25-р тусгай сургууль", "Special School No. 25", "special", "urban", List.of("mn", "msl")));
    specs.add(new SchoolSpec("UB-NL1", "1113", "Налайхын 1-р сургууль", "Nalaikh School No. 1", "general", "urban", List.of("mn")));
    specs.add(new SchoolSpec("ESCHOOL", "1119", "Үндэсний цахим сургууль", "National E-school", "eschool", "urban", List.of("mn", "kk")));
    specs.add(new SchoolSpec("BO-8301-1", "8301", "Өлгий сумын 1-р сургууль", "Ölgii School No. 1", "general", "urban", List.of("kk", "mn")));
    specs.add(new SchoolSpec("BO-8301-2", "8301", "Өлгий сумын 2-р сургууль", "Ölgii School No. 2", "general", "urban", List.of("mn")));
    specs.add(new SchoolSpec("BO-8307", "8307", "Алтанцөгц сумын сургууль", "Altantsögts soum school", "general", "rural", List.of("kk")));
    specs.add(new SchoolSpec("BO-8304", "8304", "Алтай сумын сургууль", "Altai soum school", "general", "remote", List.of("kk")));
    String[][] centres = {{"2101", "Хэрлэн"}, {"4101", "Зуунмод"}, {"4401", "Сайншанд"}, {"4501", "Дархан"}, {"4601", "Даланзадгад"},
        {"6101", "Баян-Өндөр"}, {"6201", "Арвайхээр"}, {"6401", "Баянхонгор"}, {"6701", "Мөрөн"}, {"8401", "Жаргалант"}, {"8501", "Улаангом"}};
    for (String[] c : centres) {
      specs.add(new SchoolSpec("S-" + c[0] + "-1", c[0], c[1] + " сумын 1-р сургууль", latin(c[0]) + " School No. 1", "general", "urban", List.of("mn")));
    }
    for (String soum : List.of("2104", "4104", "4604", "6204", "6504", "8104")) {
      specs.add(new SchoolSpec("S-" + soum, soum, mnName(soum) + " сумын сургууль", latin(soum) + " soum school", "general", "rural", List.of("mn")));
    }
    for (String soum : List.of("6707", "8207", "8507")) {
      specs.add(new SchoolSpec("S-" + soum, soum, mnName(soum) + " сумын сургууль", latin(soum) + " soum school", "general", "remote", List.of("mn")));
    }
    return specs;
  }

  private String mnName(String code) {
    return jdbc.sql("select names ->> 'mn' from registry.org_unit where code = :c").param("c", code).query(String.class).single();
  }

  private String latin(String code) {
    return jdbc.sql("select names ->> 'en' from registry.org_unit where code = :c").param("c", code).query(String.class).single();
  }

  private SeededSchool seedSchool(SchoolSpec spec, Map<String, UUID> units, UUID yearId) {
    UUID id = Ids.newId();
    String path = jdbc.sql("select path from registry.org_unit where code = :c").param("c", spec.soumCode()).query(String.class).single() + spec.code() + "/";
    insertUnit(id, spec.code(), "school", units.get(spec.soumCode()), path, Map.of("mn", spec.nameMn(), "en", spec.nameEn()));
    jdbc.sql("insert into registry.school (id, type, locality, languages) values (:id, :type, :locality, cast(:langs as text[]))")
        .param("id", id).param("type", spec.type()).param("locality", spec.locality()).param("langs", spec.languages().toArray(String[]::new)).update();
    boolean kazakh = spec.languages().get(0).equals("kk");
    var classIds = new ArrayList<UUID>();
    var teacherIds = new ArrayList<UUID>();
    var byClass = new LinkedHashMap<UUID, List<UUID>>();
    staff(id, "school_admin", null, kazakh);
    UUID subjectTeacher = staff(id, "teacher", "Математик", kazakh);
    if ("eschool".equals(spec.type())) {
      return new SeededSchool(id, spec, classIds, teacherIds, byClass);
    }
    for (int grade : new int[] {1, 5, 10}) {
      UUID teacher = staff(id, "teacher", null, kazakh);
      UUID classId = Ids.newId();
      String letter = kazakh ? "Ә" : "А";
      jdbc.sql("insert into registry.class (id, school_id, academic_year_id, grade, name, language, homeroom_staff_id) values (:id, :s, :y, :g, :n, :l, :t)")
          .param("id", classId).param("s", id).param("y", yearId).param("g", grade).param("n", grade + letter)
          .param("l", spec.languages().get(0)).param("t", teacher).update();
      jdbc.sql("insert into registry.staff_assignment (id, staff_id, class_id, subject) values (:id, :s, :k, 'Математик')")
          .param("id", Ids.newId()).param("s", subjectTeacher).param("k", classId).update();
      classIds.add(classId);
      teacherIds.add(teacher);
      var kids = new ArrayList<UUID>();
      for (int i = 0; i < 4; i++) {
        kids.add(child(id, path, classId, grade, kazakh, spec.languages().get(0)));
      }
      byClass.put(classId, kids);
    }
    return new SeededSchool(id, spec, classIds, teacherIds, byClass);
  }

  private UUID staff(UUID schoolId, String position, String subject, boolean kazakh) {
    UUID id = Ids.newId();
    jdbc.sql("insert into registry.staff (id, school_id, external_id, family_name, given_name, position, subject) values (:id, :s, :e, :f, :g, :p, :subj)")
        .param("id", id).param("s", schoolId).param("e", "T" + id.toString().substring(24)).param("f", pick(kazakh ? FAMILY_KK : FAMILY_MN))
        .param("g", pick(kazakh ? GIVEN_KK : GIVEN_MN)).param("p", position).param("subj", subject).update();
    return id;
  }

  private UUID child(UUID schoolId, String schoolPath, UUID classId, int grade, boolean kazakh, String language) {
    UUID id = Ids.newId();
    LocalDate birth = ChildService.today().minusYears(grade + 6L).minusDays(random.nextInt(365));
    String nationalId = (kazakh ? "ӨЛ" : "УБ") + String.format("%02d%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(100));
    boolean taken = jdbc.sql("select count(*) from registry.child where national_id = :n").param("n", nationalId).query(Long.class).single() > 0;
    jdbc.sql("""
        insert into registry.child (id, school_id, school_path, external_id, national_id, family_name, given_name, birth_date, sex, home_language)
        values (:id, :s, :p, :e, :n, :f, :g, :b, :sex, :l)""")
        .param("id", id).param("s", schoolId).param("p", schoolPath).param("e", "C" + id.toString().substring(24))
        .param("n", taken ? null : nationalId).param("f", pick(kazakh ? FAMILY_KK : FAMILY_MN)).param("g", pick(kazakh ? GIVEN_KK : GIVEN_MN))
        .param("b", birth).param("sex", random.nextBoolean() ? "female" : "male").param("l", language).update();
    enrol(id, classId, schoolId, "home");
    int guardians = random.nextInt(3) == 0 ? 2 : 1;
    for (int i = 0; i < guardians; i++) {
      guardianCount++;
      UUID guardian = accounts.createEncoded(new NewAccount(String.format("guardian%04d", guardianCount),
          pick(kazakh ? FAMILY_KK : FAMILY_MN) + " " + pick(kazakh ? GIVEN_KK : GIVEN_MN), null, kazakh ? "kk" : "mn", false), passwordHash);
      guardianships.link(guardian, id, i == 0 ? "mother" : "father");
      accounts.grant(guardian, Role.GUARDIAN, schoolId, null, null);
    }
    return id;
  }

  private void enrol(UUID childId, UUID classId, UUID schoolId, String kind) {
    jdbc.sql("insert into registry.enrolment (id, child_id, class_id, school_id, kind, starts_on) values (:id, :c, :k, :s, :kind, :on)")
        .param("id", Ids.newId()).param("c", childId).param("k", classId).param("s", schoolId).param("kind", kind)
        .param("on", years.current().orElseThrow().startsOn()).update();
  }

  /** E-school grade-10 classes taking children of rural and remote schools, who keep their home school. */
  private void seedEschool(List<SeededSchool> schools) {
    SeededSchool eschool = schools.stream().filter(s -> s.spec().type().equals("eschool")).findFirst().orElseThrow();
    UUID yearId = years.current().orElseThrow().id();
    for (String language : List.of("mn", "kk")) {
      UUID teacher = staff(eschool.id(), "teacher", "Математик", language.equals("kk"));
      UUID classId = Ids.newId();
      jdbc.sql("insert into registry.class (id, school_id, academic_year_id, grade, name, language, homeroom_staff_id) values (:id, :s, :y, 10, :n, :l, :t)")
          .param("id", classId).param("s", eschool.id()).param("y", yearId).param("n", "10-Э-" + language).param("l", language).param("t", teacher).update();
      eschool.classIds().add(classId);
      eschool.teacherIds().add(teacher);
      var kids = new ArrayList<UUID>();
      schools.stream().filter(s -> !s.spec().locality().equals("urban") && s.spec().languages().get(0).equals(language))
          .forEach(s -> s.childrenByClass().get(s.classIds().get(2)).stream().limit(2).forEach(child -> {
            enrol(child, classId, eschool.id(), "eschool");
            kids.add(child);
          }));
      eschool.childrenByClass().put(classId, kids);
    }
  }

  private void seedRoleAccounts(Map<String, UUID> units, List<SeededSchool> schools) {
    SeededSchool ub1 = schools.get(0);
    SeededSchool olgii = schools.stream().filter(s -> s.spec().code().equals("BO-8301-1")).findFirst().orElseThrow();
    SeededSchool eschool = schools.stream().filter(s -> s.spec().type().equals("eschool")).findFirst().orElseThrow();
    UUID country = units.get("MN");
    account("admin", "Системийн админ", Role.SYSTEM_ADMIN, country);
    account("analyst", "Яамны шинжээч", Role.MINISTRY_ANALYST, country);
    account("author", "Арга зүйч Сарантуяа", Role.CONTENT_AUTHOR, country);
    account("reviewer", "Шинжээч Төмөрбаатар", Role.REVIEWER, country);
    account("trainer", "Сургагч багш Оюунчимэг", Role.TRAINER, country);
    account("aimagofficer", "Баян-Өлгий аймгийн БСГ", Role.REGION_OFFICER, units.get("83"));
    account("supervisor", "Хяналтын мэргэжилтэн Ерлан", Role.SUPERVISOR, units.get("83"));
    account("soumofficer", "Өлгий сумын мэргэжилтэн", Role.REGION_OFFICER, units.get("8301"));
    account("schooladmin", "Захирал Энхтуяа", Role.SCHOOL_ADMIN, ub1.id());
    account("sencoord", "ТБХ зохицуулагч Нарантуяа", Role.SEN_COORDINATOR, ub1.id());
    account("protection", "Хүүхэд хамгааллын ажилтан Болормаа", Role.CHILD_PROTECTION_OFFICER, ub1.id());
    linkStaff(account("teacher", "Багш Солонго", Role.TEACHER, ub1.id()), ub1.teacherIds().get(1));
    linkStaff(account("tutor", "Туслах багш Мөнхзул", Role.TUTOR, ub1.id()), assistant(ub1, "tutor", 1));
    linkStaff(account("specialist", "Хэл засалч Ариунаа", Role.SPECIALIST, ub1.id()), assistant(ub1, "specialist", 1));
    linkStaff(account("eteacher", "Цахим сургуулийн багш Гүлнар", Role.TEACHER, eschool.id()), eschool.teacherIds().get(1));
    List<UUID> classmates = ub1.childrenByClass().get(ub1.classIds().get(1));
    UUID student = classmates.get(0);
    for (int i = 0; i < classmates.size(); i++) {
      UUID studentAccount = account(i == 0 ? "student" : "student" + (i + 1), "Сурагч " + (i + 1), Role.STUDENT, ub1.id());
      jdbc.sql("update registry.child set account_id = :a where id = :c").param("a", studentAccount).param("c", classmates.get(i)).update();
    }
    UUID guardian = account("guardian", "Асран хамгаалагч Гүлжан", Role.GUARDIAN, units.get("MN"));
    guardianships.link(guardian, student, "mother");
    guardianships.link(guardian, olgii.childrenByClass().get(olgii.classIds().get(0)).get(0), "mother");
  }

  private UUID assistant(SeededSchool school, String position, int classIndex) {
    UUID id = staff(school.id(), position, null, false);
    jdbc.sql("insert into registry.staff_assignment (id, staff_id, class_id, subject) values (:id, :s, :k, '')")
        .param("id", Ids.newId()).param("s", id).param("k", school.classIds().get(classIndex)).update();
    return id;
  }

  private UUID account(String username, String name, Role role, UUID node) {
    UUID id = accounts.createEncoded(new NewAccount(username, name, null, "mn", false), passwordHash);
    accounts.grant(id, role, node, null, null);
    return id;
  }

  private void linkStaff(UUID accountId, UUID staffId) {
    jdbc.sql("update registry.staff set account_id = :a where id = :s").param("a", accountId).param("s", staffId).update();
  }

  private String pick(String[] names) {
    return names[random.nextInt(names.length)];
  }
}
