package org.erdem.registry.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.erdem.identity.AuditLog;
import org.erdem.shared.ImportReport;
import org.erdem.shared.ImportReport.Row;
import org.erdem.shared.ImportReport.Status;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a school's children or staff from CSV (UTF-8). All or nothing: every row is checked first
 * and nothing is written if any row is wrong. Rows are matched by {@code external_id}, so importing
 * the same file again changes nothing.
 */
@Service
public class RosterImport {
  public static final List<String> CHILD_COLUMNS = List.of("external_id", "family_name", "given_name", "birth_date", "sex", "national_id", "home_language", "class");
  public static final List<String> STAFF_COLUMNS = List.of("external_id", "family_name", "given_name", "position", "subject", "email", "phone");
  static final int MAX_ROWS = 10_000;
  private static final Map<String, String> SEX_WORDS = Map.of("female", "female", "f", "female", "эм", "female", "male", "male", "m", "male", "эр", "male");

  private final SchoolService schools;
  private final ChildService children;
  private final ClassService classes;
  private final StaffService staff;
  private final RegistryAccess access;
  private final AuditLog audit;

  RosterImport(SchoolService schools, ChildService children, ClassService classes, StaffService staff, RegistryAccess access, AuditLog audit) {
    this.schools = schools;
    this.children = children;
    this.classes = classes;
    this.staff = staff;
    this.access = access;
    this.audit = audit;
  }

  private record Planned<T>(Row result, T form, UUID existingId, UUID classId) {}

