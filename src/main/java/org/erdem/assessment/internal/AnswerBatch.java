package org.erdem.assessment.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.assessment.internal.AttemptService.Ack;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;

/**
 * What becomes of answers handed in together: which are stored, which are retries of an answer
 * received before, which are refused and why. They are judged in the order they arrived, each as if
 * it came alone after the ones before it, so that storing them in one transaction changes nothing a
 * child can see.
 */
final class AnswerBatch {
  /** An answer as a child handed it in, under a client-made id. */
  record Given(UUID attemptId, int position, UUID clientId, long seq, Map<String, Object> response, UUID accountId) {
    Key key() {
      return new Key(attemptId, position);
    }
  }

  /** What the database holds for one given answer: its attempt (locked), the question asked, the answer kept, an earlier receipt of its id. */
  record Found(Attempts.Attempt attempt, Attempts.Asked asked, OffsetDateTime savedAt, UUID receiptAttempt, Integer receiptPosition) {}

  record Key(UUID attemptId, int position) {}

  /** An answer's acknowledgement, or why it was refused. */
  record Outcome(Ack ack, RuntimeException refusal) {
    Ack ackOrThrow() {
      if (refusal != null) {
        throw refusal;
      }
      return ack;
    }
  }

  private final List<Given> given;
  private final List<Found> found;
  private final List<Verdict> verdicts = new ArrayList<>();
  private final Map<UUID, Given> received = new LinkedHashMap<>();
  private final Map<Key, Given> kept = new LinkedHashMap<>();

  AnswerBatch(List<Given> given, List<Found> found, OffsetDateTime now) {
    this.given = given;
    this.found = found;
    for (int i = 0; i < given.size(); i++) {
      verdicts.add(judge(given.get(i), found.get(i), now));
    }
  }

  private record Verdict(boolean duplicate, RuntimeException refusal) {
    static final Verdict NEW = new Verdict(false, null);
    static final Verdict RETRY = new Verdict(true, null);

    static Verdict refused(RuntimeException why) {
      return new Verdict(false, why);
    }
  }

  private Verdict judge(Given g, Found f, OffsetDateTime now) {
    var a = f.attempt();
    if (a == null) {
      return Verdict.refused(new NotFoundException("attempt " + g.attemptId()));
    }
    if (!a.accountId().equals(g.accountId())) {
      return Verdict.refused(new AccessDeniedException());
    }
    // A retry is known by its id before anything else: it is acknowledged as the first time, even after the attempt closed.
    var earlier = received.get(g.clientId());
    boolean seenBefore = earlier != null || f.receiptAttempt() != null;
    if (seenBefore) {
      boolean same = earlier != null ? earlier.key().equals(g.key())
          : f.receiptAttempt().equals(g.attemptId()) && f.receiptPosition() == g.position();
      if (!same) {
        return Verdict.refused(ValidationException.of("clientId", "validation.answer.idReused"));
      }
      return Verdict.RETRY;
    }
    if (a.submitted()) {
      return Verdict.refused(ValidationException.of(null, "validation.attempt.submitted"));
    }
    if (a.deadlineAt() != null && now.isAfter(a.deadlineAt().plus(AttemptService.GRACE))) {
      return Verdict.refused(ValidationException.of(null, "validation.attempt.timeUp"));
    }
    if (f.asked() == null) {
      return Verdict.refused(ValidationException.of("position", "validation.answer.malformed"));
    }
    if (!wellFormed(f.asked().type(), g.response(), f.asked().shuffle())) {
      return Verdict.refused(ValidationException.of("response", "validation.answer.malformed"));
    }
    received.put(g.clientId(), g);
    // The child's latest answer is kept: of two for one question, the one with the higher sequence, or the later at a tie.
    kept.merge(g.key(), g, (old, next) -> next.seq() >= old.seq() ? next : old);
    return Verdict.NEW;
  }

  private static boolean wellFormed(String type, Map<String, Object> r, List<Integer> shuffle) {
    int size = shuffle.isEmpty() ? Integer.MAX_VALUE : shuffle.size();
    return switch (type) {
      case "single" -> Grader.integer(r.get("choice")) != null;
      case "multiple" -> r.get("choices") instanceof List<?> l && l.stream().allMatch(x -> Grader.integer(x) != null);
      case "truefalse" -> r.get("value") instanceof Boolean || "true".equals(r.get("value")) || "false".equals(r.get("value"));
      case "numeric" -> r.get("value") != null && String.valueOf(r.get("value")).length() <= 40;
      case "short" -> r.get("text") instanceof String s && s.length() <= 500;
      case "ordering" -> r.get("order") instanceof List<?> l && l.size() == size && l.stream().allMatch(x -> x == null || Grader.integer(x) != null);
      case "matching" -> r.get("matches") instanceof List<?> l && l.size() == size && l.stream().allMatch(x -> x == null || Grader.integer(x) != null);
      default -> false;
    };
  }

  /** The receipts to write: one per new client-made id. */
  Collection<Given> receipts() {
    return received.values();
  }

  /** The answers to keep: one per question, the latest given. */
  Collection<Given> kept() {
    return kept.values();
  }

  /** Each given answer's outcome, once the kept ones are written: {@code written} holds when each question's answer was saved, where it was. */
  List<Outcome> outcomes(Map<Key, OffsetDateTime> written) {
    var outcomes = new ArrayList<Outcome>(given.size());
    for (int i = 0; i < given.size(); i++) {
      var g = given.get(i);
      var verdict = verdicts.get(i);
      if (verdict.refusal() != null) {
        outcomes.add(new Outcome(null, verdict.refusal()));
      } else {
        // An answer older than the one kept is acknowledged with the time the kept one was saved.
        var savedAt = written.getOrDefault(g.key(), found.get(i).savedAt());
        outcomes.add(new Outcome(new Ack(g.clientId(), g.position(), verdict.duplicate(), savedAt), null));
      }
    }
    return outcomes;
  }
}
