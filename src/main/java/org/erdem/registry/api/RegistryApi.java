package org.erdem.registry.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.identity.Guardianships;
import org.erdem.registry.ChildCard;
import org.erdem.registry.ClassCard;
import org.erdem.registry.Registry;
import org.erdem.registry.ScopeSummary;
import org.erdem.registry.internal.AcademicYears;
import org.erdem.registry.internal.ChildService;
import org.erdem.registry.internal.ClassService;
import org.erdem.registry.internal.GuardianLinks;
import org.erdem.registry.internal.OrgUnits;
import org.erdem.registry.internal.RegistryAccess;
import org.erdem.registry.internal.RosterImport;
import org.erdem.shared.ImportReport;
import org.erdem.shared.web.ImportReportJson;
import org.erdem.registry.internal.SchoolService;
import org.erdem.registry.internal.StaffService;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry over JSON; the same services and access rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class RegistryApi {
  private final OrgUnits units;
  private final RegistryAccess access;
  private final SchoolService schools;
  private final ClassService classes;
  private final ChildService children;
  private final StaffService staff;
  private final RosterImport imports;
  private final AcademicYears years;
  private final Registry registry;
  private final Guardianships guardianships;
  private final MessageSource messages;
  private final GuardianLinks guardianLinks;

  RegistryApi(OrgUnits units, RegistryAccess access, SchoolService schools, ClassService classes, ChildService children,
      StaffService staff, RosterImport imports, AcademicYears years, Registry registry, Guardianships guardianships, MessageSource messages,
      GuardianLinks guardianLinks) {
    this.units = units;
    this.access = access;
    this.schools = schools;
    this.classes = classes;
    this.children = children;
    this.staff = staff;
    this.imports = imports;
    this.years = years;
    this.registry = registry;
    this.guardianships = guardianships;
    this.messages = messages;
    this.guardianLinks = guardianLinks;
  }

  @GetMapping("/me/children")
  List<ChildCard> myChildren() {
    return registry.myChildren();
  }

  @GetMapping("/me/classes")
  List<ClassCard> myClasses() {
    return registry.myClasses();
  }

  @GetMapping("/me/scopes")
  List<ScopeSummary> myScopes() {
    return registry.myScopes();
  }

  @GetMapping("/academic-years")
  List<AcademicYears.AcademicYear> academicYears() {
    return years.all();
  }

  @GetMapping("/org-units/{id}")
  Map<String, Object> orgUnit(@PathVariable UUID id) {
    var unit = units.get(id);
    if (!access.canBrowse(unit.path())) {
      throw new AccessDeniedException();
    }
    return Map.of("unit", unit, "children", units.childrenWithCounts(id));
  }

  @PostMapping("/org-units/{id}/schools")
  ResponseEntity<SchoolService.School> createSchool(@PathVariable UUID id, @RequestBody SchoolService.SchoolForm form) {
    UUID schoolId = schools.create(id, form);
    return ResponseEntity.created(URI.create("/api/v1/schools/" + schoolId)).body(schools.get(schoolId));
  }

  @GetMapping("/schools/{id}")
  SchoolService.School school(@PathVariable UUID id) {
    return schools.get(id);
  }

  @PutMapping("/schools/{id}")
  SchoolService.School updateSchool(@PathVariable UUID id, @RequestBody SchoolService.SchoolForm form) {
    schools.update(id, form);
    return schools.get(id);
  }

  @GetMapping("/schools/{id}/classes")
  List<ClassService.SchoolClass> classes(@PathVariable UUID id) {
    return classes.ofSchool(id);
  }

  @PostMapping("/schools/{id}/classes")
  ResponseEntity<ClassService.SchoolClass> createClass(@PathVariable UUID id, @RequestBody ClassService.ClassForm form) {
    UUID classId = classes.create(id, form);
    return ResponseEntity.created(URI.create("/api/v1/classes/" + classId)).body(classes.get(classId));
  }

  @GetMapping("/classes/{id}")
  Map<String, Object> schoolClass(@PathVariable UUID id) {
    return Map.of("class", classes.get(id), "roster", classes.roster(id), "teachers", classes.teachers(id));
  }

  @PutMapping("/classes/{id}")
  ClassService.SchoolClass updateClass(@PathVariable UUID id, @RequestBody ClassService.ClassForm form) {
    classes.update(id, form);
    return classes.get(id);
  }

  @GetMapping("/schools/{id}/children")
  Page<ChildService.Child> children(@PathVariable UUID id, @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return children.search(id, q, PageRequest.of(page, size));
  }

  record NewChild(ChildService.ChildForm child, UUID classId) {}

  @PostMapping("/schools/{id}/children")
  ResponseEntity<ChildService.Child> createChild(@PathVariable UUID id, @RequestBody NewChild body) {
    UUID childId = children.create(id, body.child() == null ? new ChildService.ChildForm(null, null, null, null, null, null, null) : body.child(), body.classId());
    return ResponseEntity.created(URI.create("/api/v1/children/" + childId)).body(children.get(childId));
  }

  @GetMapping("/children/{id}")
  Map<String, Object> child(@PathVariable UUID id) {
    return Map.of("child", children.get(id), "enrolments", children.history(id), "guardians", guardianships.guardiansOf(id));
  }

  @PutMapping("/children/{id}")
  ChildService.Child updateChild(@PathVariable UUID id, @RequestBody ChildService.ChildForm form) {
    children.update(id, form);
    return children.get(id);
  }

  @PostMapping("/children/{id}/guardians")
  ResponseEntity<List<Guardianships.Guardian>> linkGuardian(@PathVariable UUID id, @RequestBody GuardianLinks.GuardianForm form) {
    guardianLinks.link(id, form);
    return ResponseEntity.status(HttpStatus.CREATED).body(guardianships.guardiansOf(id));
  }

  @org.springframework.web.bind.annotation.DeleteMapping("/children/{id}/guardians/{accountId}")
  ResponseEntity<Void> unlinkGuardian(@PathVariable UUID id, @PathVariable UUID accountId) {
    guardianLinks.unlink(id, accountId);
    return ResponseEntity.noContent().build();
  }

  record EnrolRequest(UUID classId) {}

  @PostMapping("/children/{id}/enrolments")
  List<ChildService.Enrolment> enrol(@PathVariable UUID id, @RequestBody EnrolRequest request) {
    if (request.classId() == null) {
      throw org.erdem.shared.ValidationException.of("classId", "validation.required");
    }
    children.enrol(id, request.classId());
    return children.history(id);
  }

  record TransferRequest(String schoolCode, String className) {}

  @PostMapping("/children/{id}/transfer")
  List<ChildService.Enrolment> transfer(@PathVariable UUID id, @RequestBody TransferRequest request) {
    children.transfer(id, request.schoolCode(), request.className());
    return children.history(id);
  }

  @GetMapping("/schools/{id}/staff")
  List<StaffService.StaffMember> staff(@PathVariable UUID id) {
    return staff.ofSchool(id);
  }

  record NewStaff(StaffService.StaffForm staff, String username, String password) {}

  @PostMapping("/schools/{id}/staff")
  ResponseEntity<Map<String, UUID>> createStaff(@PathVariable UUID id, @RequestBody NewStaff body) {
    UUID staffId = staff.create(id, body.staff() == null ? new StaffService.StaffForm(null, null, null, null, null, null, null) : body.staff(),
        body.username(), body.password());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", staffId));
  }

  @PostMapping(path = "/schools/{id}/imports/{kind}", consumes = {"text/csv", "text/plain"})
  ResponseEntity<Map<String, Object>> importCsv(@PathVariable UUID id, @PathVariable String kind, @RequestBody String csv) {
    ImportReport report = switch (kind) {
      case "children" -> imports.importChildren(id, csv);
      case "staff" -> imports.importStaff(id, csv);
      default -> throw new org.erdem.shared.NotFoundException("import kind " + kind);
    };
    return ImportReportJson.response(report, messages);
  }
}
