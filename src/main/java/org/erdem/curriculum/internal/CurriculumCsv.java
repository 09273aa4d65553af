package org.erdem.curriculum.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.erdem.identity.AuditLog;
import org.erdem.shared.ImportReport;
import org.erdem.shared.ImportReport.Row;
import org.erdem.shared.ImportReport.Status;
import org.erdem.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curriculum as CSV, one outcome a row with the codes it builds on. Import is all or nothing,
 * matched by code (importing the same file again changes nothing), and refuses a file that would
 * make the prerequisite graph circular. Export writes prerequisites first, so it imports again as is.
 */
@Service
public class CurriculumCsv {
  public static final List<String> COLUMNS = List.of("code", "subject", "grade", "title_mn", "title_en", "title_ru", "title_kk",
      "description_mn", "description_en", "description_ru", "description_kk", "prerequisites");
  static final List<String> REQUIRED = List.of("code", "subject", "grade", "title_mn");
  static final int MAX_ROWS = 20_000;
  private static final List<String> LANGS = List.of("mn", "en", "ru", "kk");

  private final Outcomes outcomes;
  private final CurriculumService service;
  private final CurriculumAccess access;
  private final AuditLog audit;

  CurriculumCsv(Outcomes outcomes, CurriculumService service, CurriculumAccess access, AuditLog audit) {
    this.outcomes = outcomes;
    this.service = service;
    this.access = access;
    this.audit = audit;
  }

  private record Planned(Row row, CurriculumService.OutcomeForm form, Set<String> prerequisites) {}

  @Transactional
  public ImportReport importCsv(String csv) {
    access.requireEditor();
    return load(csv);
  }

