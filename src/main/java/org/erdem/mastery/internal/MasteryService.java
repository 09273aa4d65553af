package org.erdem.mastery.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.assessment.AttemptSubmitted;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.mastery.Level;
import org.erdem.mastery.MasteryChanged;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Json;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Estimates updated from each handed-in attempt, touching only the outcomes it tested (and, from
 * them, the child's achievement in those grades and the child's gaps), and read per child.
 */
@Service
public class MasteryService {
  private final JdbcClient jdbc;
  private final LevelThresholds levels;
  private final Curriculum curriculum;
  private final Registry registry;
  private final Achievements achievements;
  private final KnowledgeGaps gaps;
  private final Estimates estimates;
  private final ApplicationEventPublisher events;
  private final KnowledgeTracing model = KnowledgeTracing.DEFAULT;

  MasteryService(JdbcClient jdbc, LevelThresholds levels, Curriculum curriculum, Registry registry, Achievements achievements,
      KnowledgeGaps gaps, Estimates estimates, ApplicationEventPublisher events) {
    this.estimates = estimates;
    this.jdbc = jdbc;
    this.levels = levels;
    this.curriculum = curriculum;
    this.registry = registry;
    this.achievements = achievements;
    this.gaps = gaps;
    this.events = events;
  }

  public record Estimate(OutcomeRef outcome, double probability, int evidence, int correct, Level level) {}

  private record Row(double probability, int evidence, int correct) {}

  /** Each graded answer moves the estimate of its item's outcome, in the order the answers stand. */
  @EventListener
  void on(AttemptSubmitted attempt) {
    Map<UUID, List<Boolean>> byOutcome = new LinkedHashMap<>();
    attempt.answers().forEach(a -> byOutcome.computeIfAbsent(a.outcomeId(), o -> new ArrayList<>()).add(a.correct()));
    record(attempt.childId(), attempt.schoolId(), byOutcome);
  }

  /** Applies a child's graded answers per outcome, then refreshes the achievement and gaps they bear on. */
  void record(UUID childId, UUID schoolId, Map<UUID, List<Boolean>> answersByOutcome) {
    answersByOutcome.forEach((outcome, answers) -> update(childId, schoolId, outcome, answers));
    achievements.refresh(childId, schoolId, curriculum.outcomes(answersByOutcome.keySet()));
    gaps.refresh(childId, schoolId, estimates.of(childId));
  }

  private void update(UUID childId, UUID schoolId, UUID outcome, List<Boolean> answers) {
    var before = jdbc.sql("select probability, evidence, correct from mastery.estimate where child_id = :c and outcome_id = :o and model = :m for update")
        .param("c", childId).param("o", outcome).param("m", KnowledgeTracing.MODEL)
        .query((rs, n) -> new Row(rs.getDouble(1), rs.getInt(2), rs.getInt(3))).optional();
    double p = before.map(Row::probability).orElse(model.initial());
    int right = 0;
    for (boolean correct : answers) {
      p = model.update(p, correct);
      right += correct ? 1 : 0;
    }
    int evidence = before.map(Row::evidence).orElse(0) + answers.size();
    int correctTotal = before.map(Row::correct).orElse(0) + right;
    jdbc.sql("""
        insert into mastery.estimate (child_id, outcome_id, model, school_id, probability, evidence, correct, params)
        values (:c, :o, :m, :s, :p, :e, :r, cast(:params as jsonb))
        on conflict (child_id, outcome_id, model) do update set probability = excluded.probability, evidence = excluded.evidence,
               correct = excluded.correct, school_id = excluded.school_id, updated_at = now()""")
        .param("c", childId).param("o", outcome).param("m", KnowledgeTracing.MODEL).param("s", schoolId)
        .param("p", p).param("e", evidence).param("r", correctTotal)
        .param("params", Json.write(Map.of("model", model.params(), "mastered", levels.mastered()))).update();
    Level was = levels.of(before.map(Row::probability).orElse(null), before.map(Row::evidence).orElse(0));
    events.publishEvent(new MasteryChanged(childId, outcome, schoolId, p, was, levels.of(p, evidence)));
  }

  /** The calling child's estimates. */
  public List<Estimate> mine() {
    var child = registry.self().orElseThrow(AccessDeniedException::new);
    return estimates.of(child.id());
  }

  /** A child's estimates, for those who may see the child. */
  public List<Estimate> forChild(UUID childId) {
    registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    return estimates.of(childId);
  }
}
