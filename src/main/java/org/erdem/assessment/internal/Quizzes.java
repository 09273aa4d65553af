package org.erdem.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.erdem.shared.Ids;
import org.erdem.shared.LocalizedJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quizzes, their fixed items and their outcome pools. */
@Repository
public class Quizzes {
  private final JdbcClient jdbc;

  Quizzes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Quiz(UUID id, Map<String, String> titles, String subject, int grade, Integer timeLimitSeconds, int attemptsAllowed,
      String reviewPolicy, UUID authorId, long items) {}

  public record Pool(UUID outcomeId, int count) {}

  private static final String SELECT = """
      select q.id, q.titles, q.subject_code, q.grade, q.time_limit_seconds, q.attempts_allowed, q.review_policy, q.author_id,
             (select count(*) from assessment.quiz_item i where i.quiz_id = q.id)
             + coalesce((select sum(p.draw_count) from assessment.quiz_pool p where p.quiz_id = q.id), 0) as items
        from assessment.quiz q""";

  static Quiz quiz(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Quiz(rs.getObject("id", UUID.class), LocalizedJson.parse(rs.getString("titles")), rs.getString("subject_code"), rs.getInt("grade"),
        (Integer) rs.getObject("time_limit_seconds"), rs.getInt("attempts_allowed"), rs.getString("review_policy"),
        rs.getObject("author_id", UUID.class), rs.getLong("items"));
  }

  public Optional<Quiz> find(UUID id) {
    return jdbc.sql(SELECT + " where q.id = :id").param("id", id).query(Quizzes::quiz).optional();
  }

  List<Quiz> byIds(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where q.id = any(cast(:ids as uuid[]))").param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
        .query(Quizzes::quiz).list();
  }

  public List<Quiz> list(String subject, Integer grade) {
    return jdbc.sql(SELECT + " where (cast(:s as text) is null or q.subject_code = :s) and (cast(:g as int) is null or q.grade = :g) order by q.grade, q.created_at desc")
        .param("s", subject).param("g", grade).query(Quizzes::quiz).list();
  }

  /** The practice quiz of one outcome: a single pool for it, no fixed items. */
  Optional<Quiz> practice(UUID outcomeId) {
    return jdbc.sql(SELECT + " " + """
         where (select count(*) from assessment.quiz_pool p where p.quiz_id = q.id) = 1
           and exists (select 1 from assessment.quiz_pool p where p.quiz_id = q.id and p.outcome_id = :o)
           and not exists (select 1 from assessment.quiz_item i where i.quiz_id = q.id)
         order by q.created_at limit 1""").param("o", outcomeId).query(Quizzes::quiz).optional();
  }

  List<UUID> fixedItems(UUID quizId) {
    return jdbc.sql("select item_id from assessment.quiz_item where quiz_id = :q order by position").param("q", quizId).query(UUID.class).list();
  }

  List<Pool> pools(UUID quizId) {
    return jdbc.sql("select outcome_id, draw_count from assessment.quiz_pool where quiz_id = :q order by outcome_id").param("q", quizId)
        .query((rs, n) -> new Pool(rs.getObject("outcome_id", UUID.class), rs.getInt("draw_count"))).list();
  }

  UUID insert(QuizService.QuizDraft d, UUID authorId, List<UUID> itemIds, List<Pool> pools) {
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into assessment.quiz (id, titles, subject_code, grade, time_limit_seconds, attempts_allowed, review_policy, author_id)
        values (:id, cast(:titles as jsonb), :subject, :grade, :limit, :attempts, :policy, :author)""")
        .param("id", id).param("titles", LocalizedJson.json(d.titles())).param("subject", d.subject()).param("grade", d.grade())
        .param("limit", d.timeLimitSeconds()).param("attempts", d.attemptsAllowed() == null ? 1 : d.attemptsAllowed())
        .param("policy", d.reviewPolicy() == null ? "after_submit" : d.reviewPolicy()).param("author", authorId).update();
    for (int i = 0; i < itemIds.size(); i++) {
      jdbc.sql("insert into assessment.quiz_item (quiz_id, position, item_id) values (:q, :p, :i)").param("q", id).param("p", i).param("i", itemIds.get(i)).update();
    }
    for (Pool p : pools) {
      jdbc.sql("insert into assessment.quiz_pool (quiz_id, outcome_id, draw_count) values (:q, :o, :n)").param("q", id).param("o", p.outcomeId()).param("n", p.count()).update();
    }
    return id;
  }

}
