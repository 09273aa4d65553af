package org.erdem.assessment;

import java.util.List;
import java.util.UUID;

/** A child submitted a quiz attempt; each graded answer names the item's outcome. */
public record AttemptSubmitted(UUID attemptId, UUID quizId, UUID childId, UUID schoolId, UUID contextId, int score, int maxScore,
    List<GradedAnswer> answers) {
  public record GradedAnswer(UUID itemId, UUID outcomeId, boolean correct) {}
}
