package org.erdem.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.erdem.identity.AuditLog;
import org.erdem.registry.ChildEnrolled;
import org.erdem.registry.ChildTransferred;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.ThisPage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children: search within the caller's access, registration, enrolment, transfer with history. */
@Service
public class ChildService {
  /** The Mongolian civil register number: two Cyrillic letters and eight digits. */
  static final Pattern NATIONAL_ID = Pattern.compile("[А-ЯЁӨҮ]{2}\\d{8}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  public static final List<String> SEXES = List.of("female", "male");

  private final JdbcClient jdbc;
  private final SchoolService schools;
  private final ClassService classes;
  private final RegistryAccess access;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Rosters rosters;

  ChildService(JdbcClient jdbc, SchoolService schools, ClassService classes, RegistryAccess access, AuditLog audit, ApplicationEventPublisher events,
      Rosters rosters) {
    this.jdbc = jdbc;
    this.schools = schools;
    this.classes = classes;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.rosters = rosters;
  }

  public record Child(UUID id, UUID schoolId, String schoolPath, String externalId, String nationalId, String familyName,
      String givenName, LocalDate birthDate, String sex, String homeLanguage, UUID accountId, UUID classId, String className, Integer grade) {}

  public record ChildForm(String externalId, String nationalId, String familyName, String givenName, LocalDate birthDate,
      String sex, String homeLanguage) {
    public static ChildForm of(Child c) {
      return new ChildForm(c.externalId(), c.nationalId(), c.familyName(), c.givenName(), c.birthDate(), c.sex(), c.homeLanguage());
    }

    ChildForm normalized() {
      return new ChildForm(org.erdem.shared.Text.blankToNull(externalId), nationalId == null || nationalId.isBlank() ? null : nationalId.trim().toUpperCase(),
          familyName == null ? null : familyName.trim(), givenName == null ? null : givenName.trim(), birthDate, sex, homeLanguage);
    }
  }

  public record Enrolment(UUID id, UUID classId, String className, int grade, UUID schoolId, java.util.Map<String, String> schoolNames, String kind,
      LocalDate startsOn, LocalDate endsOn, String endReason) {}

  private static final String COLUMNS = """
      c.id, c.school_id, c.school_path, c.external_id, c.national_id, c.family_name, c.given_name, c.birth_date, c.sex,
             c.home_language, c.account_id, k.id as class_id, k.name as class_name, k.grade""";

  /** A child's home class, beside the child {@code c}. */
  private static final String HOME_CLASS = """
        left join registry.enrolment he on he.child_id = c.id and he.ends_on is null and he.kind = 'home'
        left join registry.class k on k.id = he.class_id
      """;

  static final String SELECT = "select " + COLUMNS + " from registry.child c" + HOME_CLASS;

  static Child row(ResultSet rs, int n) throws SQLException {
    return new Child(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class), rs.getString("school_path"),
        rs.getString("external_id"), rs.getString("national_id"), rs.getString("family_name"), rs.getString("given_name"),
        rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("home_language"),
        rs.getObject("account_id", UUID.class), rs.getObject("class_id", UUID.class), rs.getString("class_name"),
        (Integer) rs.getObject("grade"));
  }

