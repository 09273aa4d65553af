package org.erdem.registry.web;

import java.io.IOException;
import java.util.UUID;
import org.erdem.registry.internal.RegistryAccess;
import org.erdem.registry.internal.RosterImport;
import org.erdem.shared.ImportReport;
import org.erdem.shared.web.Uploads;
import org.erdem.registry.internal.SchoolService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploading a CSV of children or staff, with the row-by-row report. */
@Controller
class ImportController {
  private final RosterImport imports;
  private final SchoolService schools;
  private final RegistryAccess access;

  ImportController(RosterImport imports, SchoolService schools, RegistryAccess access) {
    this.imports = imports;
    this.schools = schools;
    this.access = access;
  }

  @GetMapping("/schools/{schoolId}/import")
  String form(@PathVariable UUID schoolId, Model model) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    return page(model, school, "children", null);
  }

  @PostMapping("/schools/{schoolId}/import")
  String upload(@PathVariable UUID schoolId, @RequestParam(defaultValue = "children") String kind,
      @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    ImportReport report = Uploads.text(file)
        .map(csv -> "staff".equals(kind) ? imports.importStaff(schoolId, csv) : imports.importChildren(schoolId, csv))
        .orElseGet(() -> ImportReport.fileError(Uploads.problem(file)));
    return page(model, school, kind, report);
  }

  private String page(Model model, SchoolService.School school, String kind, ImportReport report) {
    model.addAttribute("school", school);
    model.addAttribute("kind", kind);
    model.addAttribute("report", report);
    model.addAttribute("childColumns", RosterImport.CHILD_COLUMNS);
    model.addAttribute("staffColumns", RosterImport.STAFF_COLUMNS);
    return "registry/import";
  }
}
