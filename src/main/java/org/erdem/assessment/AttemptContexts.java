package org.erdem.assessment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What assessment needs to know of the work an attempt belongs to; the classroom module answers. */
public interface AttemptContexts {
  /** Whether the work exists, is for this quiz and is given to this child. */
  boolean admits(UUID contextId, UUID quizId, UUID childId);

  /** The due date of the assignment the attempt was made for, if it has one. */
  Optional<LocalDate> dueOn(UUID contextId);
}
