package org.erdem.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.erdem.shared.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Attempts, the items each drew, and the answers given, in the {@code assessment} schema. */
@Repository
class Attempts {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<Integer>> INTS = new TypeReference<>() {};
  private final JdbcClient jdbc;

  Attempts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Attempt(UUID id, UUID quizId, UUID childId, UUID schoolId, UUID accountId, UUID contextId, int number,
      OffsetDateTime startedAt, OffsetDateTime deadlineAt, OffsetDateTime submittedAt, Integer score, Integer maxScore) {
    boolean submitted() {
      return submittedAt != null;
    }
  }

  record Slot(int position, UUID itemId, List<Integer> shuffle) {}

  record Answer(int position, Map<String, Object> response, long seq, OffsetDateTime savedAt, Boolean correct) {}

  private static final String SELECT = """
      select id, quiz_id, child_id, school_id, account_id, context_id, number, started_at, deadline_at, submitted_at, score, max_score
        from assessment.attempt""";

  static Attempt attempt(ResultSet rs, int n) throws SQLException {
    return new Attempt(rs.getObject("id", UUID.class), rs.getObject("quiz_id", UUID.class), rs.getObject("child_id", UUID.class),
        rs.getObject("school_id", UUID.class), rs.getObject("account_id", UUID.class), rs.getObject("context_id", UUID.class),
        rs.getInt("number"), rs.getObject("started_at", OffsetDateTime.class), rs.getObject("deadline_at", OffsetDateTime.class),
        rs.getObject("submitted_at", OffsetDateTime.class), (Integer) rs.getObject("score"), (Integer) rs.getObject("max_score"));
  }

