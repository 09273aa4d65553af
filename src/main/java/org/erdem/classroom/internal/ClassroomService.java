package org.erdem.classroom.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.erdem.assessment.AttemptSubmitted;
import org.erdem.assessment.QuizCatalog;
import org.erdem.content.Library;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Callers;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.ThisPage;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigning lessons and quizzes, a child's work, and what the teacher sees of it. */
@Service
public class ClassroomService {
  private final JdbcClient jdbc;
  private final Registry registry;
  private final Library library;
  private final QuizCatalog quizzes;
  private final Callers callers;
  private final AuditLog audit;

  ClassroomService(JdbcClient jdbc, Registry registry, Library library, QuizCatalog quizzes, Callers callers, AuditLog audit) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.library = library;
    this.quizzes = quizzes;
    this.callers = callers;
    this.audit = audit;
  }

  public record AssignmentForm(UUID classId, UUID lessonId, UUID quizId, String mode, LocalDate startsOn, LocalDate dueOn, List<UUID> childIds) {}

  /** An assignment in a list, with its title per language and what is known of the caller's (or a class's) progress. */
  public record Work(UUID id, UUID classId, String kind, UUID lessonId, UUID quizId, Map<String, String> titles, String mode,
      LocalDate startsOn, LocalDate dueOn, OffsetDateTime openedAt, OffsetDateTime completedAt, Integer score, Integer maxScore) {
    public String status(LocalDate today) {
      if (completedAt != null) {
        return "done";
      }
      if (dueOn != null && today.isAfter(dueOn)) {
        return "overdue";
      }
      return openedAt != null ? "in_progress" : "due";
    }
  }

  public record ChildProgress(ChildCard child, OffsetDateTime openedAt, int secondsSpent, OffsetDateTime completedAt, Integer score, Integer maxScore) {}

  public record AssignmentView(Work assignment, List<ChildProgress> children) {
    public long completed() {
      return children.stream().filter(c -> c.completedAt() != null).count();
    }
  }

  @Transactional
  public UUID assign(AssignmentForm f) {
    callers.current();
    var v = new Validation().required("classId", f.classId()).required("mode", f.mode()).required("startsOn", f.startsOn());
    v.check(f.mode() == null || f.mode().equals("in_class") || f.mode().equals("at_home"), "mode", "validation.choice");
    v.check((f.lessonId() == null) != (f.quizId() == null), "lessonId", "validation.assignment.oneThing");
    v.check(f.dueOn() == null || f.startsOn() == null || !f.dueOn().isBefore(f.startsOn()), "dueOn", "validation.dates.order");
    v.throwIfInvalid();
    if (!registry.canTeach(f.classId())) {
      throw new AccessDeniedException();
    }
    if (f.lessonId() != null && library.findPublished(f.lessonId()).isEmpty()) {
      throw ValidationException.of("lessonId", "validation.assignment.lessonNotPublished");
    }
    if (f.quizId() != null && quizzes.find(f.quizId()).isEmpty()) {
      throw ValidationException.of("quizId", "validation.assignment.unknownQuiz");
    }
    List<ChildCard> roster = registry.roster(f.classId());
    List<UUID> targets = f.childIds() == null ? List.of() : f.childIds();
    var inClass = roster.stream().map(ChildCard::id).toList();
    if (!inClass.containsAll(targets)) {
      throw ValidationException.of("childIds", "validation.assignment.notInClass");
    }
    UUID schoolId = roster.isEmpty() ? classSchool(f.classId()) : roster.get(0).schoolId();
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into classroom.assignment (id, school_id, class_id, teacher_id, lesson_id, quiz_id, mode, starts_on, due_on, whole_class)
        values (:id, :school, :class, :teacher, :lesson, :quiz, :mode, :starts, :due, :whole)""")
        .param("id", id).param("school", schoolId).param("class", f.classId()).param("teacher", callers.current().accountId())
        .param("lesson", f.lessonId()).param("quiz", f.quizId()).param("mode", f.mode()).param("starts", f.startsOn()).param("due", f.dueOn())
        .param("whole", targets.isEmpty()).update();
    targets.forEach(c -> jdbc.sql("insert into classroom.assignment_target (assignment_id, child_id) values (:a, :c)").param("a", id).param("c", c).update());
    audit.record("assignment.created", "assignment", id, null);
    return id;
  }

  private UUID classSchool(UUID classId) {
    return registry.myClasses().stream().filter(k -> k.id().equals(classId)).map(k -> k.schoolId()).findFirst()
        .orElseThrow(() -> ValidationException.of("classId", "validation.assignment.emptyClass"));
  }

  private static final String WORK = """
      select a.id, a.class_id, a.lesson_id, a.quiz_id, a.mode, a.starts_on, a.due_on,
             p.opened_at, p.completed_at, p.score, p.max_score
        from classroom.assignment a
        left join classroom.progress p on p.assignment_id = a.id and p.child_id = :child
      """;

  /** Most urgent first: by due date (none last), then the newest. */
  private static final Comparator<Work> BY_URGENCY = Comparator.comparing(Work::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Work::startsOn, Comparator.reverseOrder());

  /** The calling child's work: assignments of the child's classes that are for the whole class or for the child. */
  public List<Work> myWork() {
    var child = registry.self().orElseThrow(AccessDeniedException::new);
    var work = new ArrayList<Work>();
    // A statement per class (a child has one, two with an e-school class): PostgreSQL keeps one plan
    // for it, where a list of classes got a plan made anew on every call, which cost more than the reading.
    for (UUID classId : new LinkedHashSet<>(registry.currentClassIds(child.id()))) {
      ThisPage.shows(Notice.classwork(classId));
      work.addAll(jdbc.sql(WORK + """
           where a.class_id = :class and a.starts_on <= :today
             and (a.whole_class or exists (select 1 from classroom.assignment_target t where t.assignment_id = a.id and t.child_id = :child))""")
          .param("child", child.id()).param("class", classId).param("today", today()).query(this::work).list());
    }
    work.sort(BY_URGENCY);
    return titled(work);
  }

  /** A child opens an assignment: the opening and the time spent since are recorded. */
  @Transactional
  public Work open(UUID assignmentId) {
    var child = registry.self().orElseThrow(AccessDeniedException::new);
    var work = myWork().stream().filter(w -> w.id().equals(assignmentId)).findFirst().orElseThrow(() -> new NotFoundException("assignment " + assignmentId));
    jdbc.sql("""
        insert into classroom.progress (assignment_id, child_id, school_id) values (:a, :c, :s)
        on conflict (assignment_id, child_id) do nothing""").param("a", assignmentId).param("c", child.id()).param("s", child.schoolId()).update();
    return work;
  }

  /** A child marks a lesson done; the time spent is counted from the first opening, at most three hours. */
  @Transactional
  public void completeLesson(UUID assignmentId) {
    var work = open(assignmentId);
    if (work.lessonId() == null) {
      throw ValidationException.of(null, "validation.assignment.quizCompletes");
    }
    var child = registry.self().orElseThrow();
    jdbc.sql("""
        update classroom.progress set completed_at = coalesce(completed_at, now()),
               seconds_spent = least(10800, greatest(seconds_spent, extract(epoch from now() - opened_at)::int))
         where assignment_id = :a and child_id = :c""").param("a", assignmentId).param("c", child.id()).update();
  }

  /** A quiz handed in within an assignment completes it for the child, in the same transaction. */
  @EventListener
  void on(AttemptSubmitted event) {
    if (event.contextId() == null) {
      return;
    }
    jdbc.sql("""
        insert into classroom.progress (assignment_id, child_id, school_id, completed_at, score, max_score, seconds_spent)
        select a.id, :c, :s, now(), :score, :max, 0 from classroom.assignment a where a.id = :a
        on conflict (assignment_id, child_id) do update set completed_at = coalesce(classroom.progress.completed_at, now()),
               score = excluded.score, max_score = excluded.max_score,
               seconds_spent = least(10800, extract(epoch from now() - classroom.progress.opened_at)::int)""")
        .param("a", event.contextId()).param("c", event.childId()).param("s", event.schoolId())
        .param("score", event.score()).param("max", event.maxScore()).update();
  }

  /** The class's assignments, newest first, for its teacher. */
  public List<Work> ofClass(UUID classId) {
    if (!registry.canTeach(classId)) {
      throw new AccessDeniedException();
    }
    return titled(jdbc.sql(WORK + " where a.class_id = :class order by a.starts_on desc, a.created_at desc")
        .param("child", new UUID(0, 0)).param("class", classId).query(this::work).list());
  }

  /** One assignment with each child it is for, and what each has done. */
  public AssignmentView view(UUID assignmentId) {
    var work = titled(jdbc.sql(WORK + " where a.id = :id").param("child", new UUID(0, 0)).param("id", assignmentId).query(this::work).list())
        .stream().findFirst().orElseThrow(() -> new NotFoundException("assignment " + assignmentId));
    if (!registry.canTeach(work.classId())) {
      throw new AccessDeniedException();
    }
    boolean whole = jdbc.sql("select whole_class from classroom.assignment where id = :id").param("id", assignmentId).query(Boolean.class).single();
    var targets = jdbc.sql("select child_id from classroom.assignment_target where assignment_id = :a").param("a", assignmentId).query(UUID.class).list();
    var progress = new HashMap<UUID, ChildProgress>();
    var children = new ArrayList<ChildProgress>();
    jdbc.sql("select child_id, opened_at, seconds_spent, completed_at, score, max_score from classroom.progress where assignment_id = :a")
        .param("a", assignmentId)
        .query((rs, n) -> progress.put(rs.getObject("child_id", UUID.class), new ChildProgress(null, rs.getObject("opened_at", OffsetDateTime.class),
            rs.getInt("seconds_spent"), rs.getObject("completed_at", OffsetDateTime.class), (Integer) rs.getObject("score"), (Integer) rs.getObject("max_score"))))
        .list();
    for (ChildCard child : registry.roster(work.classId())) {
      if (whole || targets.contains(child.id())) {
        var p = progress.get(child.id());
        children.add(p == null ? new ChildProgress(child, null, 0, null, null, null)
            : new ChildProgress(child, p.openedAt(), p.secondsSpent(), p.completedAt(), p.score(), p.maxScore()));
      }
    }
    return new AssignmentView(work, children);
  }

  private Work work(ResultSet rs, int n) throws SQLException {
    return new Work(rs.getObject("id", UUID.class), rs.getObject("class_id", UUID.class), rs.getObject("lesson_id") != null ? "lesson" : "quiz",
        rs.getObject("lesson_id", UUID.class), rs.getObject("quiz_id", UUID.class), Map.of(), rs.getString("mode"),
        rs.getObject("starts_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("completed_at", OffsetDateTime.class), (Integer) rs.getObject("score"), (Integer) rs.getObject("max_score"));
  }

  /** Adds the titles of the lessons and of the quizzes, one query each. */
  private List<Work> titled(List<Work> works) {
    var lessonTitles = new HashMap<UUID, Map<String, String>>();
    library.published(works.stream().map(Work::lessonId).filter(Objects::nonNull).toList()).forEach(l -> lessonTitles.put(l.id(), l.titles()));
    var quizTitles = new HashMap<UUID, Map<String, String>>();
    quizzes.find(works.stream().map(Work::quizId).filter(Objects::nonNull).toList()).forEach(q -> quizTitles.put(q.id(), q.titles()));
    return works.stream().map(w -> new Work(w.id(), w.classId(), w.kind(), w.lessonId(), w.quizId(),
        w.lessonId() != null ? lessonTitles.getOrDefault(w.lessonId(), Map.of()) : quizTitles.getOrDefault(w.quizId(), Map.of()),
        w.mode(), w.startsOn(), w.dueOn(), w.openedAt(), w.completedAt(), w.score(), w.maxScore())).toList();
  }

  static LocalDate today() {
    return Calendar.today();
  }
}
