package org.erdem.classroom.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.erdem.assessment.AttemptContexts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells assessment which assignments a child may take a quiz for, and when each is due. */
@Component
class AssignmentDueDates implements AttemptContexts {
  private final JdbcClient jdbc;
  private final org.erdem.registry.Registry registry;

  AssignmentDueDates(JdbcClient jdbc, org.erdem.registry.Registry registry) {
    this.jdbc = jdbc;
    this.registry = registry;
  }

  @Override
  public boolean admits(UUID contextId, UUID quizId, UUID childId) {
    record Target(UUID classId, boolean wholeClass) {}
    var assignment = jdbc.sql("select class_id, whole_class from classroom.assignment where id = :a and quiz_id = :q")
        .param("a", contextId).param("q", quizId)
        .query((rs, n) -> new Target(rs.getObject("class_id", UUID.class), rs.getBoolean("whole_class"))).optional();
    if (assignment.isEmpty()) {
      return false;
    }
    if (assignment.get().wholeClass()) {
      return registry.currentClassIds(childId).contains(assignment.get().classId());
    }
    return jdbc.sql("select count(*) from classroom.assignment_target where assignment_id = :a and child_id = :c")
        .param("a", contextId).param("c", childId).query(Long.class).single() > 0;
  }

  @Override
  public Optional<LocalDate> dueOn(UUID contextId) {
    return jdbc.sql("select due_on from classroom.assignment where id = :id and due_on is not null").param("id", contextId)
        .query(LocalDate.class).optional();
  }
}
