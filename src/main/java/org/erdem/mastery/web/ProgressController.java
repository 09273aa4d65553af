package org.erdem.mastery.web;

import java.util.List;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.mastery.internal.MasteryService;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "My progress": what a child has learned, per subject, simply. Guardians and teachers see the same per child. */
@Controller
class ProgressController {
  private final MasteryService mastery;
  private final Curriculum curriculum;
  private final org.erdem.registry.Registry registry;
  private final org.erdem.mastery.internal.RemediationPlans plans;

  ProgressController(MasteryService mastery, Curriculum curriculum, org.erdem.registry.Registry registry,
      org.erdem.mastery.internal.RemediationPlans plans) {
    this.plans = plans;
    this.mastery = mastery;
    this.curriculum = curriculum;
    this.registry = registry;
  }

  @GetMapping("/my/progress")
  String mine(Model model) {
    model.addAttribute("estimates", mastery.mine());
    model.addAttribute("gaps", List.of());
    model.addAttribute("subjects", curriculum.subjects());
    return "mastery/progress";
  }

  @GetMapping("/children/{id}/progress")
  String child(@PathVariable UUID id, Model model) {
    model.addAttribute("estimates", mastery.forChild(id));
    model.addAttribute("gaps", mastery.gaps(id));
    registry.visibleChild(id).ifPresent(c -> model.addAttribute("childName", c.givenName() + " " + c.familyName()));
    model.addAttribute("childId", id);
    model.addAttribute("plans", plans.forChild(id));
    model.addAttribute("canPlan", plans.canPropose());
    model.addAttribute("subjects", curriculum.subjects());
    return "mastery/progress";
  }

  @GetMapping("/classes/{id}/mastery")
  String heatMap(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) String subject, Model model) {
    model.addAttribute("classId", id);
    model.addAttribute("subject", subject);
    model.addAttribute("map", mastery.heatMap(id, subject));
    model.addAttribute("subjects", curriculum.subjects());
    return "mastery/heatmap";
  }

  @Component
  static class Nav implements NavContributor {
    @Override
    public List<NavItem> items(Caller caller) {
      return caller.has(Role.STUDENT) ? List.of(new NavItem("nav.myProgress", "/my/progress"), new NavItem("nav.myPlan", "/my/plan")) : List.of();
    }
  }
}
