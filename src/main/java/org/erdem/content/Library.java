package org.erdem.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The published lessons, for other modules (assignments, remediation plans). */
public interface Library {
  Optional<LessonRef> findPublished(UUID lessonId);

  List<LessonRef> published(Collection<UUID> lessonIds);

  /** Published lessons of a subject and grade, most used first. */
  List<LessonRef> published(String subject, int grade, int limit);

  /** Published lessons aligned to an outcome, most used first. */
  List<LessonRef> forOutcome(UUID outcomeId, int limit);
}
