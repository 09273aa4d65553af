package org.erdem.assessment;

import java.util.Optional;
import java.util.UUID;

/**
 * Per-child time accommodations for quizzes: extra time in percent, or no time limit. Teachers set
 * them today; the inclusion module will feed them from a child's individual education plan.
 */
public interface TimeAccommodations {
  record TimeAccommodation(int extraPercent, boolean noTimeLimit, String source) {}

  Optional<TimeAccommodation> of(UUID childId);

  /** Sets the child's accommodation; source "teacher" or "iep". */
  void set(UUID childId, TimeAccommodation accommodation);
}
