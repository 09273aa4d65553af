package org.erdem.registry.web;

import java.util.UUID;
import org.erdem.registry.internal.ClassService;
import org.erdem.registry.internal.ClassService.ClassForm;
import org.erdem.registry.internal.RegistryAccess;
import org.erdem.registry.internal.SchoolService;
import org.erdem.registry.internal.StaffService;
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
class ClassController {
  private final ClassService classes;
  private final SchoolService schools;
  private final StaffService staff;
  private final RegistryAccess access;

  ClassController(ClassService classes, SchoolService schools, StaffService staff, RegistryAccess access) {
    this.classes = classes;
    this.schools = schools;
    this.staff = staff;
    this.access = access;
  }

  @GetMapping("/classes/{id}")
  String show(@PathVariable UUID id, Model model) {
    return show(id, model, FormErrors.NONE);
  }

  private String show(UUID id, Model model, FormErrors errors) {
    var k = classes.get(id);
    var school = schools.get(k.schoolId());
    boolean canManage = access.canManage(school.unit().path());
    model.addAttribute("schoolClass", k);
    model.addAttribute("school", school);
    model.addAttribute("roster", classes.roster(id));
    model.addAttribute("teachers", classes.teachers(id));
    model.addAttribute("canManage", canManage);
    model.addAttribute("staff", canManage ? staff.ofSchool(k.schoolId()) : java.util.List.of());
    model.addAttribute("errors", errors);
    return "registry/class";
  }

  @GetMapping("/schools/{schoolId}/classes/new")
  String newForm(@PathVariable UUID schoolId, Model model) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    return form(model, school, null, new ClassForm(null, "", school.languages().get(0), null), FormErrors.NONE);
  }

  @PostMapping("/schools/{schoolId}/classes")
  String create(@PathVariable UUID schoolId, @ModelAttribute ClassForm form, Model model) {
    try {
      return "redirect:/classes/" + classes.create(schoolId, form);
    } catch (ValidationException e) {
      return form(model, schools.get(schoolId), null, form, FormErrors.of(e));
    }
  }

  @GetMapping("/classes/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    var k = classes.get(id);
    var school = schools.get(k.schoolId());
    access.requireManage(school.unit().path());
    return form(model, school, k, new ClassForm(k.grade(), k.name(), k.language(), k.homeroomStaffId()), FormErrors.NONE);
  }

  @PostMapping("/classes/{id}")
  String update(@PathVariable UUID id, @ModelAttribute ClassForm form, Model model) {
    try {
      classes.update(id, form);
      return "redirect:/classes/" + id;
    } catch (ValidationException e) {
      var k = classes.get(id);
      return form(model, schools.get(k.schoolId()), k, form, FormErrors.of(e));
    }
  }

  @PostMapping("/classes/{id}/teachers")
  String assign(@PathVariable UUID id, @RequestParam(required = false) UUID staffId, @RequestParam(required = false) String subject, Model model) {
    try {
      classes.assignTeacher(id, staffId, subject);
      return "redirect:/classes/" + id;
    } catch (ValidationException e) {
      return show(id, model, FormErrors.of(e));
    }
  }

  private String form(Model model, SchoolService.School school, ClassService.SchoolClass existing, ClassForm form, FormErrors errors) {
    model.addAttribute("school", school);
    model.addAttribute("existing", existing);
    model.addAttribute("form", form);
    model.addAttribute("staff", staff.ofSchool(school.unit().id()));
    model.addAttribute("errors", errors);
    return "registry/class-form";
  }
}
