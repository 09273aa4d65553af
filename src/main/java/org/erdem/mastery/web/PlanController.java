package org.erdem.mastery.web;

import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.mastery.internal.RemediationPlans;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Remediation plans: the teacher proposes, edits and approves; the child follows "My plan". */
@Controller
class PlanController {
  private final RemediationPlans plans;
  private final Curriculum curriculum;

  PlanController(RemediationPlans plans, Curriculum curriculum) {
    this.plans = plans;
    this.curriculum = curriculum;
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

  @GetMapping("/plans/{id}")
  String plan(@PathVariable UUID id, Model model) {
    return plan(id, model, FormErrors.NONE);
  }

  private String plan(UUID id, Model model, FormErrors errors) {
    model.addAttribute("plan", plans.get(id));
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("errors", errors);
    return "mastery/plan";
  }

  @PostMapping("/plans/{id}/steps/{position}/remove")
  String remove(@PathVariable UUID id, @PathVariable int position, Model model) {
    try {
      plans.removeStep(id, position);
    } catch (ValidationException e) {
      return plan(id, model, FormErrors.of(e));
    }
    return "redirect:/plans/" + id;
  }

  @PostMapping("/plans/{id}/approve")
  String approve(@PathVariable UUID id, Model model) {
    try {
      plans.approve(id);
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
