package org.erdem.dataset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;

/**
 * The work each generated class's teacher set so far this school year, as a child's "My work" lists
 * it: the grade's quizzes, each followed by {@link #LESSONS_PER_QUIZ} of its mathematics lessons,
 * spread evenly from the first of September to three days ago, each due a week after it begins; and
 * each child's progress on it. A quiz is done when the child handed an attempt in
 * ({@link QuizHistory}); a lesson set before this week is done by most children, one set this week
 * opened by some.
 */
final class ClassWork {
  static final int LESSONS_PER_QUIZ = 2;
  private static final int DAYS_TO_DO = 7;
  /** The newest assignment began so many days ago: every quiz has been taken, and some work is still due. */
  private static final int NEWEST = 3;
  private static final double LESSON_DONE = 0.85;
  private static final double LESSON_OPENED = 0.4;
  private final CopyWriter assignments = new CopyWriter("classroom.assignment",
      "id, school_id, class_id, teacher_id, lesson_id, quiz_id, mode, starts_on, due_on, created_at");
  private final CopyWriter progress = new CopyWriter("classroom.progress",
      "assignment_id, child_id, school_id, opened_at, seconds_spent, completed_at, score, max_score");
  private final LocalDate septemberFirst;
  private final LocalDate today;

  /** One assignment: of a lesson or of a quiz. */
  record Assignment(UUID id, UUID lessonId, Catalogue.Quiz quiz, LocalDate startsOn, LocalDate dueOn) {}

  ClassWork(LocalDate septemberFirst, LocalDate today) {
    this.septemberFirst = septemberFirst;
    this.today = today;
  }

  /** In the order of their foreign keys. */
  List<CopyWriter> tables() {
    return List.of(assignments, progress);
  }

  /** Writes a class's assignments, oldest first, the newest {@link #NEWEST} days ago. Its lessons are spread over the grade's. */
  List<Assignment> assign(UUID school, UUID klass, UUID teacherAccount, List<Catalogue.Quiz> quizzes, List<UUID> lessons) {
    int wanted = Math.min(lessons.size(), LESSONS_PER_QUIZ * quizzes.size());
    var order = new ArrayList<Assignment>();
    int lesson = 0;
    for (var quiz : quizzes) {
      order.add(new Assignment(Ids.newId(), null, quiz, null, null));
      for (int k = 0; k < LESSONS_PER_QUIZ && lesson < wanted; k++, lesson++) {
        order.add(new Assignment(Ids.newId(), lessons.get(lesson * lessons.size() / wanted), null, null, null));
      }
    }
    long days = Math.max(1, ChronoUnit.DAYS.between(septemberFirst, today) - NEWEST);
    var work = new ArrayList<Assignment>();
    for (int i = 0; i < order.size(); i++) {
      var a = order.get(i);
      LocalDate starts = max(septemberFirst, today.minusDays(NEWEST + (order.size() - 1 - i) * days / order.size()));
      var dated = new Assignment(a.id(), a.lessonId(), a.quiz(), starts, starts.plusDays(DAYS_TO_DO));
      assignments.row(dated.id(), school, klass, teacherAccount, dated.lessonId(), dated.quiz() == null ? null : dated.quiz().id(), "at_home",
          starts, dated.dueOn(), starts.atTime(8, 0).atZone(Calendar.ZONE).toOffsetDateTime());
      work.add(dated);
    }
    return work;
  }

  /** A child's progress on the lessons of the class's work. */
  void lessonsTaken(UUID child, UUID school, List<Assignment> work, Random random) {
    for (var a : work) {
      if (a.lessonId() == null || !a.startsOn().isBefore(today)) {
        continue;
      }
      boolean old = a.startsOn().isBefore(today.minusDays(DAYS_TO_DO));
      if (random.nextDouble() >= (old ? LESSON_DONE : LESSON_OPENED)) {
        continue;
      }
      OffsetDateTime opened = momentWithin(a, random);
      int seconds = 600 + random.nextInt(1800);
      progress.row(a.id(), child, school, opened, old ? seconds : 0, old ? opened.plusSeconds(seconds) : null, null, null);
    }
  }

  /** A quiz handed in within its assignment: first opened when the first attempt began, scored as the last. */
  void quizTaken(Assignment a, UUID child, UUID school, OffsetDateTime firstStarted, OffsetDateTime lastSubmitted, int score, int maxScore) {
    int seconds = (int) Math.min(10800, ChronoUnit.SECONDS.between(firstStarted, lastSubmitted));
    progress.row(a.id(), child, school, firstStarted, seconds, lastSubmitted, score, maxScore);
  }

  /** A school-day moment from the assignment's first to its due day, before today (which its callers make sure it began before). */
  OffsetDateTime momentWithin(Assignment a, Random random) {
    LocalDate last = a.dueOn().isBefore(today) ? a.dueOn() : today.minusDays(1);
    LocalDate day = a.startsOn().plusDays(random.nextLong(Math.max(1, ChronoUnit.DAYS.between(a.startsOn(), last) + 1)));
    return day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(Calendar.ZONE).toOffsetDateTime();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
