package org.erdem.classroom.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.erdem.classroom.internal.ClassroomService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assignments and a child's work over JSON; the same services and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class ClassroomApi {
  private final ClassroomService classroom;

  ClassroomApi(ClassroomService classroom) {
    this.classroom = classroom;
  }

  @PostMapping("/assignments")
  ResponseEntity<ClassroomService.AssignmentView> assign(@RequestBody ClassroomService.AssignmentForm form) {
    UUID id = classroom.assign(form);
    return ResponseEntity.created(URI.create("/api/v1/assignments/" + id)).body(classroom.view(id));
  }

  @GetMapping("/assignments/{id}")
  ClassroomService.AssignmentView assignment(@PathVariable UUID id) {
    return classroom.view(id);
  }

  @GetMapping("/classes/{id}/assignments")
  List<ClassroomService.Work> ofClass(@PathVariable UUID id) {
    return classroom.ofClass(id);
  }

  @GetMapping("/me/work")
  List<ClassroomService.Work> myWork() {
    return classroom.myWork();
  }

  @PostMapping("/me/work/{id}/open")
  ClassroomService.Work open(@PathVariable UUID id) {
    return classroom.open(id);
  }

  @PostMapping("/me/work/{id}/done")
  ResponseEntity<Void> done(@PathVariable UUID id) {
    classroom.completeLesson(id);
    return ResponseEntity.noContent().build();
  }
}
