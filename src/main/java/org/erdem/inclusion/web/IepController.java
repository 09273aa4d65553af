package org.erdem.inclusion.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.erdem.inclusion.Accommodation;
import org.erdem.inclusion.internal.GoalProgress;
import org.erdem.inclusion.internal.IepForm;
import org.erdem.inclusion.internal.Ieps;
import org.erdem.inclusion.internal.SenRecords;
import org.erdem.shared.Calendar;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing an IEP, reading it (also printed), and moving it through draft, active, review and closed. */
@Controller
class IepController {
  private final Ieps ieps;
  private final SenRecords records;
  private final GoalProgress progress;
  private final MessageSource messages;

  IepController(Ieps ieps, SenRecords records, GoalProgress progress, MessageSource messages) {
    this.messages = messages;
    this.ieps = ieps;
    this.records = records;
    this.progress = progress;
  }

  @GetMapping("/children/{id}/ieps/new")
  String blank(@PathVariable UUID id, Model model) {
    var today = Calendar.today();
    return form(model, id, null, new IepForm("", today, today.plusMonths(3), today.plusYears(1), List.of(), java.util.Map.of(), List.of(), List.of()),
        FormErrors.NONE);
  }

  @PostMapping("/children/{id}/ieps")
  String create(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
    var parsed = IepFormParams.parse(params);
    try {
      if (!parsed.unreadable().isEmpty()) {
        throw new ValidationException(parsed.unreadable());
      }
      return "redirect:/ieps/" + ieps.create(id, parsed.form());
    } catch (ValidationException e) {
      return form(model, id, null, parsed.form(), FormErrors.of(e));
    }
  }

  @GetMapping("/ieps/{id}")
  String show(@PathVariable UUID id, Model model) {
    var page = ieps.page(id);
    model.addAttribute("iep", page.iep());
    model.addAttribute("record", records.of(page.iep().childId()));
    model.addAttribute("versions", page.versions());
    model.addAttribute("progress", page.progress());
    model.addAttribute("errors", FormErrors.NONE);
    return "inclusion/iep";
  }

  @PostMapping("/goals/{goalId}/progress")
  String recordProgress(@PathVariable UUID goalId, @RequestParam UUID iepId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn,
      @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
    try {
      return "redirect:/ieps/" + progress.record(goalId, recordedOn, value, note);
    } catch (ValidationException e) {
      show(iepId, model);
      model.addAttribute("errors", FormErrors.of(e));
      return "inclusion/iep";
    }
  }

  /** The plan as a PDF in the reader's language; reading it is audited like reading the page. */
  @GetMapping("/ieps/{id}/plan.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
    var iep = ieps.get(id);
    byte[] pdf = IepPdfView.render(iep, records.of(iep.childId()).child(), (key, args) -> messages.getMessage(key, args, key, locale),
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale)::format);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"iep.pdf\"").header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
  }

  @GetMapping("/ieps/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    var iep = ieps.get(id);
    return form(model, iep.childId(), id, ieps.formOf(iep), FormErrors.NONE);
  }

  @PostMapping("/ieps/{id}/edit")
  String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
    var iep = ieps.get(id);
    var parsed = IepFormParams.parse(params);
    try {
      if (!parsed.unreadable().isEmpty()) {
        throw new ValidationException(parsed.unreadable());
      }
      ieps.update(id, parsed.form());
      return "redirect:/ieps/" + id;
    } catch (ValidationException e) {
      return form(model, iep.childId(), id, parsed.form(), FormErrors.of(e));
    }
  }

  @PostMapping("/ieps/{id}/{action:activate|review|close}")
  String status(@PathVariable UUID id, @PathVariable String action, Model model, RedirectAttributes redirect) {
    try {
      switch (action) {
        case "activate" -> ieps.activate(id);
        case "review" -> ieps.startReview(id);
        default -> ieps.close(id);
      }
    } catch (ValidationException e) {
      show(id, model);
      model.addAttribute("errors", FormErrors.of(e));
      return "inclusion/iep";
    }
    redirect.addFlashAttribute("notice", "iep.notice." + action);
    return "redirect:/ieps/" + id;
  }

  private String form(Model model, UUID childId, UUID iepId, IepForm form, FormErrors errors) {
    model.addAttribute("record", records.of(childId));
    model.addAttribute("iepId", iepId);
    model.addAttribute("form", form);
    model.addAttribute("catalogue", List.of(Accommodation.values()));
    model.addAttribute("errors", errors);
    return "inclusion/iep-form";
  }
}
