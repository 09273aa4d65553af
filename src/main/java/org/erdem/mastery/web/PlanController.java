package org.erdem.mastery.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.erdem.mastery.internal.RemediationPlans;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Remediation plans: the teacher proposes (for a child or a group), edits and approves; the child follows "My plan". */
@Controller
class PlanController {
  private final RemediationPlans plans;
  private final Registry registry;

  PlanController(RemediationPlans plans, Registry registry) {
    this.plans = plans;
    this.registry = registry;
  }

  @PostMapping("/children/{id}/plans")
  String propose(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      return "redirect:/plans/" + plans.propose(id);
    } catch (ValidationException e) {
      redirect.addFlashAttribute("notice", e.errors().get(0).messageKey());
      return "redirect:/children/" + id + "/progress";
    }
  }

  @PostMapping("/classes/{id}/plans")
  String proposeForGroup(@PathVariable UUID id, @RequestParam UUID outcomeId, @RequestParam(name = "child", required = false) List<UUID> children,
      RedirectAttributes redirect) {
    try {
      return "redirect:/plans/" + plans.proposeForGroup(id, outcomeId, children == null ? List.of() : children);
    } catch (ValidationException e) {
      redirect.addFlashAttribute("notice", e.errors().get(0).messageKey());
      return "redirect:/classes/" + id + "/gaps/" + outcomeId;
    }
  }

  @GetMapping("/plans/{id}")
  String plan(@PathVariable UUID id, Model model) {
    return plan(id, model, FormErrors.NONE);
  }

  private String plan(UUID id, Model model, FormErrors errors) {
    var plan = plans.get(id);
    model.addAttribute("plan", plan);
    Map<UUID, ChildCard> children = plan.isGroup()
        ? registry.roster(plan.classId()).stream().collect(Collectors.toMap(ChildCard::id, Function.identity()))
        : registry.visibleChild(plan.members().get(0).childId()).stream().collect(Collectors.toMap(ChildCard::id, Function.identity()));
    model.addAttribute("children", children);
    var editable = plan.status().equals("proposed");
    model.addAttribute("lessons", editable
        ? plan.steps().stream().collect(Collectors.toMap(RemediationPlans.Step::position, s -> plans.lessonsFor(s.outcome())))
        : Map.of());
    model.addAttribute("errors", errors);
    return "mastery/plan";
  }

  @PostMapping("/plans/{id}/steps/{position}/remove")
  String remove(@PathVariable UUID id, @PathVariable int position, Model model) {
    return change(id, model, () -> plans.removeStep(id, position));
  }

  @PostMapping("/plans/{id}/steps/{position}/lesson")
  String chooseLesson(@PathVariable UUID id, @PathVariable int position, @RequestParam(required = false) UUID lessonId, Model model) {
    return change(id, model, () -> plans.chooseLesson(id, position, lessonId));
  }

  @PostMapping("/plans/{id}/approve")
  String approve(@PathVariable UUID id, Model model) {
    return change(id, model, () -> plans.approve(id));
  }

  private String change(UUID id, Model model, Runnable action) {
    try {
      action.run();
    } catch (ValidationException e) {
      return plan(id, model, FormErrors.of(e));
    }
    return "redirect:/plans/" + id;
  }

  @GetMapping("/my/plan")
  String mine(Model model) {
    model.addAttribute("plans", plans.mine());
    return "mastery/my-plan";
  }
}
