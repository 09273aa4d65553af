package org.erdem.dataset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;

/**
 * The quizzes a generated child took so far this school year: every quiz of the grade once, some a
 * second time; the items each attempt drew, and the answers, graded. A child gets an item right with
 * the probability that the child knows its outcome, so that the mastery rows agree with the answers.
 */
final class QuizHistory {
  static final double SECOND_ATTEMPT = 0.4;
  private static final int SECONDS_PER_ANSWER = 40;
  private final CopyWriter attempts = new CopyWriter("assessment.attempt",
      "id, quiz_id, child_id, school_id, account_id, number, started_at, deadline_at, submitted_at, score, max_score");
  private final CopyWriter slots = new CopyWriter("assessment.attempt_item", "attempt_id, position, item_id");
  private final CopyWriter answers = new CopyWriter("assessment.answer", "attempt_id, position, response, client_id, seq, saved_at, correct");
  private final LocalDate today;
  private final long days;

  /** Attempts fall on the days from the first of September to yesterday. */
  QuizHistory(LocalDate septemberFirst, LocalDate today) {
    this.today = today;
    this.days = Math.max(1, ChronoUnit.DAYS.between(septemberFirst, today));
  }

  List<CopyWriter> tables() {
    return List.of(attempts, slots, answers);
  }

  /** Evidence on one outcome: the answers given and the answers right. */
  static final class Tally {
    int evidence;
    int correct;
  }

  /** Writes the child's attempts; returns the evidence per outcome. */
  Map<UUID, Tally> take(UUID child, UUID school, UUID account, List<Catalogue.Quiz> quizzes, Map<UUID, Double> knows, Random random) {
    var tallies = new HashMap<UUID, Tally>();
    for (var quiz : quizzes) {
      int times = random.nextDouble() < SECOND_ATTEMPT ? 2 : 1;
      for (int number = 1; number <= times; number++) {
        UUID attempt = Ids.newId();
        OffsetDateTime started = today.minusDays(1 + random.nextLong(days)).atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(Calendar.ZONE)
            .toOffsetDateTime();
        int score = 0;
        var questions = quiz.questions();
        for (int p = 0; p < questions.size(); p++) {
          var question = questions.get(p);
          boolean right = random.nextDouble() < knows.get(question.outcomeId());
          int choice = right ? question.correct() : (question.correct() + 1 + random.nextInt(Catalogue.CHOICES - 1)) % Catalogue.CHOICES;
          slots.row(attempt, p, question.itemId());
          answers.row(attempt, p, "{\"choice\": " + choice + "}", randomUuid(random), p + 1, started.plusSeconds((p + 1L) * SECONDS_PER_ANSWER), right);
          var tally = tallies.computeIfAbsent(question.outcomeId(), o -> new Tally());
          tally.evidence++;
          tally.correct += right ? 1 : 0;
          score += right ? 1 : 0;
        }
        OffsetDateTime submitted = started.plusSeconds((questions.size() + 1L) * SECONDS_PER_ANSWER);
        attempts.row(attempt, quiz.id(), child, school, account, number, started, started.plusMinutes(30), submitted, score, questions.size());
      }
    }
    return tallies;
  }

  /** A version-4 UUID from the seeded generator, as a browser makes for each answer. */
  private static UUID randomUuid(Random random) {
    return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
  }
}
