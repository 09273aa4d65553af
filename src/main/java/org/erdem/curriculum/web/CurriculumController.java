package org.erdem.curriculum.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.erdem.curriculum.internal.CurriculumCsv;
import org.erdem.curriculum.internal.CurriculumService;
import org.erdem.curriculum.internal.CurriculumService.OutcomeForm;
import org.erdem.shared.ImportReport;
import org.erdem.shared.PageRequest;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.erdem.shared.web.Uploads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The curriculum pages: subjects, outcomes by grade, one outcome with what it builds on, import and export. */
@Controller
class CurriculumController {
  private final CurriculumService curriculum;
  private final CurriculumCsv csv;

  CurriculumController(CurriculumService curriculum, CurriculumCsv csv) {
    this.curriculum = curriculum;
    this.csv = csv;
  }

  @GetMapping("/curriculum")
  String subjects(Model model) {
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("canEdit", curriculum.canEdit());
    return "curriculum/subjects";
  }

  @GetMapping("/curriculum/subjects/{subject}")
  String outcomes(@PathVariable String subject, @RequestParam(required = false) Integer grade, @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page, Model model) {
    var found = curriculum.subjects().stream().filter(s -> s.code().equals(subject)).findFirst()
        .orElseThrow(() -> new org.erdem.shared.NotFoundException("subject " + subject));
    model.addAttribute("subject", found);
    model.addAttribute("grade", grade);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("outcomes", curriculum.search(subject, grade, q, PageRequest.of(page, 50)));
    model.addAttribute("canEdit", curriculum.canEdit());
    return "curriculum/outcomes";
  }

  @GetMapping("/curriculum/outcomes/{code}")
  String outcome(@PathVariable String code, Model model) {
    return outcome(code, model, FormErrors.NONE);
  }

  private String outcome(String code, Model model, FormErrors errors) {
    model.addAttribute("detail", curriculum.get(code));
    model.addAttribute("canEdit", curriculum.canEdit());
    model.addAttribute("errors", errors);
    return "curriculum/outcome";
  }

  @GetMapping("/curriculum/new")
  String newForm(@RequestParam(required = false) String subject, Model model) {
    return form(model, null, new OutcomeForm("", subject, null, "", "", "", "", "", "", "", ""), FormErrors.NONE);
  }

  @PostMapping("/curriculum/outcomes")
  String create(@ModelAttribute OutcomeForm form, BindingResult binding, Model model) {
    if (binding.hasErrors()) {
      return form(model, null, form, FormErrors.of(binding));
    }
    try {
      return "redirect:/curriculum/outcomes/" + curriculum.create(form);
    } catch (ValidationException e) {
      return form(model, null, form, FormErrors.of(e));
    }
  }

  @GetMapping("/curriculum/outcomes/{code}/edit")
  String editForm(@PathVariable String code, Model model) {
    var detail = curriculum.get(code);
    return form(model, code, OutcomeForm.of(detail.outcome()), FormErrors.NONE);
  }

  @PostMapping("/curriculum/outcomes/{code}")
  String update(@PathVariable String code, @ModelAttribute OutcomeForm form, BindingResult binding, Model model) {
    if (binding.hasErrors()) {
      return form(model, code, form, FormErrors.of(binding));
    }
    try {
      curriculum.update(code, form);
      return "redirect:/curriculum/outcomes/" + code;
    } catch (ValidationException e) {
      return form(model, code, form, FormErrors.of(e));
    }
  }

  @PostMapping("/curriculum/outcomes/{code}/prerequisites")
  String addPrerequisite(@PathVariable String code, @RequestParam(required = false) String prerequisite, Model model) {
    try {
      curriculum.addPrerequisite(code, prerequisite);
      return "redirect:/curriculum/outcomes/" + code;
    } catch (ValidationException e) {
      return outcome(code, model, FormErrors.of(e));
    }
  }

  @PostMapping("/curriculum/outcomes/{code}/prerequisites/{prerequisite}/remove")
  String removePrerequisite(@PathVariable String code, @PathVariable String prerequisite) {
    curriculum.removePrerequisite(code, prerequisite);
    return "redirect:/curriculum/outcomes/" + code;
  }

  @GetMapping("/curriculum/import")
  String importForm(Model model) {
    if (!curriculum.canEdit()) {
      throw new org.erdem.shared.AccessDeniedException();
    }
    model.addAttribute("columns", CurriculumCsv.COLUMNS);
    return "curriculum/import";
  }

  @PostMapping("/curriculum/import")
  String importFile(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
    if (!curriculum.canEdit()) {
      throw new org.erdem.shared.AccessDeniedException();
    }
    ImportReport report = Uploads.text(file).map(csv::importCsv).orElseGet(() -> ImportReport.fileError(Uploads.problem(file)));
    model.addAttribute("columns", CurriculumCsv.COLUMNS);
    model.addAttribute("report", report);
    return "curriculum/import";
  }

  @GetMapping("/curriculum/export.csv")
  ResponseEntity<byte[]> export() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"curriculum.csv\"")
        .body(csv.exportCsv().getBytes(StandardCharsets.UTF_8));
  }

  private String form(Model model, String code, OutcomeForm form, FormErrors errors) {
    if (!curriculum.canEdit()) {
      throw new org.erdem.shared.AccessDeniedException();
    }
    model.addAttribute("code", code);
    model.addAttribute("form", form);
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("errors", errors);
    return "curriculum/outcome-form";
  }
}
