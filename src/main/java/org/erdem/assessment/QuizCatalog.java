package org.erdem.assessment;

import java.util.Optional;
import java.util.UUID;

/** Quizzes, for other modules (assignments, remediation plans). */
public interface QuizCatalog {
  Optional<QuizRef> find(UUID quizId);

  java.util.List<QuizRef> forSubjectGrade(String subject, int grade);
}
