package org.erdem.content.web;

import java.util.UUID;
import org.erdem.content.internal.LessonService;
import org.erdem.curriculum.Curriculum;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing lessons and taking them through review. */
@Controller
class AuthoringController {
  private final LessonService lessons;
  private final Curriculum curriculum;

  AuthoringController(LessonService lessons, Curriculum curriculum) {
    this.lessons = lessons;
    this.curriculum = curriculum;
  }

  @GetMapping("/authoring")
  String mine(Model model) {
    model.addAttribute("lessons", lessons.mine());
    model.addAttribute("subjects", curriculum.subjects());
    return "content/authoring";
  }

  @GetMapping("/review")
  String queue(Model model) {
    model.addAttribute("lessons", lessons.reviewQueue());
    model.addAttribute("subjects", curriculum.subjects());
    return "content/review";
  }

  @GetMapping("/lessons/new")
  String newForm(Model model) {
    lessons.mine();
    return form(model, null, LessonForm.empty(), FormErrors.NONE);
  }

  @PostMapping("/lessons")
  String create(@ModelAttribute LessonForm form, BindingResult binding, Model model) {
    if (binding.hasErrors()) {
      return form(model, null, form, FormErrors.of(binding));
    }
    try {
      return "redirect:/lessons/" + lessons.create(form.draft()) + "/workbench";
    } catch (ValidationException e) {
      return form(model, null, form, FormErrors.of(e));
    }
  }

  @GetMapping("/lessons/{id}/workbench")
  String workbench(@PathVariable UUID id, Model model) {
    return workbench(id, model, FormErrors.NONE);
  }

  private String workbench(UUID id, Model model, FormErrors errors) {
    model.addAttribute("bench", lessons.workbench(id));
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("errors", errors);
    return "content/workbench";
  }

  @GetMapping("/lessons/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    var bench = lessons.workbench(id);
    if (!bench.canEdit()) {
      throw new org.erdem.shared.AccessDeniedException();
    }
    return form(model, id, LessonForm.of(bench), FormErrors.NONE);
  }

  @PostMapping("/lessons/{id}")
  String save(@PathVariable UUID id, @ModelAttribute LessonForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return form(model, id, form, FormErrors.of(binding));
    }
    try {
      lessons.saveDraft(id, form.draft());
    } catch (ValidationException e) {
      return form(model, id, form, FormErrors.of(e));
    }
    redirect.addFlashAttribute("notice", "lesson.saved");
    return "redirect:/lessons/" + id + "/workbench";
  }

  @PostMapping("/lessons/{id}/submit")
  String submit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "lesson.submittedNotice", () -> lessons.submit(id));
  }

  @PostMapping("/lessons/{id}/approve")
  String approve(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "lesson.publishedNotice", () -> lessons.approve(id, comment));
  }

  @PostMapping("/lessons/{id}/return")
  String giveBack(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "lesson.returnedNotice", () -> lessons.returnToAuthor(id, comment));
  }

  @PostMapping("/lessons/{id}/comments")
  String comment(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "lesson.commentedNotice", () -> lessons.comment(id, comment));
  }

  @PostMapping("/lessons/{id}/archive")
  String archive(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "lesson.archivedNotice", () -> lessons.archive(id));
  }

  private String act(UUID id, Model model, RedirectAttributes redirect, String notice, Runnable action) {
    try {
      action.run();
    } catch (ValidationException e) {
      return workbench(id, model, FormErrors.of(e));
    }
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/lessons/" + id + "/workbench";
  }

  private String form(Model model, UUID id, LessonForm form, FormErrors errors) {
    model.addAttribute("lessonId", id);
    model.addAttribute("form", form);
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("errors", errors);
    return "content/lesson-form";
  }
}
