package org.erdem.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.assessment.internal.AnswerBatch.Found;
import org.erdem.assessment.internal.AnswerBatch.Given;
import org.erdem.assessment.internal.AnswerBatch.Key;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** Answers handed in together are judged as if each came alone, in the order they arrived. */
class AnswerBatchTest {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00Z");
  static final UUID CHILD_ACCOUNT = UUID.randomUUID();
  static final UUID ATTEMPT = UUID.randomUUID();
  static final Attempts.Asked SINGLE = new Attempts.Asked("single", List.of());

  static Attempts.Attempt attempt(OffsetDateTime deadline, OffsetDateTime submitted) {
    return new Attempts.Attempt(ATTEMPT, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), CHILD_ACCOUNT, null, 1,
        NOW.minusMinutes(5), deadline, submitted, null, null);
  }

  static Given given(int position, UUID clientId, long seq, Object choice) {
    return new Given(ATTEMPT, position, clientId, seq, Map.of("choice", choice), CHILD_ACCOUNT);
  }

  static Found open() {
    return new Found(attempt(null, null), SINGLE, null, null, null);
  }

  static String refusal(AnswerBatch.Outcome outcome) {
    return outcome.refusal() instanceof ValidationException v ? v.errors().getFirst().messageKey() : outcome.refusal().getClass().getSimpleName();
  }

  @Test
  void ofTwoAnswersToOneQuestionTheLaterIsKeptAndASecondSendingOfAnIdIsARetry() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    var given = List.of(given(0, first, 5, 1), given(0, first, 5, 1), given(0, second, 6, 2), given(1, UUID.randomUUID(), 7, 0));
    var batch = new AnswerBatch(given, List.of(open(), open(), open(), open()), NOW);

    assertThat(batch.receipts()).extracting(Given::clientId).as("one receipt per id").hasSize(3).containsOnlyOnce(first);
    assertThat(batch.kept()).as("one answer per question, the latest").extracting(g -> g.response().get("choice")).containsExactly(2, 0);
    var saved = NOW.plusSeconds(1);
    var outcomes = batch.outcomes(Map.of(new Key(ATTEMPT, 0), saved, new Key(ATTEMPT, 1), saved));
    assertThat(outcomes).allSatisfy(o -> assertThat(o.refusal()).isNull());
    assertThat(outcomes).extracting(o -> o.ack().duplicate()).containsExactly(false, true, false, false);
    assertThat(outcomes).extracting(o -> o.ack().savedAt()).containsOnly(saved);
  }

  @Test
  void aLateOlderAnswerIsAcknowledgedWithTheTimeOfTheNewerOneKept() {
    var keptAt = NOW.minusSeconds(30);
    var batch = new AnswerBatch(List.of(given(0, UUID.randomUUID(), 3, 1)), List.of(new Found(attempt(null, null), SINGLE, keptAt, null, null)), NOW);
    assertThat(batch.kept()).hasSize(1);
    assertThat(batch.outcomes(Map.of()).getFirst().ack().savedAt()).as("the database kept the newer answer").isEqualTo(keptAt);
  }

  @Test
  void anIdReceivedBeforeIsARetryEvenAfterTheAttemptClosedButNotForAnotherQuestion() {
    UUID id = UUID.randomUUID();
    var keptAt = NOW.minusMinutes(1);
    var closed = attempt(null, NOW.minusSeconds(10));
    var batch = new AnswerBatch(List.of(given(0, id, 1, 1), given(1, id, 1, 1)),
        List.of(new Found(closed, SINGLE, keptAt, ATTEMPT, 0), new Found(closed, SINGLE, null, ATTEMPT, 0)), NOW);
    assertThat(batch.receipts()).isEmpty();
    var outcomes = batch.outcomes(Map.of());
    assertThat(outcomes.get(0).ack()).satisfies(a -> {
      assertThat(a.duplicate()).isTrue();
      assertThat(a.savedAt()).isEqualTo(keptAt);
    });
    assertThat(refusal(outcomes.get(1))).isEqualTo("validation.answer.idReused");
  }

  @Test
  void aRefusedAnswerLeavesNothingToWriteAndDoesNotStopTheOthers() {
    UUID reused = UUID.randomUUID();
    var given = List.of(
        given(0, UUID.randomUUID(), 1, 0),
        new Given(ATTEMPT, 0, UUID.randomUUID(), 1, Map.of("choice", 0), UUID.randomUUID()),
        given(0, UUID.randomUUID(), 1, "one"),
        given(9, UUID.randomUUID(), 1, 0),
        given(0, reused, 1, 0),
        given(1, reused, 2, 0));
    var found = List.of(new Found(null, null, null, null, null), open(), open(), new Found(attempt(null, null), null, null, null, null), open(), open());
    var batch = new AnswerBatch(given, found, NOW);
    var outcomes = batch.outcomes(Map.of(new Key(ATTEMPT, 0), NOW));
    assertThat(outcomes).extracting(o -> o.refusal() == null ? "stored" : refusal(o)).containsExactly(
        NotFoundException.class.getSimpleName(), AccessDeniedException.class.getSimpleName(), "validation.answer.malformed",
        "validation.answer.malformed", "stored", "validation.answer.idReused");
    assertThat(batch.receipts()).extracting(Given::clientId).containsExactly(reused);
  }

  @Test
  void theServersClockClosesAnAttemptAfterItsGrace() {
    var inGrace = new AnswerBatch(List.of(given(0, UUID.randomUUID(), 1, 0)),
        List.of(new Found(attempt(NOW.minusSeconds(3), null), SINGLE, null, null, null)), NOW);
    assertThat(inGrace.outcomes(Map.of()).getFirst().refusal()).isNull();
    var late = new AnswerBatch(List.of(given(0, UUID.randomUUID(), 1, 0)),
        List.of(new Found(attempt(NOW.minus(AttemptService.GRACE).minusSeconds(1), null), SINGLE, null, null, null)), NOW);
    assertThat(refusal(late.outcomes(Map.of()).getFirst())).isEqualTo("validation.attempt.timeUp");
    var submitted = new AnswerBatch(List.of(given(0, UUID.randomUUID(), 1, 0)),
        List.of(new Found(attempt(null, NOW.minusSeconds(1)), SINGLE, null, null, null)), NOW);
    assertThat(refusal(submitted.outcomes(Map.of()).getFirst())).isEqualTo("validation.attempt.submitted");
    assertThat(submitted.receipts()).isEmpty();
  }
}