  /** Loads without an editor's check: for the demo curriculum at first start. */
  @Transactional
  ImportReport load(String csv) {
    List<CSVRecord> records;
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try {
      var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()
          .parse(new StringReader(text));
      var missing = REQUIRED.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
      if (!missing.isEmpty()) {
        return ImportReport.fileError("import.error.columns", String.join(", ", missing));
      }
      records = parser.getRecords();
    } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return ImportReport.fileError("import.error.unreadable");
    }
    if (records.isEmpty()) {
      return ImportReport.fileError("import.error.empty");
    }
    if (records.size() > MAX_ROWS) {
      return ImportReport.fileError("import.error.tooMany", MAX_ROWS);
    }
    outcomes.lockGraph();
    Set<String> inFile = new HashSet<>();
    records.forEach(r -> inFile.add(get(r, "code")));
    Set<String> seen = new HashSet<>();
    List<Planned> planned = new ArrayList<>();
    PrerequisiteGraph graph = outcomes.graph();
    Map<String, Outcomes.Outcome> known = new HashMap<>();
    outcomes.all().forEach(o -> known.put(o.code(), o));
    for (CSVRecord r : records) {
      var p = plan(r, seen, inFile, known);
      planned.add(p);
      if (p.form().code() != null) {
        graph.put(p.form().code(), p.prerequisites());
      }
    }
    Set<String> cyclic = graph.onCycles();
    List<Row> rows = planned.stream().map(p -> cyclic.contains(p.form().code()) ? invalid(p.row(), "prerequisites", "validation.outcome.cycleImport") : p.row()).toList();
    if (rows.stream().anyMatch(r -> r.status() == Status.INVALID)) {
      return new ImportReport(false, List.of(), rows);
    }
    Map<String, Status> status = new HashMap<>();
    Map<String, UUID> ids = new HashMap<>();
    for (Planned p : planned) {
      var form = p.form();
      var existing = outcomes.findByCode(form.code());
      if (existing.isEmpty()) {
        ids.put(form.code(), outcomes.insert(form.code(), form.subject(), form.grade(), form.titles(), form.descriptions()));
        status.put(form.code(), Status.CREATED);
      } else {
        ids.put(form.code(), existing.get().id());
        boolean same = CurriculumService.OutcomeForm.of(existing.get()).equals(form);
        if (!same) {
          outcomes.update(existing.get().id(), form.subject(), form.grade(), form.titles(), form.descriptions());
        }
        status.put(form.code(), same ? Status.UNCHANGED : Status.UPDATED);
      }
    }
    for (Planned p : planned) {
      UUID id = ids.get(p.form().code());
      Set<String> current = new HashSet<>(outcomes.prerequisitesOf(id).stream().map(Outcomes.Outcome::code).toList());
      if (!current.equals(p.prerequisites())) {
        outcomes.replacePrerequisites(id, p.prerequisites().stream()
            .map(c -> ids.containsKey(c) ? ids.get(c) : outcomes.findByCode(c).orElseThrow().id()).toList());
        status.computeIfPresent(p.form().code(), (c, s) -> s == Status.UNCHANGED ? Status.UPDATED : s);
      }
    }
    var report = new ImportReport(true, List.of(),
        planned.stream().map(p -> new Row(p.row().line(), p.form().code(), status.get(p.form().code()), List.of())).toList());
    audit.record("import.curriculum", "curriculum", null,
        "created=" + report.count(Status.CREATED) + " updated=" + report.count(Status.UPDATED) + " unchanged=" + report.count(Status.UNCHANGED));
    return report;
  }

  private Planned plan(CSVRecord r, Set<String> seen, Set<String> inFile, Map<String, Outcomes.Outcome> existing) {
    String code = get(r, "code");
    Integer grade = null;
    var v = new Validation();
    try {
      grade = get(r, "grade") == null ? null : Integer.valueOf(get(r, "grade"));
    } catch (NumberFormatException e) {
      v.add("grade", "validation.format");
    }
    // A language the file has no column for keeps what Erdem has; a column present but empty clears it.
    var before = code == null ? null : existing.get(code);
    var form = new CurriculumService.OutcomeForm(code, get(r, "subject"), grade, text(r, "title", "mn", before), text(r, "title", "en", before),
        text(r, "title", "ru", before), text(r, "title", "kk", before), text(r, "description", "mn", before), text(r, "description", "en", before),
        text(r, "description", "ru", before), text(r, "description", "kk", before));
    v.required("code", code).matches("code", code, CurriculumService.CODE, "validation.outcome.code");
    if (code != null && !seen.add(code)) {
      v.add("code", "import.error.duplicate");
    }
    Set<String> prerequisites = new LinkedHashSet<>();
    String list = get(r, "prerequisites");
    if (!r.isMapped("prerequisites") && before != null) {
      outcomes.prerequisitesOf(before.id()).forEach(o -> prerequisites.add(o.code()));
    } else if (list != null) {
      prerequisites.addAll(Arrays.stream(list.split("[\\s;]+")).filter(s -> !s.isBlank()).toList());
    }
    for (String p : prerequisites) {
      if (!inFile.contains(p) && outcomes.findByCode(p).isEmpty()) {
        v.add("prerequisites", "validation.outcome.unknown", p);
      }
    }
    service.validate(form).copyInto(v, CurriculumCsv::column);
    var errors = v.errors();
    return new Planned(new Row(r.getRecordNumber() + 1, code, errors.isEmpty() ? Status.UNCHANGED : Status.INVALID, errors), form, prerequisites);
  }

  private static String text(CSVRecord r, String part, String lang, Outcomes.Outcome before) {
    String column = part + "_" + lang;
    if (r.isMapped(column) || before == null) {
      return get(r, column);
    }
    return (part.equals("title") ? before.titles() : before.descriptions()).get(lang);
  }

  private static Row invalid(Row row, String column, String key) {
    var errors = new ArrayList<>(row.errors());
    errors.add(new org.erdem.shared.ValidationException.FieldError(column, key));
    return new Row(row.line(), row.key(), Status.INVALID, errors);
  }

  /** Form fields to the CSV columns the report names. */
  private static String column(String field) {
    return field == null ? null : field.replaceAll("([A-Z])", "_$1").toLowerCase();
  }

  public String exportCsv() {
    access.requireReader();
    var all = outcomes.all();
    var graph = outcomes.graph();
    Map<String, Outcomes.Outcome> byCode = new LinkedHashMap<>();
    all.forEach(o -> byCode.put(o.code(), o));
    var out = new StringWriter();
    try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
      for (String code : graph.prerequisitesFirst(new ArrayList<>(byCode.keySet()))) {
        var o = byCode.get(code);
        var row = new ArrayList<Object>(List.of(o.code(), o.subject(), o.grade()));
        LANGS.forEach(l -> row.add(o.titles().getOrDefault(l, "")));
        LANGS.forEach(l -> row.add(o.descriptions().getOrDefault(l, "")));
        row.add(String.join(" ", outcomes.prerequisitesOf(o.id()).stream().map(Outcomes.Outcome::code).toList()));
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String get(CSVRecord rec, String column) {
    if (!rec.isMapped(column) || !rec.isSet(column)) {
      return null;
    }
    String value = rec.get(column);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
