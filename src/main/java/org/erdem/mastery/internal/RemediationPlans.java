package org.erdem.mastery.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.assessment.QuizCatalog;
import org.erdem.content.Library;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.mastery.Level;
import org.erdem.mastery.MasteryChanged;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans that close a child's gaps: one step per gap, earlier grades and prerequisites first, each a
 * lesson and a practice quiz for the outcome. The teacher reviews, removes steps and approves; a step
 * is done when its outcome reaches mastery, and the plan closes with its last step. Nothing is deleted.
 */
@Service
public class RemediationPlans {
  private final JdbcClient jdbc;
  private final MasteryService mastery;
  private final Curriculum curriculum;
  private final Library library;
  private final QuizCatalog quizzes;
  private final Registry registry;
  private final Callers callers;
  private final org.erdem.identity.AuditLog audit;

  RemediationPlans(JdbcClient jdbc, MasteryService mastery, Curriculum curriculum, Library library, QuizCatalog quizzes, Registry registry,
      Callers callers, org.erdem.identity.AuditLog audit) {
    this.jdbc = jdbc;
    this.mastery = mastery;
    this.curriculum = curriculum;
    this.library = library;
    this.quizzes = quizzes;
    this.registry = registry;
    this.callers = callers;
    this.audit = audit;
  }

  public record Step(int position, OutcomeRef outcome, UUID lessonId, Map<String, String> lessonTitles, UUID quizId, OffsetDateTime doneAt) {}

  public record Plan(UUID id, UUID childId, String status, OffsetDateTime createdAt, List<Step> steps) {
    public Step next() {
      return steps.stream().filter(s -> s.doneAt() == null).findFirst().orElse(null);
    }
  }

  public boolean canPropose() {
    return callers.find().map(c -> c.has(Role.TEACHER, Role.SEN_COORDINATOR, Role.SCHOOL_ADMIN)).orElse(false);
  }

  /** The teacher proposes a plan for the child's gaps. */
  @Transactional
  public UUID propose(UUID childId) {
    var caller = callers.current();
    var child = registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    if (!caller.has(Role.TEACHER, Role.SEN_COORDINATOR, Role.SCHOOL_ADMIN)) {
      throw new AccessDeniedException();
    }
    var gaps = mastery.gaps(childId);
    if (gaps.isEmpty()) {
      throw ValidationException.of(null, "validation.plan.noGaps");
    }
    UUID id = Ids.newId();
    jdbc.sql("insert into mastery.plan (id, child_id, school_id, status, created_by) values (:id, :c, :s, 'proposed', :by)")
        .param("id", id).param("c", childId).param("s", child.schoolId()).param("by", caller.accountId()).update();
    int position = 0;
    for (var gap : gaps) {
      var lesson = library.forOutcome(gap.outcome().id(), 1).stream().findFirst();
      var quiz = quizzes.practiceFor(gap.outcome().id(), caller.accountId());
      jdbc.sql("insert into mastery.plan_step (plan_id, position, outcome_id, lesson_id, quiz_id) values (:p, :n, :o, :l, :q)")
          .param("p", id).param("n", position++).param("o", gap.outcome().id()).param("l", lesson.map(l -> l.id()).orElse(null))
          .param("q", quiz.map(q -> q.id()).orElse(null)).update();
    }
    audit.record("plan.proposed", "child", childId, id.toString());
    return id;
  }

  public Plan get(UUID planId) {
    var plan = load(planId);
    registry.visibleChild(plan.childId()).orElseThrow(AccessDeniedException::new);
    return plan;
  }

  @Transactional
  public void removeStep(UUID planId, int position) {
    var plan = requireTeacherOf(planId);
    if (!plan.status().equals("proposed")) {
      throw ValidationException.of(null, "validation.plan.notProposed");
    }
    jdbc.sql("delete from mastery.plan_step where plan_id = :p and position = :n").param("p", planId).param("n", position).update();
  }

  @Transactional
  public void approve(UUID planId) {
    var plan = requireTeacherOf(planId);
    if (!plan.status().equals("proposed") || plan.steps().isEmpty()) {
      throw ValidationException.of(null, "validation.plan.notProposed");
    }
    jdbc.sql("update mastery.plan set status = 'approved', approved_by = :by, approved_at = now() where id = :p")
        .param("by", callers.current().accountId()).param("p", planId).update();
    audit.record("plan.approved", "child", plan.childId(), planId.toString());
  }

  /** The calling child's approved plans, newest first. */
  public List<Plan> mine() {
    var child = registry.self().orElseThrow(AccessDeniedException::new);
    return ofChild(child.id(), true);
  }

  public List<Plan> forChild(UUID childId) {
    registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    return ofChild(childId, false);
  }

  private List<Plan> ofChild(UUID childId, boolean approvedOnly) {
    return jdbc.sql("select id from mastery.plan where child_id = :c and (:all or status <> 'proposed') order by created_at desc")
        .param("c", childId).param("all", !approvedOnly).query(UUID.class).list().stream().map(this::load).toList();
  }

  /** A step is done when its outcome is mastered; a plan whose steps are all done is closed (its gaps are closed). */
  @EventListener
  void on(MasteryChanged change) {
    if (change.after() != Level.MASTERED) {
      return;
    }
    jdbc.sql("""
        update mastery.plan_step s set done_at = now()
          from mastery.plan p where p.id = s.plan_id and p.child_id = :c and p.status = 'approved' and s.outcome_id = :o and s.done_at is null""")
        .param("c", change.childId()).param("o", change.outcomeId()).update();
    jdbc.sql("""
        update mastery.plan p set status = 'closed', closed_at = now()
         where p.child_id = :c and p.status = 'approved'
           and not exists (select 1 from mastery.plan_step s where s.plan_id = p.id and s.done_at is null)""")
        .param("c", change.childId()).update();
  }

  private Plan requireTeacherOf(UUID planId) {
    var plan = get(planId);
    if (!callers.current().has(Role.TEACHER, Role.SEN_COORDINATOR, Role.SCHOOL_ADMIN)) {
      throw new AccessDeniedException();
    }
    return plan;
  }

  private Plan load(UUID planId) {
    record Head(UUID child, String status, OffsetDateTime created) {}
    var head = jdbc.sql("select child_id, status, created_at from mastery.plan where id = :p").param("p", planId)
        .query((rs, n) -> new Head(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, OffsetDateTime.class))).optional()
        .orElseThrow(() -> new NotFoundException("plan " + planId));
    record Raw(int position, UUID outcome, UUID lesson, UUID quiz, OffsetDateTime done) {}
    var raw = jdbc.sql("select position, outcome_id, lesson_id, quiz_id, done_at from mastery.plan_step where plan_id = :p order by position")
        .param("p", planId)
        .query((rs, n) -> new Raw(rs.getInt(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
            rs.getObject(5, OffsetDateTime.class))).list();
    var outcomes = new java.util.HashMap<UUID, OutcomeRef>();
    curriculum.outcomes(raw.stream().map(Raw::outcome).toList()).forEach(o -> outcomes.put(o.id(), o));
    var lessons = new java.util.HashMap<UUID, Map<String, String>>();
    library.published(raw.stream().map(Raw::lesson).filter(java.util.Objects::nonNull).toList()).forEach(l -> lessons.put(l.id(), l.titles()));
    var steps = new ArrayList<Step>();
    raw.forEach(r -> steps.add(new Step(r.position(), outcomes.get(r.outcome()), r.lesson(), lessons.getOrDefault(r.lesson(), Map.of()), r.quiz(), r.done())));
    return new Plan(planId, head.child(), head.status(), head.created(), steps);
  }
}
