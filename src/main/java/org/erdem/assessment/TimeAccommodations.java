package org.erdem.assessment;

import java.util.Optional;
import java.util.UUID;

/**
 * Per-child time accommodations for quizzes: extra time in percent, or no time limit. Teachers set
 * them; the inclusion module feeds them from a child's individual education plan.
 */
public interface TimeAccommodations {
  record TimeAccommodation(int extraPercent, boolean noTimeLimit, String source) {}

  Optional<TimeAccommodation> of(UUID childId);

  /** A teacher or the school's staff set the child's accommodation; source "teacher" or "iep". */
  void set(UUID childId, TimeAccommodation accommodation);

  /**
   * The child's plan in force gives this time (or, with 0 and false, no longer gives any): applied for
   * whoever caused the change, since the plan itself was approved by the school's SEN team.
   */
  void applyPlan(UUID childId, UUID schoolId, int extraPercent, boolean noTimeLimit);
}
