package org.erdem.mastery.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.mastery.Achievement;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A child's achievement per subject and grade: the mean estimate over all the grade's outcomes, an
 * outcome without evidence counting as not known, cut into levels by {@link AchievementCuts}.
 * Kept as a row per child, subject and grade, refreshed only for the grades an attempt touched.
 */
@Service
public class Achievements {
  private final JdbcClient jdbc;
  private final Curriculum curriculum;
  private final Registry registry;
  private final AchievementCuts cuts;

  Achievements(JdbcClient jdbc, Curriculum curriculum, Registry registry, AchievementCuts cuts) {
    this.jdbc = jdbc;
    this.curriculum = curriculum;
    this.registry = registry;
    this.cuts = cuts;
  }

  /** Where a child stands in a subject and grade: the score, how many of the grade's outcomes have evidence, the level. */
  public record Standing(String subject, int grade, double score, int evidenced, int outcomes, Achievement level) {}

  public List<Standing> forChild(UUID childId) {
    registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    return of(childId);
  }

  public List<Standing> mine() {
    return of(registry.self().orElseThrow(AccessDeniedException::new).id());
  }

  private List<Standing> of(UUID childId) {
    return jdbc.sql("select subject, grade, score, evidenced, outcomes from mastery.achievement where child_id = :c order by subject, grade")
        .param("c", childId)
        .query((rs, n) -> new Standing(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4), rs.getInt(5), cuts.of(rs.getDouble(3))))
        .list();
  }

  void refresh(UUID childId, UUID schoolId, Collection<OutcomeRef> touched) {
    var grades = touched.stream().collect(Collectors.groupingBy(o -> o.subject() + "/" + o.grade()));
    grades.values().forEach(outcomes -> refresh(childId, schoolId, outcomes.get(0).subject(), outcomes.get(0).grade()));
  }

  private void refresh(UUID childId, UUID schoolId, String subject, int grade) {
    var ids = curriculum.outcomesOf(subject, grade).stream().map(o -> o.id().toString()).toArray(String[]::new);
    if (ids.length == 0) {
      return;
    }
    jdbc.sql("""
        insert into mastery.achievement (child_id, subject, grade, school_id, outcomes, evidenced, score)
        select :c, :s, :g, :school, :n, count(*), sum(probability) / :n
          from mastery.estimate where child_id = :c and model = :m and evidence > 0 and outcome_id = any(cast(:ids as uuid[]))
        having count(*) > 0
        on conflict (child_id, subject, grade) do update set school_id = excluded.school_id, outcomes = excluded.outcomes,
               evidenced = excluded.evidenced, score = excluded.score, updated_at = now()""")
        .param("c", childId).param("s", subject).param("g", grade).param("school", schoolId).param("n", ids.length)
        .param("m", KnowledgeTracing.MODEL).param("ids", ids).update();
  }
}
