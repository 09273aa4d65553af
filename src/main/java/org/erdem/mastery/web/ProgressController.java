package org.erdem.mastery.web;

import java.util.List;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.mastery.internal.Achievements;
import org.erdem.mastery.internal.ClassMastery;
import org.erdem.mastery.internal.KnowledgeGaps;
import org.erdem.mastery.internal.MasteryService;
import org.erdem.mastery.internal.RemediationPlans;
import org.erdem.registry.ChildLinks;
import org.erdem.registry.Registry;
import org.erdem.shared.web.NavItem;
import org.erdem.shared.web.ThisPage;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "My progress": what a child has learned, per subject, simply. Guardians and teachers see the same per child; teachers the class. */
@Controller
class ProgressController {
  private final MasteryService mastery;
  private final Achievements achievements;
  private final KnowledgeGaps gaps;
  private final ClassMastery classes;
  private final RemediationPlans plans;
  private final Curriculum curriculum;
  private final Registry registry;

  ProgressController(MasteryService mastery, Achievements achievements, KnowledgeGaps gaps, ClassMastery classes, RemediationPlans plans,
      Curriculum curriculum, Registry registry) {
    this.mastery = mastery;
    this.achievements = achievements;
    this.gaps = gaps;
    this.classes = classes;
    this.plans = plans;
    this.curriculum = curriculum;
    this.registry = registry;
  }

  @GetMapping("/my/progress")
  String mine(Model model) {
    model.addAttribute("estimates", mastery.mine());
    model.addAttribute("standings", achievements.mine());
    model.addAttribute("gaps", List.of());
    model.addAttribute("subjects", curriculum.subjects());
    return "mastery/progress";
  }

  @GetMapping("/children/{id}/progress")
  String child(@PathVariable UUID id, Model model) {
    model.addAttribute("estimates", mastery.forChild(id));
    model.addAttribute("standings", achievements.forChild(id));
    model.addAttribute("gaps", gaps.of(id));
    registry.visibleChild(id).ifPresent(c -> model.addAttribute("childName", c.givenName() + " " + c.familyName()));
    model.addAttribute("childId", id);
    model.addAttribute("plans", plans.forChild(id));
    model.addAttribute("canPlan", plans.canPropose());
    model.addAttribute("subjects", curriculum.subjects());
    return "mastery/progress";
  }

  @GetMapping("/classes/{id}/mastery")
  String classOverview(@PathVariable UUID id, @RequestParam(required = false) String subject, Model model) {
    ThisPage.keep();
    model.addAttribute("overview", classes.overview(id, subject));
    model.addAttribute("subject", subject);
    model.addAttribute("subjects", curriculum.subjects());
    model.addAttribute("canPlan", plans.canPropose());
    return "mastery/heatmap";
  }

  @GetMapping("/classes/{id}/gaps/{outcome}")
  String sharedGap(@PathVariable UUID id, @PathVariable UUID outcome, Model model) {
    model.addAttribute("classId", id);
    model.addAttribute("gap", classes.sharedGap(id, outcome));
    model.addAttribute("canPlan", plans.canPropose());
    return "mastery/shared-gap";
  }

  /** Everyone who sees a child's page may see the child's progress. */
  @Component
  static class ProgressLink implements ChildLinks {
    @Override
    public List<NavItem> links(UUID childId) {
      return List.of(new NavItem("progress.title", "/children/" + childId + "/progress"));
    }
  }

  @Component
  static class Nav implements NavContributor {
    @Override
    public List<NavItem> items(Caller caller) {
      return caller.has(Role.STUDENT) ? List.of(new NavItem("nav.myProgress", "/my/progress"), new NavItem("nav.myPlan", "/my/plan")) : List.of();
    }
  }
}
