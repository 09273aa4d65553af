package org.erdem.mastery;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.erdem.assessment.AttemptSubmitted;
import org.erdem.assessment.AttemptSubmitted.GradedAnswer;
import org.erdem.curriculum.Curriculum;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Hands in graded answers for a child, as the assessment module announces them after a quiz. */
public class MasteryTestData {
  private final ApplicationEventPublisher events;
  private final Curriculum curriculum;
  private final TransactionTemplate tx;

  public MasteryTestData(ApplicationEventPublisher events, Curriculum curriculum, TransactionTemplate tx) {
    this.events = events;
    this.curriculum = curriculum;
    this.tx = tx;
  }

  /** One handed-in attempt with these answers (true = right) on one outcome. */
  public void answers(UUID childId, UUID schoolId, String outcomeCode, Boolean... correct) {
    UUID outcome = curriculum.findOutcomeByCode(outcomeCode).orElseThrow().id();
    List<GradedAnswer> graded = Arrays.stream(correct).map(c -> new GradedAnswer(UUID.randomUUID(), outcome, c)).toList();
    int score = (int) Arrays.stream(correct).filter(c -> c).count();
    tx.executeWithoutResult(s -> events.publishEvent(
        new AttemptSubmitted(UUID.randomUUID(), UUID.randomUUID(), childId, schoolId, null, score, correct.length, graded)));
  }

  /** Enough right answers to take an outcome to mastery from wherever it stands. */
  public void masters(UUID childId, UUID schoolId, String outcomeCode) {
    answers(childId, schoolId, outcomeCode, true, true, true, true, true, true);
  }
}
