package org.erdem.dataset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.erdem.shared.Ids;

/**
 * The quizzes a generated child took so far this school year, each within the class's assignment of
 * it ({@link ClassWork}) and between its first and its due day: every quiz of the grade once, some a
 * second time; the items each attempt drew, and the answers, graded. A child gets an item right with
 * the probability that the child knows its outcome, so that the mastery rows agree with the answers.
 */
final class QuizHistory {
  static final double SECOND_ATTEMPT = 0.4;
  private static final int SECONDS_PER_ANSWER = 40;
  private final CopyWriter attempts = new CopyWriter("assessment.attempt",
      "id, quiz_id, child_id, school_id, account_id, context_id, number, started_at, deadline_at, submitted_at, score, max_score");
  private final CopyWriter slots = new CopyWriter("assessment.attempt_item", "attempt_id, position, item_id");
  private final CopyWriter answers = new CopyWriter("assessment.answer", "attempt_id, position, response, client_id, seq, saved_at, correct");
  private final LocalDate today;
  private final ClassWork work;

  QuizHistory(LocalDate today, ClassWork work) {
    this.today = today;
    this.work = work;
  }

  List<CopyWriter> tables() {
    return List.of(attempts, slots, answers);
  }

  /** Evidence on one outcome: the answers given and the answers right. */
  static final class Tally {
    int evidence;
    int correct;
  }

  /** Writes the child's attempts at the quizzes of the class's work, and the progress they make; returns the evidence per outcome. */
  Map<UUID, Tally> take(UUID child, UUID school, UUID account, List<ClassWork.Assignment> assigned, Map<UUID, Double> knows, Random random) {
    var tallies = new HashMap<UUID, Tally>();
    for (var assignment : assigned) {
      var quiz = assignment.quiz();
      if (quiz == null || !assignment.startsOn().isBefore(today)) {
        continue;
      }
      int times = random.nextDouble() < SECOND_ATTEMPT ? 2 : 1;
      OffsetDateTime first = null;
      OffsetDateTime submitted = null;
      int score = 0;
      for (int number = 1; number <= times; number++) {
        UUID attempt = Ids.newId();
        OffsetDateTime started = work.momentWithin(assignment, random);
        if (submitted != null && started.isBefore(submitted)) {
          started = submitted.plusMinutes(5);
        }
        first = first == null ? started : first;
        score = 0;
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
        submitted = started.plusSeconds((questions.size() + 1L) * SECONDS_PER_ANSWER);
        attempts.row(attempt, quiz.id(), child, school, account, assignment.id(), number, started, started.plusMinutes(30), submitted, score,
            questions.size());
      }
      work.quizTaken(assignment, child, school, first, submitted, score, quiz.questions().size());
    }
    return tallies;
  }

  /** A version-4 UUID from the seeded generator, as a browser makes for each answer. */
  private static UUID randomUuid(Random random) {
    return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
  }
}
