package org.erdem.mastery.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.mastery.Level;
import org.erdem.mastery.internal.MasteryService.Estimate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the estimates, without access checks: for this module's services, which check first. */
@Component
class Estimates {
  private final JdbcClient jdbc;
  private final LevelThresholds levels;
  private final Curriculum curriculum;

  Estimates(JdbcClient jdbc, LevelThresholds levels, Curriculum curriculum) {
    this.jdbc = jdbc;
    this.levels = levels;
    this.curriculum = curriculum;
  }

  /** A child's estimates by subject, grade and code. */
  List<Estimate> of(UUID childId) {
    record Row(double probability, int evidence, int correct) {}
    var rows = new HashMap<UUID, Row>();
    jdbc.sql("select outcome_id, probability, evidence, correct from mastery.estimate where child_id = :c and model = :m")
        .param("c", childId).param("m", KnowledgeTracing.MODEL)
        .query((rs, n) -> rows.put(rs.getObject(1, UUID.class), new Row(rs.getDouble(2), rs.getInt(3), rs.getInt(4)))).list();
    return curriculum.outcomes(rows.keySet()).stream()
        .map(o -> {
          var r = rows.get(o.id());
          return new Estimate(o, r.probability(), r.evidence(), r.correct(), levels.of(r.probability(), r.evidence()));
        })
        .sorted(Comparator.comparing((Estimate e) -> e.outcome().subject()).thenComparing(e -> e.outcome().grade()).thenComparing(e -> e.outcome().code()))
        .toList();
  }

  /** The levels of many children at once, child by outcome, in one query. */
  Map<UUID, Map<UUID, Level>> levelsOf(Collection<UUID> childIds) {
    Map<UUID, Map<UUID, Level>> byChild = new HashMap<>();
    jdbc.sql("select child_id, outcome_id, probability, evidence from mastery.estimate where model = :m and child_id = any(cast(:ids as uuid[]))")
        .param("m", KnowledgeTracing.MODEL).param("ids", childIds.stream().map(UUID::toString).toArray(String[]::new))
        .query((rs, n) -> byChild.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashMap<>())
            .put(rs.getObject(2, UUID.class), levels.of(rs.getDouble(3), rs.getInt(4))))
        .list();
    return byChild;
  }
}
