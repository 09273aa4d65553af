package org.erdem.dataset;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.erdem.shared.Ids;

/**
 * The national catalogue the generated children learn from: published lessons (in Mongolian, Russian
 * and Kazakh) and single-choice items on every outcome, and fixed mathematics quizzes per grade that
 * ask {@link #ITEMS_PER_OUTCOME} items of each of the grade's outcomes.
 */
final class Catalogue {
  static final int QUIZZES_PER_GRADE = 4;
  static final int ITEMS_PER_OUTCOME = 2;
  static final int CHOICES = 4;
  static final int ATTEMPTS_ALLOWED = 3;
  private static final List<String> LANGUAGES = List.of("mn", "ru", "kk");

  record Outcome(UUID id, String code, String subject, int grade) {}

  /** The outcomes the quizzes of a grade ask about, and that the generated mastery rows estimate. */
  static List<Outcome> quizzed(List<Outcome> outcomes, int grade) {
    return outcomes.stream().filter(o -> o.subject().equals("math") && o.grade() == grade).toList();
  }

  /** One question of a quiz: the item, its outcome and the index of its right choice. */
  record Question(UUID itemId, UUID outcomeId, int correct) {}

  record Quiz(UUID id, int grade, List<Question> questions) {}

  private final CopyWriter lessons = new CopyWriter("content.lesson", "id, key, author_id, open_count");
  private final CopyWriter versions = new CopyWriter("content.lesson_version",
      "id, lesson_id, number, status, subject_code, grade, duration_minutes, created_by, submitted_at, published_at, published_by");
  private final CopyWriter lessonVariants = new CopyWriter("content.lesson_variant", "version_id, language, title, summary, body_markdown, body_html");
  private final CopyWriter lessonOutcomes = new CopyWriter("content.lesson_outcome", "version_id, outcome_id");
  private final CopyWriter items = new CopyWriter("assessment.item", "id, key, outcome_id, type, answer, status, author_id, published_at");
  private final CopyWriter itemVariants = new CopyWriter("assessment.item_variant", "item_id, language, stem, feedback, choices");
  private final CopyWriter quizzes = new CopyWriter("assessment.quiz",
      "id, titles, subject_code, grade, time_limit_seconds, attempts_allowed, review_policy, author_id");
  private final CopyWriter quizItems = new CopyWriter("assessment.quiz_item", "quiz_id, position, item_id");
  private final Map<Integer, List<UUID>> mathLessons = new HashMap<>();

  /** In the order of their foreign keys. */
  List<CopyWriter> tables() {
    return List.of(lessons, versions, lessonVariants, lessonOutcomes, items, itemVariants, quizzes, quizItems);
  }

  /**
   * Writes the catalogue at a scale (1 = ~2,000 lessons and ~20,000 items; never fewer items than the
   * quizzes ask) and returns the mathematics quizzes by grade.
   */
  Map<Integer, List<Quiz>> write(List<Outcome> outcomes, double scale, UUID author, OffsetDateTime publishedAt, Random random) {
    int lessonsPerOutcome = Math.max(1, (int) Math.round(15 * scale));
    int itemsPerOutcome = Math.max(QUIZZES_PER_GRADE * ITEMS_PER_OUTCOME, (int) Math.round(149 * scale));
    var itemsOf = new HashMap<UUID, List<Question>>();
    int lesson = 0;
    int item = 0;
    for (var outcome : outcomes) {
      for (int k = 0; k < lessonsPerOutcome; k++) {
        lesson(outcome, ++lesson, author, publishedAt);
      }
      var questions = new ArrayList<Question>();
      for (int k = 0; k < itemsPerOutcome; k++) {
        questions.add(item(outcome, ++item, author, publishedAt, random));
      }
      itemsOf.put(outcome.id(), questions);
    }
    var byGrade = new HashMap<Integer, List<Quiz>>();
    for (int grade = 1; grade <= 12; grade++) {
      var gradeOutcomes = quizzed(outcomes, grade);
      if (gradeOutcomes.isEmpty()) {
        continue;
      }
      var gradeQuizzes = new ArrayList<Quiz>();
      for (int q = 0; q < QUIZZES_PER_GRADE; q++) {
        var questions = new ArrayList<Question>();
        for (var outcome : gradeOutcomes) {
          questions.addAll(itemsOf.get(outcome.id()).subList(q * ITEMS_PER_OUTCOME, (q + 1) * ITEMS_PER_OUTCOME));
        }
        gradeQuizzes.add(quiz(grade, q + 1, questions, author));
      }
      byGrade.put(grade, gradeQuizzes);
    }
    return byGrade;
  }

  private void lesson(Outcome outcome, int n, UUID author, OffsetDateTime publishedAt) {
    UUID id = Ids.newId();
    UUID version = Ids.newId();
    lessons.row(id, "G-L" + n, author, n % 100);
    versions.row(version, id, 1, "published", outcome.subject(), outcome.grade(), 40, author, publishedAt, publishedAt, author);
    for (String language : LANGUAGES) {
      String title = outcome.code() + " · " + n + " (" + language + ")";
      lessonVariants.row(version, language, title, outcome.code(),
          "## " + title + "\n\n" + outcome.code() + ": " + n + ".\n", "<h2>" + title + "</h2>\n<p>" + outcome.code() + ": " + n + ".</p>\n");
    }
    lessonOutcomes.row(version, outcome.id());
    if (outcome.subject().equals("math")) {
      mathLessons.computeIfAbsent(outcome.grade(), g -> new ArrayList<>()).add(id);
    }
  }

  /** The mathematics lessons of a grade, in the order they were written (after {@link #write}). */
  List<UUID> mathLessons(int grade) {
    return mathLessons.getOrDefault(grade, List.of());
  }

  private Question item(Outcome outcome, int n, UUID author, OffsetDateTime publishedAt, Random random) {
    UUID id = Ids.newId();
    int correct = random.nextInt(CHOICES);
    items.row(id, "G-I" + n, outcome.id(), "single", "{\"correct\": " + correct + "}", "published", author, publishedAt);
    String choices = "[\"" + n + "\", \"" + (n + 1) + "\", \"" + (n + 2) + "\", \"" + (n + 3) + "\"]";
    for (String language : LANGUAGES) {
      itemVariants.row(id, language, outcome.code() + " · " + n + " (" + language + ")", "", choices);
    }
    return new Question(id, outcome.id(), correct);
  }

  private Quiz quiz(int grade, int number, List<Question> questions, UUID author) {
    UUID id = Ids.newId();
    quizzes.row(id, "{\"mn\": \"Математик " + grade + ", шалгалт " + number + "\", \"ru\": \"Математика " + grade + ", тест " + number
        + "\", \"en\": \"Mathematics " + grade + ", test " + number + "\"}", "math", grade, 1800, ATTEMPTS_ALLOWED, "after_submit", author);
    for (int p = 0; p < questions.size(); p++) {
      quizItems.row(id, p, questions.get(p).itemId());
    }
    return new Quiz(id, grade, questions);
  }
}
