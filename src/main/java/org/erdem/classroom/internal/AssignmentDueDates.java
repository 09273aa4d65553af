package org.erdem.classroom.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.erdem.assessment.AttemptContexts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells assessment when an assignment is due, so that answers shown "after the due date" appear then. */
@Component
class AssignmentDueDates implements AttemptContexts {
  private final JdbcClient jdbc;

  AssignmentDueDates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<LocalDate> dueOn(UUID contextId) {
    return jdbc.sql("select due_on from classroom.assignment where id = :id and due_on is not null").param("id", contextId)
        .query(LocalDate.class).optional();
  }
}
