package org.erdem.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.assessment.internal.AttemptService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.ThisPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Taking a quiz on any phone: one question per page, working without JavaScript; with it, each
 * answer is saved as soon as it is given, without a page load.
 */
@Controller
class QuizController {
  private final QuizService quizzes;
  private final AttemptService attempts;
  private final org.erdem.identity.Callers callers;

  QuizController(QuizService quizzes, AttemptService attempts, org.erdem.identity.Callers callers) {
    this.quizzes = quizzes;
    this.attempts = attempts;
    this.callers = callers;
  }

  @GetMapping("/quizzes/{id}")
  String quiz(@PathVariable UUID id, @RequestParam(required = false) UUID context, Model model) {
    ThisPage.keep(Notice.quiz(id));
    model.addAttribute("quiz", quizzes.get(id));
    model.addAttribute("context", context);
    model.addAttribute("errors", FormErrors.NONE);
    model.addAttribute("canAssign", callers.current().has(org.erdem.identity.Role.TEACHER));
    return "assessment/quiz";
  }

  @PostMapping("/quizzes/{id}/attempts")
  String start(@PathVariable UUID id, @RequestParam(required = false) UUID context, Model model) {
    try {
      var state = attempts.start(id, context);
      return "redirect:/attempts/" + state.attemptId() + "/questions/" + firstUnanswered(state);
    } catch (ValidationException e) {
      model.addAttribute("quiz", quizzes.get(id));
      model.addAttribute("context", context);
      model.addAttribute("errors", FormErrors.of(e));
      return "assessment/quiz";
    }
  }

  private static int firstUnanswered(AttemptService.State state) {
    int i = state.answered().indexOf(false);
    return i < 0 ? 0 : i;
  }

  @GetMapping("/attempts/{id}")
  String overview(@PathVariable UUID id, Model model) {
    var state = attempts.state(id);
    if (state.submitted()) {
      return "redirect:/attempts/" + id + "/result";
    }
    model.addAttribute("state", state);
    return "assessment/overview";
  }

  @GetMapping("/attempts/{id}/questions/{position}")
  String question(@PathVariable UUID id, @PathVariable int position, Model model) {
    return question(id, position, model, FormErrors.NONE);
  }

  private String question(UUID id, int position, Model model, FormErrors errors) {
    var question = attempts.question(id, position, LocaleContextHolder.getLocale().getLanguage());
    if (question.submitted()) {
      return "redirect:/attempts/" + id + "/result";
    }
    model.addAttribute("question", question);
    model.addAttribute("clientId", UUID.randomUUID());
    model.addAttribute("seq", System.currentTimeMillis());
    model.addAttribute("errors", errors);
    return "assessment/question";
  }

  /** Saves the answer (if one was given) and goes on: to the next, the previous question, or the overview. */
  @PostMapping("/attempts/{id}/questions/{position}")
  String answer(@PathVariable UUID id, @PathVariable int position, @RequestParam MultiValueMap<String, String> form,
      @RequestParam(defaultValue = "next") String go, Model model) {
    try {
      save(id, position, form);
    } catch (ValidationException e) {
      return question(id, position, model, FormErrors.of(e));
    }
    var state = attempts.state(id);
    if (state.submitted()) {
      return "redirect:/attempts/" + id + "/result";
    }
    int total = state.answered().size();
    return switch (go) {
      case "previous" -> "redirect:/attempts/" + id + "/questions/" + Math.max(0, position - 1);
      case "next" -> position + 1 < total ? "redirect:/attempts/" + id + "/questions/" + (position + 1) : "redirect:/attempts/" + id;
      default -> "redirect:/attempts/" + id;
    };
  }

  /** The same, for the page's script: saves without leaving the page. */
  @PostMapping(path = "/attempts/{id}/questions/{position}/save", produces = "application/json")
  @ResponseBody
  ResponseEntity<AttemptService.Ack> saveNow(@PathVariable UUID id, @PathVariable int position, @RequestParam MultiValueMap<String, String> form) {
    var ack = save(id, position, form);
    return ack == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(ack);
  }

  private AttemptService.Ack save(UUID id, int position, MultiValueMap<String, String> form) {
    var question = attempts.question(id, position, null);
    Map<String, Object> response = response(question.type(), form);
    if (response.isEmpty()) {
      return null;
    }
    UUID clientId = parse(form.getFirst("clientId"));
    Long seq = number(form.getFirst("seq"));
    return attempts.answer(id, position, clientId, seq, response);
  }

  @PostMapping("/attempts/{id}/submit")
  String submit(@PathVariable UUID id) {
    attempts.submit(id);
    return "redirect:/attempts/" + id + "/result";
  }

  @GetMapping("/attempts/{id}/result")
  String result(@PathVariable UUID id, Model model) {
    model.addAttribute("result", attempts.result(id));
    return "assessment/result";
  }

  /** The form's fields as the answer of the question's type; empty when nothing was answered. */
  static Map<String, Object> response(String type, MultiValueMap<String, String> form) {
    var r = new LinkedHashMap<String, Object>();
    switch (type) {
      case "single" -> put(r, "choice", integer(form.getFirst("choice")));
      case "multiple" -> {
        List<Integer> chosen = integers(form.get("choices"));
        if (!chosen.isEmpty()) {
          r.put("choices", chosen);
        }
      }
      case "truefalse" -> put(r, "value", form.getFirst("value") == null ? null : Boolean.valueOf(form.getFirst("value")));
      case "numeric" -> put(r, "value", org.erdem.shared.Text.blankToNull(form.getFirst("value")));
      case "short" -> put(r, "text", org.erdem.shared.Text.blankToNull(form.getFirst("text")));
      case "ordering" -> putAll(r, "order", form.get("order"));
      case "matching" -> putAll(r, "matches", form.get("matches"));
      default -> { }
    }
    return r;
  }

  /** Keeps what was chosen, with gaps for places left empty, so that a half-done ordering is not lost. */
  private static void putAll(Map<String, Object> r, String key, List<String> values) {
    if (values == null || values.stream().allMatch(v -> integer(v) == null)) {
      return;
    }
    r.put(key, values.stream().map(QuizController::integer).toList());
  }

  private static void put(Map<String, Object> r, String key, Object value) {
    if (value != null) {
      r.put(key, value);
    }
  }

  private static List<Integer> integers(List<String> values) {
    var list = new ArrayList<Integer>();
    if (values != null) {
      values.stream().map(QuizController::integer).filter(java.util.Objects::nonNull).forEach(list::add);
    }
    return list;
  }

  private static Integer integer(String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long number(String s) {
    try {
      return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }


  private static UUID parse(String s) {
    try {
      return s == null ? null : UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("clientId", "validation.format");
    }
  }
}
