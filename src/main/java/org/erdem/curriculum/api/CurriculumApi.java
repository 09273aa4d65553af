package org.erdem.curriculum.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.erdem.curriculum.internal.CurriculumCsv;
import org.erdem.curriculum.internal.CurriculumService;
import org.erdem.curriculum.internal.Outcomes;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.erdem.shared.web.ImportReportJson;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The curriculum over JSON and CSV; the same services and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class CurriculumApi {
  private final CurriculumService curriculum;
  private final CurriculumCsv csv;
  private final MessageSource messages;

  CurriculumApi(CurriculumService curriculum, CurriculumCsv csv, MessageSource messages) {
    this.curriculum = curriculum;
    this.csv = csv;
    this.messages = messages;
  }

  @GetMapping("/subjects")
  List<Outcomes.Subject> subjects() {
    return curriculum.subjects();
  }

  @GetMapping("/outcomes")
  Page<Outcomes.Outcome> outcomes(@RequestParam(required = false) String subject, @RequestParam(required = false) Integer grade,
      @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return curriculum.search(subject, grade, q, PageRequest.of(page, size));
  }

  @GetMapping("/outcomes/{code}")
  CurriculumService.OutcomeDetail outcome(@PathVariable String code) {
    return curriculum.get(code);
  }

  @PostMapping("/outcomes")
  ResponseEntity<CurriculumService.OutcomeDetail> create(@RequestBody CurriculumService.OutcomeForm form) {
    String code = curriculum.create(form);
    return ResponseEntity.created(URI.create("/api/v1/outcomes/" + code)).body(curriculum.get(code));
  }

  @PutMapping("/outcomes/{code}")
  CurriculumService.OutcomeDetail update(@PathVariable String code, @RequestBody CurriculumService.OutcomeForm form) {
    curriculum.update(code, form);
    return curriculum.get(code);
  }

  record PrerequisiteRequest(String code) {}

  @PostMapping("/outcomes/{code}/prerequisites")
  CurriculumService.OutcomeDetail addPrerequisite(@PathVariable String code, @RequestBody PrerequisiteRequest request) {
    curriculum.addPrerequisite(code, request.code());
    return curriculum.get(code);
  }

  @DeleteMapping("/outcomes/{code}/prerequisites/{prerequisite}")
  ResponseEntity<Void> removePrerequisite(@PathVariable String code, @PathVariable String prerequisite) {
    curriculum.removePrerequisite(code, prerequisite);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/curriculum/import", consumes = {"text/csv", "text/plain"})
  ResponseEntity<Map<String, Object>> importCsv(@RequestBody String body) {
    return ImportReportJson.response(csv.importCsv(body), messages);
  }

  @GetMapping(path = "/curriculum/export", produces = "text/csv")
  String export() {
    return csv.exportCsv();
  }
}