  /** The school's children that the caller may see, filtered by name or register number. */
  public Page<Child> search(UUID schoolId, String text, PageRequest page) {
    ThisPage.shows(Notice.school(schoolId));
    schools.unit(schoolId);
    RegistryAccess.ChildScope scope = access.childScope();
    String filter = " where c.school_id = :school and " + RegistryAccess.CHILD_VISIBLE + """
         and (cast(:q as text) is null or c.search_text like :q or c.external_id = :raw)""";
    // The fragment is matched literally (% and _ typed by the user are no wildcards), any run of spaces as one.
    String q = text == null || text.isBlank() ? null
        : "%" + WHITESPACE.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" ").replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";
    // One scan of the school's children gives the total and the page; only the page's rows are joined to
    // their classes. The total's row is there even past the last page, where no child is.
    record Hit(long total, Child child) {}
    var hits = jdbc.sql("with hits as (select c.id, lower(c.family_name) as f, lower(c.given_name) as g from registry.child c" + filter
            + "), shown as (select id, f, g from hits order by f, g, id limit :limit offset :offset)"
            + " select t.total, " + COLUMNS + " from (select count(*) as total from hits) t"
            + " left join shown on true left join registry.child c on c.id = shown.id" + HOME_CLASS
            + " order by shown.f, shown.g, c.id")
        .param("school", schoolId).params(scopeParams(scope)).param("q", q).param("raw", text == null ? "" : text.trim())
        .param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new Hit(rs.getLong("total"), rs.getObject("id") == null ? null : row(rs, n))).list();
    var items = hits.stream().map(Hit::child).filter(Objects::nonNull).toList();
    return Page.of(items, page, hits.get(0).total());
  }

  public Child get(UUID id) {
    Child child = find(id).orElseThrow(() -> new NotFoundException("child " + id));
    RegistryAccess.ChildScope scope = access.childScope();
    boolean visible = jdbc.sql("select count(*) from registry.child c where c.id = :id and " + RegistryAccess.CHILD_VISIBLE)
        .param("id", id).params(scopeParams(scope)).query(Long.class).single() > 0;
    if (!visible) {
      throw new AccessDeniedException();
    }
    return child;
  }

  Optional<Child> find(UUID id) {
    return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ChildService::row).optional();
  }

  Optional<Child> findByExternalId(String externalId) {
    return jdbc.sql(SELECT + " where c.external_id = :e").param("e", externalId).query(ChildService::row).optional();
  }

  public List<Enrolment> history(UUID childId) {
    get(childId);
    return jdbc.sql("""
        select e.id, e.class_id, k.name as class_name, k.grade, e.school_id, o.names as school_names, e.kind, e.starts_on, e.ends_on, e.end_reason
          from registry.enrolment e join registry.class k on k.id = e.class_id join registry.org_unit o on o.id = e.school_id
         where e.child_id = :c order by e.starts_on desc, e.ends_on desc nulls first""")
        .param("c", childId)
        .query((rs, n) -> new Enrolment(rs.getObject("id", UUID.class), rs.getObject("class_id", UUID.class), rs.getString("class_name"),
            rs.getInt("grade"), rs.getObject("school_id", UUID.class), org.erdem.shared.LocalizedJson.parse(rs.getString("school_names")), rs.getString("kind"),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("end_reason")))
        .list();
  }

  public boolean canManage(Child child) {
    return access.canManage(child.schoolPath());
  }

  @Transactional
  public UUID create(UUID schoolId, ChildForm form, UUID classId) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    ChildForm f = form.normalized();
    Validation v = validate(f, null);
    v.check(classId == null || classes.find(classId).filter(k -> k.schoolId().equals(schoolId)).isPresent(), "classId", "validation.class.otherSchool");
    v.throwIfInvalid();
    UUID id = insert(schoolId, school.unit().path(), f);
    if (classId != null) {
      startEnrolment(id, classId, schoolId, "home", today());
    }
    audit.record("child.created", "child", id, null);
    return id;
  }

  UUID insert(UUID schoolId, String schoolPath, ChildForm f) {
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into registry.child (id, school_id, school_path, external_id, national_id, family_name, given_name, birth_date, sex, home_language)
        values (:id, :school, :path, :ext, :nid, :family, :given, :birth, :sex, :lang)""")
        .param("id", id).param("school", schoolId).param("path", schoolPath).param("ext", f.externalId()).param("nid", f.nationalId())
        .param("family", f.familyName()).param("given", f.givenName()).param("birth", f.birthDate()).param("sex", f.sex())
        .param("lang", f.homeLanguage()).update();
    return id;
  }

  @Transactional
  public void update(UUID id, ChildForm form) {
    Child child = get(id);
    access.requireManage(child.schoolPath());
    ChildForm f = form.normalized();
    validate(f, id).throwIfInvalid();
    write(id, f);
    audit.record("child.updated", "child", id, null);
  }

  void write(UUID id, ChildForm f) {
    jdbc.sql("""
        update registry.child set external_id = :ext, national_id = :nid, family_name = :family, given_name = :given,
               birth_date = :birth, sex = :sex, home_language = :lang, updated_at = now() where id = :id""")
        .param("id", id).param("ext", f.externalId()).param("nid", f.nationalId()).param("family", f.familyName())
        .param("given", f.givenName()).param("birth", f.birthDate()).param("sex", f.sex()).param("lang", f.homeLanguage()).update();
    rosters.changed();
  }

  /** Enrols the child in a class: a class of the home school moves the child there; an E-school class is added beside it. */
  @Transactional
  public void enrol(UUID childId, UUID classId) {
    Child child = get(childId);
    var k = classes.find(classId).orElseThrow(() -> ValidationException.of("classId", "validation.class.unknown"));
    var school = schools.get(k.schoolId());
    access.requireManage(school.unit().path());
    if ("eschool".equals(school.type())) {
      if (child.schoolId().equals(k.schoolId())) {
        throw ValidationException.of("classId", "validation.enrol.eschoolHome");
      }
      if (enrolledNow(childId, classId)) {
        return;
      }
      endEnrolments(childId, "eschool", classId, "moved_class");
      startEnrolment(childId, classId, k.schoolId(), "eschool", today());
    } else {
      if (!child.schoolId().equals(k.schoolId())) {
        throw ValidationException.of("classId", "validation.enrol.otherSchool");
      }
      if (classId.equals(child.classId())) {
        return;
      }
      endEnrolments(childId, "home", null, "moved_class");
      startEnrolment(childId, classId, k.schoolId(), "home", today());
    }
    audit.record("child.enrolled", "child", childId, classId.toString());
  }

  /** Moves the child to a class of another school: the old enrolment ends, the record and history stay. */
  @Transactional
  public void transfer(UUID childId, String schoolCode, String className) {
    Child child = get(childId);
    access.requireManage(child.schoolPath());
    var v = new Validation().required("schoolCode", schoolCode).required("className", className);
    v.throwIfInvalid();
    var target = jdbc.sql("select id from registry.org_unit where code = :c and kind = 'school'").param("c", schoolCode.trim()).query(UUID.class).optional()
        .orElseThrow(() -> ValidationException.of("schoolCode", "validation.school.unknown"));
    if (target.equals(child.schoolId())) {
      throw ValidationException.of("schoolCode", "validation.transfer.sameSchool");
    }
    var k = classes.findCurrentByName(target, className).orElseThrow(() -> ValidationException.of("className", "validation.class.unknown"));
    String targetPath = jdbc.sql("select path from registry.org_unit where id = :id").param("id", target).query(String.class).single();
    endEnrolments(childId, "home", null, "transfer");
    jdbc.sql("update registry.child set school_id = :s, school_path = :p, updated_at = now() where id = :id")
        .param("s", target).param("p", targetPath).param("id", childId).update();
    startEnrolment(childId, k.id(), target, "home", today());
    events.publishEvent(new ChildTransferred(childId, child.schoolId(), target, today()));
    audit.record("child.transferred", "child", childId, schoolCode + "/" + className);
  }

  private boolean enrolledNow(UUID childId, UUID classId) {
    return jdbc.sql("select exists (select 1 from registry.enrolment where child_id = :c and class_id = :k and ends_on is null)")
        .param("c", childId).param("k", classId).query(Boolean.class).single();
  }

  void startEnrolment(UUID childId, UUID classId, UUID schoolId, String kind, LocalDate on) {
    jdbc.sql("insert into registry.enrolment (id, child_id, class_id, school_id, kind, starts_on) values (:id, :c, :k, :s, :kind, :on)")
        .param("id", Ids.newId()).param("c", childId).param("k", classId).param("s", schoolId).param("kind", kind).param("on", on).update();
    rosters.changed();
    events.publishEvent(new ChildEnrolled(childId, classId, schoolId, kind, on));
  }

  void endEnrolments(UUID childId, String kind, UUID exceptClass, String reason) {
    jdbc.sql("""
        update registry.enrolment set ends_on = greatest(starts_on, :on), end_reason = :reason
         where child_id = :c and kind = :kind and ends_on is null and (cast(:except as uuid) is null or class_id <> :except)""")
        .param("on", today()).param("reason", reason).param("c", childId).param("kind", kind).param("except", exceptClass).update();
    rosters.changed();
  }

  Validation validate(ChildForm f, UUID existing) {
    var v = new Validation()
        .required("familyName", f.familyName()).maxLength("familyName", f.familyName(), 100)
        .required("givenName", f.givenName()).maxLength("givenName", f.givenName(), 100)
        .required("birthDate", f.birthDate())
        .required("sex", f.sex())
        .required("homeLanguage", f.homeLanguage())
        .maxLength("externalId", f.externalId(), 64)
        .matches("nationalId", f.nationalId(), NATIONAL_ID, "validation.nationalId.format");
    LocalDate today = today();
    v.check(f.birthDate() == null || (f.birthDate().isBefore(today.minusYears(3)) && f.birthDate().isAfter(today.minusYears(25))), "birthDate", "validation.birthDate.range");
    v.check(f.sex() == null || f.sex().isBlank() || SEXES.contains(f.sex()), "sex", "validation.choice");
    v.check(f.homeLanguage() == null || f.homeLanguage().isBlank() || SchoolService.INSTRUCTION_LANGUAGES.contains(f.homeLanguage()), "homeLanguage", "validation.choice");
    if (f.nationalId() != null && !v.hasErrorOn("nationalId")) {
      jdbc.sql("select id from registry.child where national_id = :n").param("n", f.nationalId()).query(UUID.class).optional()
          .filter(other -> !other.equals(existing)).ifPresent(other -> v.add("nationalId", "validation.nationalId.taken"));
    }
    if (f.externalId() != null) {
      jdbc.sql("select id from registry.child where external_id = :e").param("e", f.externalId()).query(UUID.class).optional()
          .filter(other -> !other.equals(existing)).ifPresent(other -> v.add("externalId", "validation.externalId.taken"));
    }
    return v;
  }

  static java.util.Map<String, Object> scopeParams(RegistryAccess.ChildScope scope) {
    return java.util.Map.of("patterns", scope.patterns(), "classIds", scope.classIds(), "childIds", scope.childIds());
  }

  static LocalDate today() {
    return org.erdem.shared.Calendar.today();
  }
}
