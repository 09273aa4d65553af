package org.erdem.registry.web;

import java.util.UUID;
import org.erdem.registry.internal.RegistryAccess;
import org.erdem.registry.internal.SchoolService;
import org.erdem.registry.internal.StaffService;
import org.erdem.registry.internal.StaffService.StaffForm;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StaffController {
  private final StaffService staff;
  private final SchoolService schools;
  private final RegistryAccess access;

  StaffController(StaffService staff, SchoolService schools, RegistryAccess access) {
    this.staff = staff;
    this.schools = schools;
    this.access = access;
  }

  @GetMapping("/schools/{schoolId}/staff")
  String list(@PathVariable UUID schoolId, Model model) {
    var school = schools.get(schoolId);
    model.addAttribute("school", school);
    model.addAttribute("staff", staff.ofSchool(schoolId));
    model.addAttribute("canManage", access.canManage(school.unit().path()));
    return "registry/staff";
  }

  @GetMapping("/schools/{schoolId}/staff/new")
  String newForm(@PathVariable UUID schoolId, Model model) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    return form(model, school, new StaffForm(null, "", "", "teacher", null, null, null), "", FormErrors.NONE);
  }

  @PostMapping("/schools/{schoolId}/staff")
  String create(@PathVariable UUID schoolId, @ModelAttribute StaffForm form, @RequestParam(required = false) String username,
      @RequestParam(required = false) String password, Model model) {
    try {
      staff.create(schoolId, form, username, password);
      return "redirect:/schools/" + schoolId + "/staff";
    } catch (ValidationException e) {
      return form(model, schools.get(schoolId), form, username, FormErrors.of(e));
    }
  }

  private String form(Model model, SchoolService.School school, StaffForm form, String username, FormErrors errors) {
    model.addAttribute("school", school);
    model.addAttribute("form", form);
    model.addAttribute("username", username);
    model.addAttribute("errors", errors);
    return "registry/staff-form";
  }
}
