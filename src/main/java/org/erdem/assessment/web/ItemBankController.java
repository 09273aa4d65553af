package org.erdem.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.curriculum.Curriculum;
import org.erdem.shared.PageRequest;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The item bank and quizzes for authors, reviewers and teachers. */
@Controller
class ItemBankController {
  private final ItemService items;
  private final QuizService quizzes;
  private final Curriculum curriculum;

  ItemBankController(ItemService items, QuizService quizzes, Curriculum curriculum) {
    this.items = items;
    this.quizzes = quizzes;
    this.curriculum = curriculum;
  }

  @GetMapping("/items")
  String bank(@RequestParam(required = false) String outcome, @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("outcome", outcome == null ? "" : outcome);
    model.addAttribute("status", status);
    model.addAttribute("items", items.bank(outcome == null || outcome.isBlank() ? null : outcome.trim(), status == null || status.isBlank() ? null : status,
        PageRequest.of(page, 25)));
    return "assessment/items";
  }

  @GetMapping("/items/{id}")
  String item(@PathVariable UUID id, Model model) {
    return item(id, model, FormErrors.NONE);
  }

  private String item(UUID id, Model model, FormErrors errors) {
    model.addAttribute("view", items.get(id));
    model.addAttribute("outcome", curriculum.findOutcome(items.get(id).item().outcomeId()).orElse(null));
    model.addAttribute("errors", errors);
    return "assessment/item";
  }

  @GetMapping("/items/new")
  String newForm(@RequestParam(required = false) String outcome, Model model) {
    return form(model, ItemForm.empty(outcome == null ? "" : outcome), FormErrors.NONE);
  }

  @PostMapping("/items")
  String create(@ModelAttribute ItemForm form, Model model) {
    try {
      return "redirect:/items/" + items.create(form.draft());
    } catch (ValidationException e) {
      return form(model, form, fieldErrors(e, form));
    }
  }

  @GetMapping("/items/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    var view = items.get(id);
    String code = curriculum.findOutcome(view.item().outcomeId()).map(o -> o.code()).orElse("");
    model.addAttribute("itemId", id);
    return form(model, ItemForm.of(view, code), FormErrors.NONE);
  }

  @PostMapping("/items/{id}/edit")
  String update(@PathVariable UUID id, @ModelAttribute ItemForm form, Model model) {
    try {
      items.update(id, form.draft());
      return "redirect:/items/" + id;
    } catch (ValidationException e) {
      model.addAttribute("itemId", id);
      return form(model, form, fieldErrors(e, form));
    }
  }

  private static FormErrors fieldErrors(ValidationException e, ItemForm form) {
    return FormErrors.of(e).renamed(Map.of("stem", "stemMn", "choices", "choicesMn", "accepted", "acceptedMn",
        "pairs", "pairsMn", "variants", "stemMn", "answer", "numeric".equals(form.type()) ? "value" : "correct"));
  }

  @PostMapping("/items/{id}/{action}")
  String act(@PathVariable UUID id, @PathVariable String action, Model model, RedirectAttributes redirect) {
    try {
      switch (action) {
        case "submit" -> items.submit(id);
        case "publish" -> items.decide(id, true);
        case "return" -> items.decide(id, false);
        default -> throw new org.erdem.shared.NotFoundException(action);
      }
    } catch (ValidationException e) {
      return item(id, model, FormErrors.of(e));
    }
    redirect.addFlashAttribute("notice", "item.notice." + action);
    return "redirect:/items/" + id;
  }

  private String form(Model model, ItemForm form, FormErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "assessment/item-form";
  }

  @GetMapping("/quizzes")
  String quizzes(@RequestParam(required = false) String subject, @RequestParam(required = false) Integer grade, Model model) {
    model.addAttribute("subject", subject);
    model.addAttribute("grade", grade);
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("quizzes", quizzes.list(subject == null || subject.isBlank() ? null : subject, grade));
    return "assessment/quizzes";
  }

  @GetMapping("/quizzes/new")
  String newQuiz(Model model) {
    return quizForm(model, new QuizForm("", "", null, null, null, 1, "after_submit", ""), FormErrors.NONE);
  }

  @PostMapping("/quizzes")
  String createQuiz(@ModelAttribute QuizForm form, org.springframework.validation.BindingResult binding, Model model) {
    if (binding.hasErrors()) {
      return quizForm(model, form, FormErrors.of(binding));
    }
    try {
      return "redirect:/quizzes/" + quizzes.create(form.draft());
    } catch (ValidationException e) {
      return quizForm(model, form, FormErrors.of(e).renamed(Map.of("timeLimitSeconds", "minutes", "titles", "titleMn", "itemIds", "pools")));
    }
  }

  private String quizForm(Model model, QuizForm form, FormErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("errors", errors);
    return "assessment/quiz-form";
  }
}
