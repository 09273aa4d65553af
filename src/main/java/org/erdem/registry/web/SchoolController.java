package org.erdem.registry.web;

import java.util.List;
import java.util.UUID;
import org.erdem.registry.internal.ClassService;
import org.erdem.registry.internal.OrgUnits;
import org.erdem.registry.internal.RegistryAccess;
import org.erdem.registry.internal.SchoolService;
import org.erdem.registry.internal.SchoolService.SchoolForm;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SchoolController {
  private final SchoolService schools;
  private final ClassService classes;
  private final OrgUnits units;
  private final RegistryAccess access;

  SchoolController(SchoolService schools, ClassService classes, OrgUnits units, RegistryAccess access) {
    this.schools = schools;
    this.classes = classes;
    this.units = units;
    this.access = access;
  }

  @GetMapping("/schools/{id}")
  String show(@PathVariable UUID id, Model model) {
    var school = schools.get(id);
    model.addAttribute("school", school);
    model.addAttribute("ancestors", units.ancestors(school.unit()).stream().filter(a -> access.canBrowse(a.path())).toList());
    model.addAttribute("classes", classes.ofSchool(id));
    model.addAttribute("canManage", access.canManage(school.unit().path()));
    return "registry/school";
  }

  @GetMapping("/org/{parentId}/schools/new")
  String newForm(@PathVariable UUID parentId, Model model) {
    var parent = units.get(parentId);
    access.requireManage(parent.path());
    return form(model, parent, null, new SchoolForm("", "", "", "", "", "general", "urban", List.of("mn"), ""), FormErrors.NONE);
  }

  @PostMapping("/org/{parentId}/schools")
  String create(@PathVariable UUID parentId, @ModelAttribute SchoolForm form, Model model) {
    try {
      return "redirect:/schools/" + schools.create(parentId, form);
    } catch (ValidationException e) {
      return form(model, units.get(parentId), null, form, FormErrors.of(e));
    }
  }

  @GetMapping("/schools/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    var school = schools.get(id);
    access.requireManage(school.unit().path());
    return form(model, null, school.unit(), SchoolForm.of(school), FormErrors.NONE);
  }

  @PostMapping("/schools/{id}")
  String update(@PathVariable UUID id, @ModelAttribute SchoolForm form, Model model) {
    try {
      schools.update(id, form);
      return "redirect:/schools/" + id;
    } catch (ValidationException e) {
      return form(model, null, schools.get(id).unit(), form, FormErrors.of(e));
    }
  }

  private String form(Model model, OrgUnits.OrgUnit parent, OrgUnits.OrgUnit school, SchoolForm form, FormErrors errors) {
    model.addAttribute("parent", parent);
    model.addAttribute("school", school);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "registry/school-form";
  }
}
