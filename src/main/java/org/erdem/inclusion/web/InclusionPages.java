package org.erdem.inclusion.web;

import java.util.List;
import java.util.UUID;
import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.inclusion.internal.ClassAccommodations;
import org.erdem.inclusion.internal.SenRecords;
import org.erdem.registry.ChildLinks;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The SEN team's register of a school, and the accommodations a class's teachers are to give. */
@Controller
class InclusionPages {
  private static final Role[] TEAM = {Role.SEN_COORDINATOR, Role.SCHOOL_ADMIN};
  private final SenRecords records;
  private final ClassAccommodations classes;
  private final Callers callers;

  InclusionPages(SenRecords records, ClassAccommodations classes, Callers callers) {
    this.records = records;
    this.classes = classes;
    this.callers = callers;
  }

  @GetMapping("/sen")
  String start() {
    return "redirect:/sen/" + callers.current().widestNode(TEAM).orElseThrow(AccessDeniedException::new);
  }

  @GetMapping("/sen/{schoolId}")
  String register(@PathVariable UUID schoolId, Model model) {
    model.addAttribute("register", records.register(schoolId));
    return "inclusion/register";
  }

  @GetMapping("/classes/{id}/accommodations")
  String accommodations(@PathVariable UUID id, Model model) {
    model.addAttribute("classId", id);
    model.addAttribute("children", classes.of(id));
    return "inclusion/class-accommodations";
  }

  @Component
  static class Nav implements NavContributor {
    @Override
    public List<NavItem> items(Caller caller) {
      return caller.has(TEAM) ? List.of(new NavItem("nav.inclusion", "/sen")) : List.of();
    }
  }

  /** The SEN record link, on a child's page, for those who may read it. */
  @Component
  static class RecordLink implements ChildLinks {
    private final SenRecords records;

    RecordLink(SenRecords records) {
      this.records = records;
    }

    @Override
    public List<NavItem> links(UUID childId) {
      return records.mayRead(childId) ? List.of(new NavItem("sen.title", "/children/" + childId + "/sen")) : List.of();
    }
  }
}
