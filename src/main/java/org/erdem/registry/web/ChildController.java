package org.erdem.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.erdem.identity.Guardianships;
import org.erdem.registry.Registry;
import org.erdem.registry.internal.ChildService;
import org.erdem.registry.internal.ChildService.ChildForm;
import org.erdem.registry.internal.ClassService;
import org.erdem.registry.internal.GuardianLinks;
import org.erdem.registry.internal.RegistryAccess;
import org.erdem.registry.internal.SchoolService;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.PageRequest;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.erdem.shared.web.ThisPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ChildController {
  private final ChildService children;
  private final SchoolService schools;
  private final ClassService classes;
  private final RegistryAccess access;
  private final Guardianships guardianships;
  private final Registry registry;
  private final GuardianLinks guardianLinks;
  private final java.util.List<org.erdem.registry.ChildLinks> links;

  ChildController(ChildService children, SchoolService schools, ClassService classes, RegistryAccess access,
      Guardianships guardianships, Registry registry, GuardianLinks guardianLinks, java.util.List<org.erdem.registry.ChildLinks> links) {
    this.links = links;
    this.children = children;
    this.schools = schools;
    this.classes = classes;
    this.access = access;
    this.guardianships = guardianships;
    this.registry = registry;
    this.guardianLinks = guardianLinks;
  }

  /** The list, or with htmx only its results, so that search updates as the user types. */
  @GetMapping("/schools/{schoolId}/children")
  String list(@PathVariable UUID schoolId, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
      HttpServletRequest request, Model model) {
    ThisPage.keep();
    var school = schools.get(schoolId);
    model.addAttribute("school", school);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("children", children.search(schoolId, q, PageRequest.of(page, null)));
    model.addAttribute("canManage", access.canManage(school.unit().path()));
    boolean fragment = request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
    return fragment ? "registry/children-results" : "registry/children";
  }

  @GetMapping("/my/children")
  String mine(Model model) {
    model.addAttribute("children", registry.myChildren());
    return "registry/my-children";
  }

  @GetMapping("/children/{id}")
  String show(@PathVariable UUID id, Model model) {
    return show(id, model, FormErrors.NONE);
  }

  @PostMapping("/children/{id}/guardians")
  String linkGuardian(@PathVariable UUID id, @ModelAttribute GuardianLinks.GuardianForm form, Model model, RedirectAttributes redirect) {
    try {
      guardianLinks.link(id, form);
    } catch (ValidationException e) {
      model.addAttribute("guardianForm", form);
      return show(id, model, FormErrors.of(e));
    }
    redirect.addFlashAttribute("notice", "guardian.linked");
    return "redirect:/children/" + id;
  }

  @PostMapping("/children/{id}/guardians/{accountId}/unlink")
  String unlinkGuardian(@PathVariable UUID id, @PathVariable UUID accountId, RedirectAttributes redirect) {
    guardianLinks.unlink(id, accountId);
    redirect.addFlashAttribute("notice", "guardian.unlinked");
    return "redirect:/children/" + id;
  }

  private String show(UUID id, Model model, FormErrors errors) {
    var child = children.get(id);
    boolean canManage = children.canManage(child);
    model.addAttribute("child", child);
    model.addAttribute("school", schools.get(child.schoolId()));
    model.addAttribute("history", children.history(id));
    model.addAttribute("guardians", guardianships.guardiansOf(id));
    model.addAttribute("canManage", canManage);
    model.addAttribute("links", links.stream().flatMap(l -> l.links(id).stream()).toList());
    model.addAttribute("classes", canManage ? classes.ofSchool(child.schoolId()) : java.util.List.of());
    model.addAttribute("errors", errors);
    model.addAttribute("relationships", GuardianLinks.RELATIONSHIPS);
    if (!model.containsAttribute("guardianForm")) {
      model.addAttribute("guardianForm", new GuardianLinks.GuardianForm("", "", "", "mother"));
    }
    return "registry/child";
  }

  @GetMapping("/schools/{schoolId}/children/new")
  String newForm(@PathVariable UUID schoolId, Model model) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    return form(model, school, null, new ChildForm(null, null, "", "", null, null, school.languages().get(0)), null, FormErrors.NONE);
  }

  @PostMapping("/schools/{schoolId}/children")
  String create(@PathVariable UUID schoolId, @ModelAttribute ChildForm form, BindingResult binding, @RequestParam(required = false) UUID classId, Model model) {
    if (binding.hasErrors()) {
      return form(model, schools.get(schoolId), null, form, classId, FormErrors.of(binding));
    }
    try {
      return "redirect:/children/" + children.create(schoolId, form, classId);
    } catch (ValidationException e) {
      return form(model, schools.get(schoolId), null, form, classId, FormErrors.of(e));
    }
  }

  @GetMapping("/children/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    var child = children.get(id);
    if (!children.canManage(child)) {
      throw new AccessDeniedException();
    }
    return form(model, schools.get(child.schoolId()), child, ChildForm.of(child), null, FormErrors.NONE);
  }

  @PostMapping("/children/{id}")
  String update(@PathVariable UUID id, @ModelAttribute ChildForm form, BindingResult binding, Model model) {
    if (binding.hasErrors()) {
      var child = children.get(id);
      return form(model, schools.get(child.schoolId()), child, form, null, FormErrors.of(binding));
    }
    try {
      children.update(id, form);
      return "redirect:/children/" + id;
    } catch (ValidationException e) {
      var child = children.get(id);
      return form(model, schools.get(child.schoolId()), child, form, null, FormErrors.of(e));
    }
  }

  @PostMapping("/children/{id}/enrol")
  String enrol(@PathVariable UUID id, @RequestParam(required = false) UUID classId, Model model) {
    try {
      if (classId == null) {
        throw ValidationException.of("classId", "validation.required");
      }
      children.enrol(id, classId);
      return "redirect:/children/" + id;
    } catch (ValidationException e) {
      return show(id, model, FormErrors.of(e));
    }
  }

  @PostMapping("/children/{id}/transfer")
  String transfer(@PathVariable UUID id, @RequestParam(required = false) String schoolCode, @RequestParam(required = false) String className, Model model) {
    try {
      children.transfer(id, schoolCode, className);
      return "redirect:/children/" + id;
    } catch (ValidationException e) {
      return show(id, model, FormErrors.of(e));
    }
  }

  private String form(Model model, SchoolService.School school, ChildService.Child existing, ChildForm form, UUID classId, FormErrors errors) {
    model.addAttribute("school", school);
    model.addAttribute("existing", existing);
    model.addAttribute("form", form);
    model.addAttribute("classId", classId);
    model.addAttribute("classes", classes.ofSchool(school.unit().id()));
    model.addAttribute("errors", errors);
    return "registry/child-form";
  }
}
