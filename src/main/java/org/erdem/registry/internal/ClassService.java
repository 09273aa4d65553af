package org.erdem.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.erdem.identity.AuditLog;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Classes of a school in an academic year, their homeroom teacher, teachers and roster. */
@Service
public class ClassService {
  private final JdbcClient jdbc;
  private final SchoolService schools;
  private final AcademicYears years;
  private final RegistryAccess access;
  private final AuditLog audit;
  private final Rosters rosters;

  ClassService(JdbcClient jdbc, SchoolService schools, AcademicYears years, RegistryAccess access, AuditLog audit, Rosters rosters) {
    this.jdbc = jdbc;
    this.schools = schools;
    this.years = years;
    this.access = access;
    this.audit = audit;
    this.rosters = rosters;
  }

  public record SchoolClass(UUID id, UUID schoolId, UUID yearId, String yearName, int grade, String name, String language,
      UUID homeroomStaffId, String homeroomName, long enrolled) {}

  public record ClassForm(Integer grade, String name, String language, UUID homeroomStaffId) {}

  public record RosterEntry(UUID childId, String familyName, String givenName, String kind, java.time.LocalDate since) {}

  private static final String SELECT = """
      select k.id, k.school_id, k.academic_year_id, y.name as year_name, k.grade, k.name, k.language, k.homeroom_staff_id,
             nullif(concat_ws(' ', s.family_name, s.given_name), '') as homeroom_name,
             (select count(*) from registry.enrolment e where e.class_id = k.id and e.ends_on is null) as enrolled
        from registry.class k
        join registry.academic_year y on y.id = k.academic_year_id
        left join registry.staff s on s.id = k.homeroom_staff_id
      """;

