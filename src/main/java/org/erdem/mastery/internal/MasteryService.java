package org.erdem.mastery.internal;

import java.util.ArrayList;
import java.util.HashMap;
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

/** Estimates updated from each handed-in attempt (only the outcomes it touched), and read per child. */
@Service
public class MasteryService {
  private final JdbcClient jdbc;
  private final LevelThresholds levels;
  private final Curriculum curriculum;
  private final Registry registry;
  private final ApplicationEventPublisher events;
  private final KnowledgeTracing model = KnowledgeTracing.DEFAULT;

  MasteryService(JdbcClient jdbc, LevelThresholds levels, Curriculum curriculum, Registry registry, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.levels = levels;
    this.curriculum = curriculum;
    this.registry = registry;
    this.events = events;
  }

  public record Estimate(OutcomeRef outcome, double probability, int evidence, int correct, Level level) {}

  private record Row(double probability, int evidence, int correct) {}

  /** Each graded answer moves the estimate of its item's outcome, in the order the answers stand. */
  @EventListener
  void on(AttemptSubmitted attempt) {
    Map<UUID, List<Boolean>> byOutcome = new HashMap<>();
    attempt.answers().forEach(a -> byOutcome.computeIfAbsent(a.outcomeId(), o -> new ArrayList<>()).add(a.correct()));
    byOutcome.forEach((outcome, answers) -> {
      var before = jdbc.sql("select probability, evidence, correct from mastery.estimate where child_id = :c and outcome_id = :o and model = :m for update")
          .param("c", attempt.childId()).param("o", outcome).param("m", KnowledgeTracing.MODEL)
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
          .param("c", attempt.childId()).param("o", outcome).param("m", KnowledgeTracing.MODEL).param("s", attempt.schoolId())
          .param("p", p).param("e", evidence).param("r", correctTotal)
          .param("params", Json.write(Map.of("model", model.params(), "mastered", levels.mastered()))).update();
      Level was = levels.of(before.map(Row::probability).orElse(null), before.map(Row::evidence).orElse(0));
      Level now = levels.of(p, evidence);
      events.publishEvent(new MasteryChanged(attempt.childId(), outcome, attempt.schoolId(), p, was, now));
    });
  }

  /** An outcome the child has not mastered that the child's current work builds on, with that work. */
  public record Gap(OutcomeRef outcome, Level level, List<OutcomeRef> neededFor) {}

  /**
   * A child's knowledge gaps: outcomes the child practises now build on others, directly or through
   * the prerequisite graph back into earlier grades; those where the answers show the child is not
   * yet proficient are gaps. Without evidence on a prerequisite, no gap is assumed.
   */
  public List<Gap> gaps(UUID childId) {
    registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    var estimates = of(childId);
    var byOutcome = new HashMap<UUID, Estimate>();
    estimates.forEach(e -> byOutcome.put(e.outcome().id(), e));
    var neededFor = new java.util.LinkedHashMap<UUID, List<OutcomeRef>>();
    for (Estimate current : estimates) {
      for (UUID prerequisite : curriculum.prerequisitesOf(List.of(current.outcome().id()))) {
        var evidence = byOutcome.get(prerequisite);
        if (evidence != null && evidence.level().compareTo(Level.PROFICIENT) < 0) {
          neededFor.computeIfAbsent(prerequisite, p -> new ArrayList<>()).add(current.outcome());
        }
      }
    }
    return neededFor.entrySet().stream()
        .map(e -> new Gap(byOutcome.get(e.getKey()).outcome(), byOutcome.get(e.getKey()).level(), e.getValue()))
        .sorted(java.util.Comparator.comparing((Gap g) -> g.outcome().grade()).thenComparing(g -> g.outcome().code()))
        .toList();
  }

  /** A class's children against the outcomes any of them has worked on, for the teacher's heat map. */
  public record HeatMap(List<org.erdem.registry.ChildCard> children, List<OutcomeRef> outcomes, Map<UUID, Map<UUID, Level>> levels) {
    public Level level(UUID child, UUID outcome) {
      return levels.getOrDefault(child, Map.of()).getOrDefault(outcome, Level.NOT_STARTED);
    }
  }

  public HeatMap heatMap(UUID classId, String subject) {
    if (!registry.canTeach(classId)) {
      throw new AccessDeniedException();
    }
    var children = registry.roster(classId);
    var ids = children.stream().map(c -> c.id().toString()).toArray(String[]::new);
    Map<UUID, Map<UUID, Level>> levelsByChild = new HashMap<>();
    var outcomeIds = new java.util.LinkedHashSet<UUID>();
    jdbc.sql("select child_id, outcome_id, probability, evidence from mastery.estimate where model = :m and child_id = any(cast(:ids as uuid[]))")
        .param("m", KnowledgeTracing.MODEL).param("ids", ids)
        .query((rs, n) -> {
          UUID child = rs.getObject(1, UUID.class);
          UUID outcome = rs.getObject(2, UUID.class);
          outcomeIds.add(outcome);
          levelsByChild.computeIfAbsent(child, c -> new HashMap<>()).put(outcome, levels.of(rs.getDouble(3), rs.getInt(4)));
          return null;
        }).list();
    var outcomes = curriculum.outcomes(outcomeIds).stream()
        .filter(o -> subject == null || subject.isBlank() || o.subject().equals(subject))
        .sorted(java.util.Comparator.comparing(OutcomeRef::grade).thenComparing(OutcomeRef::code)).toList();
    return new HeatMap(children, outcomes, levelsByChild);
  }

  /** The calling child's estimates. */
  public List<Estimate> mine() {
    var child = registry.self().orElseThrow(AccessDeniedException::new);
    return of(child.id());
  }

  /** A child's estimates, for those who may see the child. */
  public List<Estimate> forChild(UUID childId) {
    registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    return of(childId);
  }

  private List<Estimate> of(UUID childId) {
    var rows = new HashMap<UUID, Row>();
    jdbc.sql("select outcome_id, probability, evidence, correct from mastery.estimate where child_id = :c and model = :m")
        .param("c", childId).param("m", KnowledgeTracing.MODEL)
        .query((rs, n) -> rows.put(rs.getObject(1, UUID.class), new Row(rs.getDouble(2), rs.getInt(3), rs.getInt(4)))).list();
    return curriculum.outcomes(rows.keySet()).stream()
        .map(o -> {
          var r = rows.get(o.id());
          return new Estimate(o, r.probability(), r.evidence(), r.correct(), levels.of(r.probability(), r.evidence()));
        })
        .sorted(java.util.Comparator.comparing((Estimate e) -> e.outcome().subject()).thenComparing(e -> e.outcome().grade()).thenComparing(e -> e.outcome().code()))
        .toList();
  }
}
