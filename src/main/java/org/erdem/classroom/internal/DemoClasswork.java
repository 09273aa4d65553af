package org.erdem.classroom.internal;

import static org.erdem.shared.DemoUser.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.erdem.assessment.QuizCatalog;
import org.erdem.content.Library;
import org.erdem.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work in the demo teacher's class, given and done through the same services as in use: the teacher
 * assigns two lessons and a quiz; some children study and one of them also started on the work.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "erdem.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoClasswork implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoClasswork.class);
  private final JdbcClient jdbc;
  private final ClassroomService classroom;
  private final Registry registry;
  private final Library library;
  private final QuizCatalog quizzes;

  DemoClasswork(JdbcClient jdbc, ClassroomService classroom, Registry registry, Library library, QuizCatalog quizzes) {
    this.jdbc = jdbc;
    this.classroom = classroom;
    this.registry = registry;
    this.library = library;
    this.quizzes = quizzes;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from classroom.assignment").query(Long.class).single() > 0) {
      return;
    }
    var classes = as("teacher", registry::myClasses);
    if (classes.isEmpty()) {
      return;
    }
    var klass = classes.get(0);
    var lessons = library.published("math", klass.grade(), 2);
    var quiz = quizzes.forSubjectGrade("math", klass.grade()).stream().findFirst();
    LocalDate today = ClassroomService.today();
    List<UUID> assigned = lessons.stream().map(l -> as("teacher", () -> classroom.assign(new ClassroomService.AssignmentForm(
        klass.id(), l.id(), null, "at_home", today.minusDays(3), today.plusDays(4), List.of())))).toList();
    quiz.ifPresent(q -> as("teacher", () -> classroom.assign(new ClassroomService.AssignmentForm(
        klass.id(), null, q.id(), "in_class", today.minusDays(1), today.plusDays(6), List.of()))));
    if (!assigned.isEmpty()) {
      as("student2", () -> {
        classroom.open(assigned.get(0));
        classroom.completeLesson(assigned.get(0));
        return null;
      });
      as("student3", () -> classroom.open(assigned.get(0)));
    }
    log.info("Demo classwork assigned in class {}", klass.name());
  }
}
