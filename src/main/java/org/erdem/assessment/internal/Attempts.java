package org.erdem.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.erdem.shared.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  /** Records receipt of a client-made answer id; false when that id was received before. */
  boolean receive(UUID clientId, UUID attemptId, int position, Map<String, Object> response) {
    return jdbc.sql("""
        insert into assessment.answer_receipt (client_id, attempt_id, position, response) values (:c, :a, :p, cast(:r as jsonb))
        on conflict (client_id) do nothing""")
        .param("c", clientId).param("a", attemptId).param("p", position).param("r", Json.write(response)).update() == 1;
  }

  Optional<UUID> receiptAttempt(UUID clientId, int position) {
    return jdbc.sql("select attempt_id from assessment.answer_receipt where client_id = :c and position = :p")
        .param("c", clientId).param("p", position).query(UUID.class).optional();
  }

  /**
   * Keeps the child's latest answer: an older one arriving late (a retry) does not replace a newer one.
   * Returns when the answer kept for that question was saved.
   */
  OffsetDateTime store(UUID attemptId, int position, Map<String, Object> response, UUID clientId, long seq) {
    return jdbc.sql("""
        insert into assessment.answer (attempt_id, position, response, client_id, seq) values (:a, :p, cast(:r as jsonb), :c, :s)
        on conflict (attempt_id, position) do update set response = excluded.response, client_id = excluded.client_id,
               seq = excluded.seq, saved_at = now()
         where assessment.answer.seq <= excluded.seq
        returning saved_at""")
        .param("a", attemptId).param("p", position).param("r", Json.write(response)).param("c", clientId).param("s", seq)
        .query(OffsetDateTime.class).optional().orElseGet(() -> savedAt(attemptId, position));
  }

  OffsetDateTime savedAt(UUID attemptId, int position) {
    return jdbc.sql("select saved_at from assessment.answer where attempt_id = :a and position = :p")
        .param("a", attemptId).param("p", position).query(OffsetDateTime.class).single();
  }

  /** What a question of an attempt asks for: the item's type and the order its parts are shown in. */
  record Asked(String type, List<Integer> shuffle) {}

  /** The attempt, locked as by {@link #lock}, with what its question at that position asks for (none past the last). */
  record Answering(Attempt attempt, Optional<Asked> asked) {}

  Optional<Answering> lockForAnswer(UUID attemptId, int position) {
    return jdbc.sql("select a.*, i.type as item_type, s.shuffle from (" + SELECT + " where id = :id for update) a"
            + " left join assessment.attempt_item s on s.attempt_id = a.id and s.position = :p"
            + " left join assessment.item i on i.id = s.item_id")
        .param("id", attemptId).param("p", position)
        .query((rs, n) -> {
          String type = rs.getString("item_type");
          var asked = type == null ? Optional.<Asked>empty() : Optional.of(new Asked(type, Json.read(rs.getString("shuffle"), INTS)));
          return new Answering(attempt(rs, n), asked);
        })
        .optional();
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
