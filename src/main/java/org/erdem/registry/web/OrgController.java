package org.erdem.registry.web;

import java.util.UUID;
import org.erdem.identity.Callers;
import org.erdem.registry.internal.OrgUnits;
import org.erdem.registry.internal.RegistryAccess;
import org.erdem.shared.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Browsing the org hierarchy from the caller's own nodes downwards. */
@Controller
class OrgController {
  private final OrgUnits units;
  private final RegistryAccess access;
  private final Callers callers;

  OrgController(OrgUnits units, RegistryAccess access, Callers callers) {
    this.units = units;
    this.access = access;
    this.callers = callers;
  }

  @GetMapping("/org")
  String start() {
    var grant = callers.current().grants().stream().filter(g -> access.canBrowse(g.nodePath()))
        .min(java.util.Comparator.comparingInt(g -> g.nodePath().length())).orElseThrow(AccessDeniedException::new);
    return "redirect:/org/" + grant.nodeId();
  }

  @GetMapping("/org/{id}")
  String unit(@PathVariable UUID id, Model model) {
    var unit = units.get(id);
    if (unit.isSchool()) {
      return "redirect:/schools/" + id;
    }
    access.requireBrowse(unit.path());
    model.addAttribute("unit", unit);
    model.addAttribute("ancestors", units.ancestors(unit).stream().filter(a -> access.canBrowse(a.path())).toList());
    model.addAttribute("children", units.childrenWithCounts(id));
    model.addAttribute("canManage", access.canManage(unit.path()) && (unit.kind().equals("soum") || unit.kind().equals("district")));
    return "registry/org";
  }
}
