package org.erdem.assessment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What assessment needs to know of the work an attempt belongs to; the classroom module answers. */
public interface AttemptContexts {
  /** The due date of the assignment the attempt was made for, if it has one. */
  Optional<LocalDate> dueOn(UUID contextId);
}