  private static SchoolClass row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new SchoolClass(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class), rs.getObject("academic_year_id", UUID.class),
        rs.getString("year_name"), rs.getInt("grade"), rs.getString("name"), rs.getString("language"),
        rs.getObject("homeroom_staff_id", UUID.class), rs.getString("homeroom_name"), rs.getLong("enrolled"));
  }

  /** The school's classes in the current academic year. */
  public List<SchoolClass> ofSchool(UUID schoolId) {
    schools.unit(schoolId);
    return jdbc.sql(SELECT + " where k.school_id = :s and y.is_current order by k.grade, k.name").param("s", schoolId).query(ClassService::row).list();
  }

  public SchoolClass get(UUID classId) {
    SchoolClass k = find(classId).orElseThrow(() -> new NotFoundException("class " + classId));
    schools.unit(k.schoolId());
    return k;
  }

  Optional<SchoolClass> find(UUID classId) {
    return jdbc.sql(SELECT + " where k.id = :id").param("id", classId).query(ClassService::row).optional();
  }

  Optional<SchoolClass> findCurrentByName(UUID schoolId, String name) {
    return jdbc.sql(SELECT + " where k.school_id = :s and y.is_current and lower(k.name) = lower(:n)")
        .param("s", schoolId).param("n", name.trim()).query(ClassService::row).optional();
  }

  /** The children enrolled now; for those who may read the school's records or teach the class. */
  public List<RosterEntry> roster(UUID classId) {
    requireRoster(classId);
    return jdbc.sql("""
        select c.id, c.family_name, c.given_name, e.kind, e.starts_on from registry.enrolment e join registry.child c on c.id = e.child_id
         where e.class_id = :k and e.ends_on is null order by lower(c.family_name), lower(c.given_name)""")
        .param("k", classId)
        .query((rs, n) -> new RosterEntry(rs.getObject("id", UUID.class), rs.getString("family_name"), rs.getString("given_name"),
            rs.getString("kind"), rs.getObject("starts_on", LocalDate.class)))
        .list();
  }

  /** Who may read the roster: those who may read the school's records or teach the class. */
  void requireRoster(UUID classId) {
    // A class someone teaches exists: its teacher needs neither the class nor its school read.
    if (access.taughtClassIds(access.caller()).contains(classId.toString())) {
      return;
    }
    if (!access.canReadChildRecordsOf(schools.unit(get(classId).schoolId()).path())) {
      throw new AccessDeniedException();
    }
  }

  public record Teacher(UUID staffId, String name, String subject) {}

  public List<Teacher> teachers(UUID classId) {
    get(classId);
    return jdbc.sql("""
        select s.id, concat_ws(' ', s.family_name, s.given_name) as name, sa.subject from registry.staff_assignment sa
          join registry.staff s on s.id = sa.staff_id where sa.class_id = :k order by sa.subject, name""")
        .param("k", classId).query((rs, n) -> new Teacher(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("subject"))).list();
  }

  @Transactional
  public UUID create(UUID schoolId, ClassForm form) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    UUID yearId = years.current().orElseThrow(() -> new NotFoundException("current academic year")).id();
    validate(school, form, null);
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into registry.class (id, school_id, academic_year_id, grade, name, language, homeroom_staff_id)
        values (:id, :school, :year, :grade, :name, :language, :homeroom)""")
        .param("id", id).param("school", schoolId).param("year", yearId).param("grade", form.grade())
        .param("name", form.name().trim()).param("language", form.language()).param("homeroom", form.homeroomStaffId()).update();
    access.teachingChanged();
    audit.record("class.created", "class", id, form.name());
    return id;
  }

  @Transactional
  public void update(UUID classId, ClassForm form) {
    SchoolClass k = get(classId);
    var school = schools.get(k.schoolId());
    access.requireManage(school.unit().path());
    validate(school, form, k);
    jdbc.sql("update registry.class set grade = :grade, name = :name, language = :language, homeroom_staff_id = :homeroom where id = :id")
        .param("id", classId).param("grade", form.grade()).param("name", form.name().trim()).param("language", form.language())
        .param("homeroom", form.homeroomStaffId()).update();
    rosters.changed();
    access.teachingChanged();
    audit.record("class.updated", "class", classId, form.name());
  }

  @Transactional
  public void assignTeacher(UUID classId, UUID staffId, String subject) {
    SchoolClass k = get(classId);
    access.requireManage(schools.get(k.schoolId()).unit().path());
    var v = new Validation().required("staffId", staffId).maxLength("subject", subject, 100);
    v.check(staffId == null || staffOfSchool(staffId, k.schoolId()), "staffId", "validation.staff.otherSchool");
    v.throwIfInvalid();
    jdbc.sql("insert into registry.staff_assignment (id, staff_id, class_id, subject) values (:id, :s, :k, :subject) on conflict do nothing")
        .param("id", Ids.newId()).param("s", staffId).param("k", classId).param("subject", subject == null ? "" : subject.trim()).update();
    access.teachingChanged();
    audit.record("class.teacherAssigned", "class", classId, staffId.toString());
  }

  private void validate(SchoolService.School school, ClassForm form, SchoolClass existing) {
    var v = new Validation().required("grade", form.grade()).range("grade", form.grade(), 1, 12)
        .required("name", form.name()).maxLength("name", form.name(), 20)
        .required("language", form.language());
    v.check(form.language() == null || form.language().isBlank() || school.languages().contains(form.language()), "language", "validation.class.language");
    v.check(form.homeroomStaffId() == null || staffOfSchool(form.homeroomStaffId(), school.unit().id()), "homeroomStaffId", "validation.staff.otherSchool");
    if (form.name() != null && !form.name().isBlank()) {
      findCurrentByName(school.unit().id(), form.name())
          .filter(other -> existing == null || !other.id().equals(existing.id()))
          .ifPresent(other -> v.add("name", "validation.class.nameTaken"));
    }
    v.throwIfInvalid();
  }

  boolean staffOfSchool(UUID staffId, UUID schoolId) {
    return jdbc.sql("select count(*) from registry.staff where id = :s and school_id = :school")
        .param("s", staffId).param("school", schoolId).query(Long.class).single() > 0;
  }
}
