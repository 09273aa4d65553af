package org.erdem.inclusion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.inclusion.internal.Supervision;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.erdem.shared.web.FormParams;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supervision: schools due or overdue for a visit, a school's visits, recording a visit, follow-ups done. */
@Controller
class SupervisionController {
  private final Supervision supervision;
  private final Callers callers;

  SupervisionController(Supervision supervision, Callers callers) {
    this.supervision = supervision;
    this.callers = callers;
  }

  @GetMapping("/supervision")
  String start() {
    return "redirect:/supervision/" + callers.current().widestNode(Role.SUPERVISOR).orElseThrow(AccessDeniedException::new);
  }

  @GetMapping("/supervision/{nodeId}")
  String schools(@PathVariable UUID nodeId, Model model) {
    model.addAttribute("schools", supervision.schools(nodeId));
    return "inclusion/supervision";
  }

  @GetMapping("/schools/{id}/supervision")
  String school(@PathVariable UUID id, Model model) {
    return school(id, model, FormErrors.NONE);
  }

  private String school(UUID id, Model model, FormErrors errors) {
    model.addAttribute("schoolId", id);
    model.addAttribute("visits", supervision.ofSchool(id));
    model.addAttribute("checklist", supervision.checklist());
    model.addAttribute("canRecord", supervision.maySupervise(id));
    model.addAttribute("errors", errors);
    return "inclusion/school-supervision";
  }

  @PostMapping("/schools/{id}/supervision")
  String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
    var p = new FormParams(params);
    var items = new ArrayList<Supervision.Item>();
    for (String code : supervision.checklist()) {
      if (!p.blank("item.", code)) {
        items.add(new Supervision.Item(code, p.text("item." + code), p.text("note." + code)));
      }
    }
    var followUps = new ArrayList<Supervision.FollowUpForm>();
    for (int i = 0; i < 5; i++) {
      String f = "followUps[" + i + "].";
      if (!p.blank(f, "action", "owner")) {
        followUps.add(new Supervision.FollowUpForm(p.text(f + "action"), p.text(f + "owner"), p.date(f + "dueOn")));
      }
    }
    var form = new Supervision.VisitForm(p.date("visitedOn"), p.text("organisation"), p.text("findings"), p.number("rating"), items, followUps);
    try {
      if (!p.unreadable().isEmpty()) {
        throw new ValidationException(p.unreadable());
      }
      return "redirect:/supervision/visits/" + supervision.record(id, form);
    } catch (ValidationException e) {
      return school(id, model, FormErrors.of(e));
    }
  }

  @GetMapping("/supervision/visits/{id}")
  String visit(@PathVariable UUID id, Model model) {
    var visit = supervision.get(id);
    model.addAttribute("visit", visit);
    model.addAttribute("canRecord", supervision.mayMarkDone(visit.schoolId()));
    return "inclusion/visit";
  }

  @PostMapping("/supervision/follow-ups/{id}/done")
  String done(@PathVariable UUID id, @RequestParam UUID visitId, RedirectAttributes redirect) {
    supervision.done(id);
    redirect.addFlashAttribute("notice", "sen.notice.saved");
    return "redirect:/supervision/visits/" + visitId;
  }

  @Component
  static class Nav implements NavContributor {
    @Override
    public List<NavItem> items(Caller caller) {
      return caller.has(Role.SUPERVISOR) ? List.of(new NavItem("nav.supervision", "/supervision")) : List.of();
    }
  }
}
