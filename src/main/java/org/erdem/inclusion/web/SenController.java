package org.erdem.inclusion.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.erdem.inclusion.internal.AssessmentFiles;
import org.erdem.inclusion.internal.Consents;
import org.erdem.inclusion.internal.SenProfiles;
import org.erdem.inclusion.internal.SenRecords;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's SEN record: consent, needs, referrals, functional assessments and plans. */
@Controller
class SenController {
  private final SenRecords records;
  private final Consents consents;
  private final SenProfiles profiles;
  private final AssessmentFiles files;

  SenController(SenRecords records, Consents consents, SenProfiles profiles, AssessmentFiles files) {
    this.files = files;
    this.records = records;
    this.consents = consents;
    this.profiles = profiles;
  }

  @GetMapping("/children/{id}/sen")
  String record(@PathVariable UUID id, Model model) {
    return page(id, model, FormErrors.NONE);
  }

  private String page(UUID id, Model model, FormErrors errors) {
    model.addAttribute("record", records.of(id));
    model.addAttribute("categories", profiles.categories());
    model.addAttribute("errors", errors);
    return "inclusion/record";
  }

  @PostMapping("/children/{id}/sen/consent")
  String paperConsent(@PathVariable UUID id, @RequestParam(required = false) String givenBy,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "sen.notice.consent", () -> consents.recordPaper(id, new Consents.PaperConsent(givenBy, givenOn)));
  }

  @PostMapping("/children/{id}/sen/consent/online")
  String onlineConsent(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "sen.notice.consent", () -> consents.giveOnline(id));
  }

  @PostMapping("/children/{id}/sen/consent/withdraw")
  String withdraw(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "sen.notice.withdrawn", () -> consents.withdraw(id));
  }

  @PostMapping("/children/{id}/sen/profile")
  String profile(@PathVariable UUID id, @RequestParam(name = "category", required = false) List<String> categories,
      @RequestParam(required = false) String description, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "sen.notice.saved",
        () -> profiles.saveProfile(id, new SenProfiles.Profile(categories == null ? List.of() : categories, description)));
  }

  @PostMapping("/children/{id}/sen/referrals")
  String referral(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referredOn,
      @RequestParam(required = false) String referredBy, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String status, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "sen.notice.saved",
        () -> profiles.addReferral(id, new SenProfiles.Referral(null, referredOn, referredBy, reason, status)));
  }

  @PostMapping("/children/{id}/sen/assessments")
  String assessment(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
      @RequestParam(required = false) String assessor, @RequestParam(required = false) String instrument,
      @RequestParam(required = false) String findings, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "sen.notice.saved",
        () -> profiles.addAssessment(id, new SenProfiles.Assessment(null, assessedOn, assessor, instrument, findings)));
  }

  @PostMapping("/children/{id}/sen/assessments/{assessmentId}/files")
  String attach(@PathVariable UUID id, @PathVariable UUID assessmentId,
      @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "sen.notice.saved", () -> {
      if (file != null && file.getSize() > AssessmentFiles.LIMIT) {
        throw ValidationException.of("file", "validation.sen.fileTooLarge", AssessmentFiles.LIMIT >> 20);
      }
      try {
        files.attach(assessmentId, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A file of an assessment, downloaded (never shown inline), read under the record's need-to-know. */
  @GetMapping("/assessment-files/{fileId}")
  ResponseEntity<Resource> file(@PathVariable UUID fileId) {
    var opened = files.open(fileId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(opened.file().mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(opened.file().filename(), StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store").body(opened.content());
  }

  private String act(UUID id, Model model, RedirectAttributes redirect, String notice, Runnable action) {
    try {
      action.run();
    } catch (ValidationException e) {
      return page(id, model, FormErrors.of(e));
    }
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/children/" + id + "/sen";
  }
}
