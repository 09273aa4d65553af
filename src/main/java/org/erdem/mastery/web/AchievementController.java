package org.erdem.mastery.web;

import java.util.List;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.mastery.internal.AchievementOverview;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Achievement levels and gaps by place, for school administrators, officers and analysts. */
@Controller
class AchievementController {
  private final AchievementOverview overview;
  private final Curriculum curriculum;

  AchievementController(AchievementOverview overview, Curriculum curriculum) {
    this.overview = overview;
    this.curriculum = curriculum;
  }

  @GetMapping("/achievement")
  String start() {
    return "redirect:/achievement/" + overview.startNode();
  }

  @GetMapping("/achievement/{id}")
  String node(@PathVariable UUID id, @RequestParam(required = false) String subject, @RequestParam(required = false) Integer grade, Model model) {
    model.addAttribute("overview", overview.of(id, subject, grade));
    model.addAttribute("subjects", curriculum.subjects());
    return "mastery/achievement";
  }

  @Component
  static class Nav implements NavContributor {
    @Override
    public List<NavItem> items(Caller caller) {
      return caller.has(AchievementOverview.OVERSIGHT) ? List.of(new NavItem("nav.achievement", "/achievement")) : List.of();
    }
  }
}
