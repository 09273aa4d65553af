package org.erdem.assessment;

import java.util.Optional;
import java.util.UUID;

/** Quizzes, for other modules (assignments, remediation plans). */
public interface QuizCatalog {
  Optional<QuizRef> find(UUID quizId);

  java.util.List<QuizRef> find(java.util.Collection<UUID> quizIds);

  java.util.List<QuizRef> forSubjectGrade(String subject, int grade);

  /** A practice quiz for one outcome (a draw of its published items), made once and then reused; empty when the bank has none. */
  Optional<QuizRef> practiceFor(UUID outcomeId, UUID authorId);
}
