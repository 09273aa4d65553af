package org.erdem.assessment.web;

import java.util.UUID;
import org.erdem.assessment.TimeAccommodations;
import org.erdem.assessment.internal.ItemStatistics;
import org.erdem.assessment.internal.QuizService;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** For teachers: how a quiz's items worked, and a child's extra time. */
@Controller
class TeacherToolsController {
  private final ItemStatistics statistics;
  private final QuizService quizzes;
  private final TimeAccommodations accommodations;
  private final Registry registry;

  TeacherToolsController(ItemStatistics statistics, QuizService quizzes, TimeAccommodations accommodations, Registry registry) {
    this.statistics = statistics;
    this.quizzes = quizzes;
    this.accommodations = accommodations;
    this.registry = registry;
  }

  @GetMapping("/quizzes/{id}/statistics")
  String statistics(@PathVariable UUID id, @RequestParam(required = false) UUID context, Model model) {
    model.addAttribute("quiz", quizzes.get(id));
    model.addAttribute("stats", statistics.forQuiz(id, context));
    return "assessment/statistics";
  }

  @GetMapping("/children/{id}/time")
  String timeForm(@PathVariable UUID id, Model model) {
    return timeForm(id, model, FormErrors.NONE);
  }

  private String timeForm(UUID id, Model model, FormErrors errors) {
    model.addAttribute("child", registry.visibleChild(id).orElseThrow(AccessDeniedException::new));
    model.addAttribute("accommodation", accommodations.of(id).orElse(new TimeAccommodations.TimeAccommodation(0, false, "teacher")));
    model.addAttribute("errors", errors);
    return "assessment/time";
  }

  @PostMapping("/children/{id}/time")
  String setTime(@PathVariable UUID id, @RequestParam(defaultValue = "0") String extraPercent, @RequestParam(defaultValue = "false") boolean noTimeLimit,
      Model model, RedirectAttributes redirect) {
    try {
      int extra;
      try {
        extra = Integer.parseInt(extraPercent.trim());
      } catch (NumberFormatException e) {
        throw ValidationException.of("extraPercent", "validation.format");
      }
      accommodations.set(id, new TimeAccommodations.TimeAccommodation(extra, noTimeLimit, "teacher"));
    } catch (ValidationException e) {
      return timeForm(id, model, FormErrors.of(e));
    }
    redirect.addFlashAttribute("notice", "time.saved");
    return "redirect:/children/" + id + "/time";
  }
}