  @Transactional
  public ImportReport importChildren(UUID schoolId, String csv) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    return run(csv, CHILD_COLUMNS, "children", schoolId, (rec, seen) -> planChild(schoolId, rec, seen), this::applyChild);
  }

  @Transactional
  public ImportReport importStaff(UUID schoolId, String csv) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    return run(csv, STAFF_COLUMNS, "staff", schoolId, (rec, seen) -> planStaff(schoolId, rec, seen), this::applyStaff);
  }

  private <T> ImportReport run(String csv, List<String> columns, String what, UUID schoolId,
      BiFunction<CSVRecord, Set<String>, Planned<T>> plan, BiFunction<UUID, Planned<T>, Status> apply) {
    List<CSVRecord> records;
    try (Reader reader = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
      records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()
          .parse(reader).getRecords();
      var header = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)).getHeaderNames();
      var missing = columns.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        return ImportReport.fileError("import.error.columns", String.join(", ", missing));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return ImportReport.fileError("import.error.unreadable");
    }
    if (records.isEmpty()) {
      return ImportReport.fileError("import.error.empty");
    }
    if (records.size() > MAX_ROWS) {
      return ImportReport.fileError("import.error.tooMany", MAX_ROWS);
    }
    Set<String> seen = new HashSet<>();
    List<Planned<T>> planned = records.stream().map(r -> plan.apply(r, seen)).toList();
    List<Row> results = planned.stream().map(Planned::result).toList();
    if (results.stream().anyMatch(r -> r.status() == Status.INVALID)) {
      return new ImportReport(false, List.of(), results);
    }
    List<Row> applied = new ArrayList<>();
    for (Planned<T> p : planned) {
      applied.add(new Row(p.result().line(), p.result().key(), apply.apply(schoolId, p), List.of()));
    }
    var report = new ImportReport(true, List.of(), applied);
    audit.record("import." + what, "school", schoolId,
        "created=" + report.count(Status.CREATED) + " updated=" + report.count(Status.UPDATED) + " unchanged=" + report.count(Status.UNCHANGED));
    return report;
  }

  private Planned<ChildService.ChildForm> planChild(UUID schoolId, CSVRecord rec, Set<String> seen) {
    var v = new Validation();
    String ext = get(rec, "external_id");
    v.required("external_id", ext);
    LocalDate birth = null;
    try {
      birth = get(rec, "birth_date") == null ? null : LocalDate.parse(get(rec, "birth_date"));
    } catch (DateTimeParseException e) {
      v.add("birth_date", "validation.date.format");
    }
    String sexWord = get(rec, "sex");
    String sex = sexWord == null ? null : SEX_WORDS.get(sexWord.toLowerCase());
    var form = new ChildService.ChildForm(ext, get(rec, "national_id"), get(rec, "family_name"), get(rec, "given_name"), birth,
        sex != null ? sex : sexWord, get(rec, "home_language")).normalized();
    var existing = ext == null ? null : children.findByExternalId(ext).orElse(null);
    if (existing != null && !existing.schoolId().equals(schoolId)) {
      v.add("external_id", "import.error.otherSchool");
    }
    if (ext != null && !seen.add("ext:" + ext)) {
      v.add("external_id", "import.error.duplicate");
    }
    if (form.nationalId() != null && !seen.add("nid:" + form.nationalId())) {
      v.add("national_id", "import.error.duplicate");
    }
    UUID classId = null;
    String className = get(rec, "class");
    if (className != null) {
      var k = classes.findCurrentByName(schoolId, className);
      if (k.isEmpty()) {
        v.add("class", "validation.class.unknown");
      } else {
        classId = k.get().id();
      }
    }
    children.validate(form, existing == null ? null : existing.id()).copyInto(v, RosterImport::column);
    return planned(rec, ext, v, form, existing == null ? null : existing.id(), classId);
  }

  private Status applyChild(UUID schoolId, Planned<ChildService.ChildForm> p) {
    if (p.existingId() == null) {
      var school = schools.get(schoolId);
      UUID id = children.insert(schoolId, school.unit().path(), p.form());
      if (p.classId() != null) {
        children.startEnrolment(id, p.classId(), schoolId, "home", ChildService.today());
      }
      return Status.CREATED;
    }
    var current = children.find(p.existingId()).orElseThrow();
    boolean changed = !ChildService.ChildForm.of(current).equals(p.form());
    if (changed) {
      children.write(p.existingId(), p.form());
    }
    if (p.classId() != null && !p.classId().equals(current.classId())) {
      children.endEnrolments(p.existingId(), "home", null, "moved_class");
      children.startEnrolment(p.existingId(), p.classId(), schoolId, "home", ChildService.today());
      changed = true;
    }
    return changed ? Status.UPDATED : Status.UNCHANGED;
  }

  private Planned<StaffService.StaffForm> planStaff(UUID schoolId, CSVRecord rec, Set<String> seen) {
    var v = new Validation();
    String ext = get(rec, "external_id");
    v.required("external_id", ext);
    if (ext != null && !seen.add(ext)) {
      v.add("external_id", "import.error.duplicate");
    }
    var form = new StaffService.StaffForm(ext, get(rec, "family_name"), get(rec, "given_name"), get(rec, "position"),
        get(rec, "subject"), get(rec, "email"), get(rec, "phone")).normalized();
    staff.validate(form).copyInto(v, RosterImport::column);
    var existing = ext == null ? null : staff.findByExternalId(schoolId, ext).map(StaffService.StaffMember::id).orElse(null);
    return planned(rec, ext, v, form, existing, null);
  }

  private Status applyStaff(UUID schoolId, Planned<StaffService.StaffForm> p) {
    if (p.existingId() == null) {
      staff.insert(schoolId, p.form(), null);
      return Status.CREATED;
    }
    var current = staff.findByExternalId(schoolId, p.form().externalId()).orElseThrow();
    var currentForm = new StaffService.StaffForm(current.externalId(), current.familyName(), current.givenName(), current.position(),
        current.subject(), current.email(), current.phone());
    if (currentForm.equals(p.form())) {
      return Status.UNCHANGED;
    }
    staff.write(p.existingId(), p.form());
    return Status.UPDATED;
  }

  private static <T> Planned<T> planned(CSVRecord rec, String ext, Validation v, T form, UUID existingId, UUID classId) {
    List<FieldError> errors = v.errors().stream().distinct().toList();
    Status status = errors.isEmpty() ? (existingId == null ? Status.CREATED : Status.UNCHANGED) : Status.INVALID;
    return new Planned<>(new Row(rec.getRecordNumber() + 1, ext, status, errors), form, existingId, classId);
  }

  /** Form field names to the CSV column names the user sees in the report. */
  private static String column(String field) {
    return field == null ? null : field.replaceAll("([A-Z])", "_$1").toLowerCase();
  }

  private static String get(CSVRecord rec, String column) {
    if (!rec.isMapped(column) || !rec.isSet(column)) {
      return null;
    }
    String value = rec.get(column);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