  Optional<Attempt> find(UUID id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Attempts::attempt).optional();
  }

  /** The attempt, locked until the transaction ends: answers and submission of one attempt happen one at a time. */
  Optional<Attempt> lock(UUID id) {
    return jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(Attempts::attempt).optional();
  }

  List<Attempt> of(UUID quizId, UUID childId, UUID contextId) {
    return jdbc.sql(SELECT + " where quiz_id = :q and child_id = :c and context_id is not distinct from :ctx order by number")
        .param("q", quizId).param("c", childId).param("ctx", contextId).query(Attempts::attempt).list();
  }

  void lockStart(UUID quizId, UUID childId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", quizId + "/" + childId).query().singleRow();
  }

  void insert(Attempt a) {
    jdbc.sql("""
        insert into assessment.attempt (id, quiz_id, child_id, school_id, account_id, context_id, number, started_at, deadline_at)
        values (:id, :quiz, :child, :school, :account, :context, :number, :started, :deadline)""")
        .param("id", a.id()).param("quiz", a.quizId()).param("child", a.childId()).param("school", a.schoolId())
        .param("account", a.accountId()).param("context", a.contextId()).param("number", a.number())
        .param("started", a.startedAt()).param("deadline", a.deadlineAt()).update();
  }

  void insertSlot(UUID attemptId, Slot slot) {
    jdbc.sql("insert into assessment.attempt_item (attempt_id, position, item_id, shuffle) values (:a, :p, :i, cast(:s as jsonb))")
        .param("a", attemptId).param("p", slot.position()).param("i", slot.itemId()).param("s", Json.write(slot.shuffle())).update();
  }

  List<Slot> slots(UUID attemptId) {
    return jdbc.sql("select position, item_id, shuffle from assessment.attempt_item where attempt_id = :a order by position")
        .param("a", attemptId)
        .query((rs, n) -> new Slot(rs.getInt("position"), rs.getObject("item_id", UUID.class), Json.read(rs.getString("shuffle"), INTS))).list();
  }

  Map<Integer, Answer> answers(UUID attemptId) {
    var answers = new HashMap<Integer, Answer>();
    jdbc.sql("select position, response, seq, saved_at, correct from assessment.answer where attempt_id = :a").param("a", attemptId)
        .query((rs, n) -> new Answer(rs.getInt("position"), Json.read(rs.getString("response"), MAP), rs.getLong("seq"),
            rs.getObject("saved_at", OffsetDateTime.class), (Boolean) rs.getObject("correct")))
        .list().forEach(a -> answers.put(a.position(), a));
    return answers;
  }

  /** What a question of an attempt asks for: the item's type and the order its parts are shown in. */
  record Asked(String type, List<Integer> shuffle) {}

  /**
   * What answers handed in together are judged by, one row each in their order: the attempt, locked as
   * by {@link #lock} (all of them in id order, so that two writers never wait on each other), what the
   * question at that position asks for (none past the last), when its kept answer was saved, and
   * where an earlier receipt of the same client-made id belongs.
   */
  List<AnswerBatch.Found> answering(List<AnswerBatch.Given> given) {
    return jdbc.sql("select a.*, i.type as item_type, s.shuffle, an.saved_at, r.attempt_id as receipt_attempt, r.position as receipt_position"
            + " from unnest(:attempts, :positions, :clients) with ordinality as g (attempt_id, position, client_id, n)"
            + " left join (" + SELECT + " where id = any(:attempts) order by id for update) a on a.id = g.attempt_id"
            + " left join assessment.attempt_item s on s.attempt_id = a.id and s.position = g.position"
            + " left join assessment.item i on i.id = s.item_id"
            + " left join assessment.answer an on an.attempt_id = a.id and an.position = g.position"
            + " left join assessment.answer_receipt r on r.client_id = g.client_id"
            + " order by g.n")
        .param("attempts", array("uuid", given, AnswerBatch.Given::attemptId))
        .param("positions", array("int4", given, AnswerBatch.Given::position))
        .param("clients", array("uuid", given, AnswerBatch.Given::clientId))
        .query((rs, n) -> {
          String type = rs.getString("item_type");
          return new AnswerBatch.Found(rs.getObject("id") == null ? null : attempt(rs, n),
              type == null ? null : new Asked(type, Json.read(rs.getString("shuffle"), INTS)), rs.getObject("saved_at", OffsetDateTime.class),
              rs.getObject("receipt_attempt", UUID.class), (Integer) rs.getObject("receipt_position"));
        })
        .list();
  }

  /**
   * Writes in one statement the receipts of new client-made ids and the answers to keep, each kept
   * answer replacing an older one (by the child's sequence) but never a newer one arriving late.
   * Returns when each question's kept answer was saved, where it was written. A receipt that another
   * transaction wrote first (the same id sent to another node at the same moment) fails the whole write.
   */
  Map<AnswerBatch.Key, OffsetDateTime> write(Collection<AnswerBatch.Given> receipts, Collection<AnswerBatch.Given> kept) {
    var written = new HashMap<AnswerBatch.Key, OffsetDateTime>();
    long received = jdbc.sql("""
        with received as (
          insert into assessment.answer_receipt (client_id, attempt_id, position, response)
          select c, a, p, cast(r as jsonb) from unnest(:rc, :ra, :rp, :rr) as g (c, a, p, r)
          on conflict (client_id) do nothing
          returning client_id),
        kept as (
          insert into assessment.answer (attempt_id, position, response, client_id, seq)
          select a, p, cast(r as jsonb), c, s from unnest(:ka, :kp, :kr, :kc, :ks) as g (a, p, r, c, s)
          on conflict (attempt_id, position) do update set response = excluded.response, client_id = excluded.client_id,
                 seq = excluded.seq, saved_at = now()
           where assessment.answer.seq <= excluded.seq
          returning attempt_id, position, saved_at)
        select (select count(*) from received) as received, kept.attempt_id, kept.position, kept.saved_at
          from (select 1) as one left join kept on true""")
        .param("rc", array("uuid", receipts, AnswerBatch.Given::clientId)).param("ra", array("uuid", receipts, AnswerBatch.Given::attemptId))
        .param("rp", array("int4", receipts, AnswerBatch.Given::position))
        .param("rr", array("text", receipts, g -> Json.write(g.response())))
        .param("ka", array("uuid", kept, AnswerBatch.Given::attemptId))
        .param("kp", array("int4", kept, AnswerBatch.Given::position))
        .param("kr", array("text", kept, g -> Json.write(g.response())))
        .param("kc", array("uuid", kept, AnswerBatch.Given::clientId))
        .param("ks", array("int8", kept, AnswerBatch.Given::seq))
        .query((rs, n) -> {
          if (rs.getObject("attempt_id") != null) {
            written.put(new AnswerBatch.Key(rs.getObject("attempt_id", UUID.class), rs.getInt("position")),
                rs.getObject("saved_at", OffsetDateTime.class));
          }
          return rs.getLong("received");
        })
        .list().getFirst();
    if (received != receipts.size()) {
      throw new IllegalStateException("an answer id was received by another transaction meanwhile");
    }
    return written;
  }

  /** One column of the given answers, as a PostgreSQL array of that type. */
  private static SqlArrayValue array(String type, Collection<AnswerBatch.Given> given, Function<AnswerBatch.Given, Object> column) {
    return new SqlArrayValue(type, given.stream().map(column).toArray());
  }

  /** One question of an attempt as it is shown: its item, the order of its parts, how many there are, the answer kept. */
  record Shown(UUID itemId, String type, List<Integer> shuffle, int total, Map<String, Object> response) {}

  Optional<Shown> shown(UUID attemptId, int position) {
    return jdbc.sql("""
        select s.item_id, i.type, s.shuffle, an.response,
               (select count(*) from assessment.attempt_item t where t.attempt_id = s.attempt_id) as total
          from assessment.attempt_item s join assessment.item i on i.id = s.item_id
          left join assessment.answer an on an.attempt_id = s.attempt_id and an.position = s.position
         where s.attempt_id = :a and s.position = :p""")
        .param("a", attemptId).param("p", position)
        .query((rs, n) -> new Shown(rs.getObject("item_id", UUID.class), rs.getString("type"), Json.read(rs.getString("shuffle"), INTS),
            rs.getInt("total"), rs.getString("response") == null ? Map.of() : Json.read(rs.getString("response"), MAP)))
        .optional();
  }

  void grade(UUID attemptId, int position, boolean correct) {
    jdbc.sql("update assessment.answer set correct = :c where attempt_id = :a and position = :p")
        .param("c", correct).param("a", attemptId).param("p", position).update();
  }

  void submit(UUID attemptId, int score, int maxScore) {
    jdbc.sql("update assessment.attempt set submitted_at = now(), score = :s, max_score = :m where id = :id")
        .param("s", score).param("m", maxScore).param("id", attemptId).update();
  }
}
