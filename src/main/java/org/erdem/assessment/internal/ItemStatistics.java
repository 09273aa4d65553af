package org.erdem.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How each item of a quiz worked: the share of children who got it right, and its discrimination
 * (the correlation between getting it right and the total score: a good item is answered right by
 * the children who do well overall).
 */
@Service
public class ItemStatistics {
  private final JdbcClient jdbc;
  private final AssessmentAccess access;
  private final Items items;

  ItemStatistics(JdbcClient jdbc, AssessmentAccess access, Items items) {
    this.jdbc = jdbc;
    this.access = access;
    this.items = items;
  }

  public record ItemStat(UUID itemId, String stem, long answers, double shareCorrect, Double discrimination) {}

  /** Over the submitted attempts of the quiz, within one assignment when a context is given. */
  public List<ItemStat> forQuiz(UUID quizId, UUID contextId) {
    access.require(Role.TEACHER, Role.CONTENT_AUTHOR, Role.REVIEWER, Role.SCHOOL_ADMIN, Role.SYSTEM_ADMIN);
    return jdbc.sql("""
        select ai.item_id, count(*) as answers, avg(case when an.correct then 1.0 else 0.0 end) as share,
               corr(case when an.correct then 1.0 else 0.0 end, a.score) as discrimination
          from assessment.attempt a
          join assessment.attempt_item ai on ai.attempt_id = a.id
          left join assessment.answer an on an.attempt_id = a.id and an.position = ai.position
         where a.quiz_id = :q and a.submitted_at is not null and (cast(:ctx as uuid) is null or a.context_id = :ctx)
         group by ai.item_id order by share""")
        .param("q", quizId).param("ctx", contextId)
        .query((rs, n) -> {
          UUID item = rs.getObject("item_id", UUID.class);
          Map<String, Items.Variant> variants = items.variants(item);
          Double d = rs.getObject("discrimination") == null ? null : rs.getDouble("discrimination");
          return new ItemStat(item, AttemptService.pick(variants, null).stem(), rs.getLong("answers"), rs.getDouble("share"), d);
        })
        .list();
  }
}
