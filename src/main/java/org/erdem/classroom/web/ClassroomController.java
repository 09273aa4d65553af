package org.erdem.classroom.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.erdem.assessment.QuizCatalog;
import org.erdem.classroom.internal.ClassroomService;
import org.erdem.classroom.internal.ClassroomService.AssignmentForm;
import org.erdem.content.Library;
import org.erdem.registry.Registry;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.erdem.shared.web.ThisPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A child's work; a teacher's assignments and who has done them. */
@Controller
class ClassroomController {
  private final ClassroomService classroom;
  private final Registry registry;
  private final Library library;
  private final QuizCatalog quizzes;

  ClassroomController(ClassroomService classroom, Registry registry, Library library, QuizCatalog quizzes) {
    this.classroom = classroom;
    this.registry = registry;
    this.library = library;
    this.quizzes = quizzes;
  }

  @GetMapping("/my/work")
  String myWork(Model model) {
    ThisPage.keep();
    model.addAttribute("work", classroom.myWork());
    model.addAttribute("today", org.erdem.shared.Calendar.today());
    return "classroom/my-work";
  }

  @GetMapping("/work/{id}")
  String open(@PathVariable UUID id) {
    var work = classroom.open(id);
    return work.lessonId() != null ? "redirect:/lessons/" + work.lessonId() : "redirect:/quizzes/" + work.quizId() + "?context=" + id;
  }

  @PostMapping("/work/{id}/done")
  String done(@PathVariable UUID id) {
    classroom.completeLesson(id);
    return "redirect:/my/work";
  }

  @GetMapping("/teaching")
  String teaching(Model model) {
    model.addAttribute("classes", registry.myClasses());
    return "classroom/teaching";
  }

  @GetMapping("/classes/{id}/work")
  String classWork(@PathVariable UUID id, Model model) {
    model.addAttribute("classId", id);
    model.addAttribute("className", registry.myClasses().stream().filter(k -> k.id().equals(id)).map(k -> k.name()).findFirst().orElse(""));
    model.addAttribute("work", classroom.ofClass(id));
    model.addAttribute("today", org.erdem.shared.Calendar.today());
    return "classroom/class-work";
  }

  @GetMapping("/assignments/{id}")
  String assignment(@PathVariable UUID id, Model model) {
    model.addAttribute("view", classroom.view(id));
    model.addAttribute("today", org.erdem.shared.Calendar.today());
    return "classroom/assignment";
  }

  @GetMapping("/assign")
  String assignForm(@RequestParam(required = false) UUID lesson, @RequestParam(required = false) UUID quiz, Model model) {
    return form(model, lesson, quiz, null, "at_home", org.erdem.shared.Calendar.today(), null, FormErrors.NONE);
  }

  @PostMapping("/assign")
  String assign(@RequestParam(required = false) UUID lesson, @RequestParam(required = false) UUID quiz,
      @RequestParam(required = false) UUID classId, @RequestParam(defaultValue = "at_home") String mode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
      @RequestParam(required = false) List<UUID> childIds, Model model) {
    try {
      UUID id = classroom.assign(new AssignmentForm(classId, lesson, quiz, mode, startsOn, dueOn, childIds == null ? List.of() : childIds));
      return "redirect:/assignments/" + id;
    } catch (ValidationException e) {
      return form(model, lesson, quiz, classId, mode, startsOn, dueOn, FormErrors.of(e));
    }
  }

  private String form(Model model, UUID lesson, UUID quiz, UUID classId, String mode, LocalDate startsOn, LocalDate dueOn, FormErrors errors) {
    var titles = lesson != null ? library.findPublished(lesson).map(l -> l.titles()) : quiz != null ? quizzes.find(quiz).map(q -> q.titles()) : java.util.Optional.<java.util.Map<String, String>>empty();
    model.addAttribute("titles", titles.orElseThrow(() -> new NotFoundException("lesson or quiz")));
    model.addAttribute("lesson", lesson);
    model.addAttribute("quiz", quiz);
    var classes = registry.myClasses();
    var rosters = new java.util.LinkedHashMap<UUID, List<org.erdem.registry.ChildCard>>();
    classes.forEach(k -> rosters.put(k.id(), registry.roster(k.id())));
    model.addAttribute("classes", classes);
    model.addAttribute("rosters", rosters);
    model.addAttribute("classId", classId);
    model.addAttribute("mode", mode);
    model.addAttribute("startsOn", startsOn);
    model.addAttribute("dueOn", dueOn);
    model.addAttribute("errors", errors);
    return "classroom/assign";
  }
}
