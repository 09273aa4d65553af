package org.erdem.content.web;

import java.util.UUID;
import org.erdem.content.internal.LessonService;
import org.erdem.content.internal.Lessons;
import org.erdem.curriculum.Curriculum;
import org.erdem.shared.PageRequest;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.ThisPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The national lesson library: search, and reading a lesson in the language one chooses. */
@Controller
class LibraryController {
  private final LessonService lessons;
  private final Curriculum curriculum;
  private final org.erdem.identity.Callers callers;

  private final java.util.List<org.erdem.content.ReaderPreferences> readerPreferences;

  LibraryController(LessonService lessons, Curriculum curriculum, org.erdem.identity.Callers callers,
      java.util.List<org.erdem.content.ReaderPreferences> readerPreferences) {
    this.readerPreferences = readerPreferences;
    this.lessons = lessons;
    this.curriculum = curriculum;
    this.callers = callers;
  }

  @GetMapping("/library")
  String search(@RequestParam(required = false) String q, @RequestParam(required = false) String subject,
      @RequestParam(required = false) Integer grade, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String language, @RequestParam(required = false) String media,
      @RequestParam(required = false) Integer page, Model model) {
    UUID outcomeId = outcome == null || outcome.isBlank() ? null
        : curriculum.findOutcomeByCode(outcome.trim()).map(o -> o.id()).orElse(new UUID(0, 0));
    var query = new Lessons.Query(q, org.erdem.shared.Text.blankToNull(subject), grade, outcomeId, org.erdem.shared.Text.blankToNull(language), org.erdem.shared.Text.blankToNull(media));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("subject", subject);
    model.addAttribute("grade", grade);
    model.addAttribute("outcome", outcome == null ? "" : outcome);
    model.addAttribute("language", language);
    model.addAttribute("media", media);
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("lessons", lessons.search(query, PageRequest.of(page, 20)));
    return "content/library";
  }

  @GetMapping("/lessons/{id}")
  String read(@PathVariable UUID id, @RequestParam(required = false) String variant, Model model) {
    ThisPage.keep(Notice.lesson(id));
    var preferences = readerPreferences.stream().map(org.erdem.content.ReaderPreferences::current).findFirst()
        .orElse(org.erdem.content.ReaderPreferences.Preferences.NONE);
    model.addAttribute("lesson", lessons.read(id, variant != null ? variant : LocaleContextHolder.getLocale().getLanguage())
        .preferring(preferences.mediaRolesFirst()));
    model.addAttribute("captionsOn", preferences.captionsOn());
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("canAssign", callers.current().has(org.erdem.identity.Role.TEACHER));
    return "content/lesson";
  }

}
