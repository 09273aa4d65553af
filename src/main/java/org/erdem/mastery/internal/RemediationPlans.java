package org.erdem.mastery.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.erdem.assessment.QuizCatalog;
import org.erdem.content.Library;
import org.erdem.content.LessonRef;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.mastery.Level;
import org.erdem.mastery.MasteryChanged;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.ThisPage;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans that close gaps, for one child or for a group of a class's children who share a gap: one
 * step per gap, earlier grades and prerequisites first, each a lesson (in the children's language
 * where the library has it) and a practice quiz for the outcome. The teacher reviews, removes steps,
 * changes a step's lesson and approves; a child's step is done when its outcome reaches mastery, a
 * child's part closes with the last step, the plan with its last child. Nothing is deleted.
 */
@Service
public class RemediationPlans {
  private static final Role[] PLANNERS = {Role.TEACHER, Role.SEN_COORDINATOR, Role.SCHOOL_ADMIN};
  private final JdbcClient jdbc;
  private final KnowledgeGaps gaps;
  private final Curriculum curriculum;
  private final Library library;
  private final QuizCatalog quizzes;
  private final Registry registry;
  private final Callers callers;
  private final AuditLog audit;
  private final org.erdem.identity.OrgDirectory org;

  RemediationPlans(JdbcClient jdbc, KnowledgeGaps gaps, Curriculum curriculum, Library library, QuizCatalog quizzes, Registry registry,
      Callers callers, AuditLog audit, org.erdem.identity.OrgDirectory org) {
    this.org = org;
    this.jdbc = jdbc;
    this.gaps = gaps;
    this.curriculum = curriculum;
    this.library = library;
    this.quizzes = quizzes;
    this.registry = registry;
    this.callers = callers;
    this.audit = audit;
  }

  public record Step(int position, OutcomeRef outcome, UUID lessonId, Map<String, String> lessonTitles, UUID quizId) {}

  /** A child in the plan, the positions of the steps the child has done, and when the child's part closed. */
  public record Member(UUID childId, Set<Integer> done, OffsetDateTime closedAt) {}

  public record Plan(UUID id, String status, OffsetDateTime createdAt, UUID classId, List<Member> members, List<Step> steps) {
    public boolean isGroup() {
      return classId != null;
    }

    public Member member(UUID childId) {
      return members.stream().filter(m -> m.childId().equals(childId)).findFirst().orElse(null);
    }

    /** The child's next step, or null when the child has done them all. */
    public Step nextFor(UUID childId) {
      var member = member(childId);
      return member == null ? null : steps.stream().filter(s -> !member.done().contains(s.position())).findFirst().orElse(null);
    }

    /** The plan as one child and those who see only that child may see it: without the other members. */
    public Plan viewFor(UUID childId) {
      return new Plan(id, status, createdAt, classId, members.stream().filter(m -> m.childId().equals(childId)).toList(), steps);
    }

    public long doneBy(int position) {
      return members.stream().filter(m -> m.done().contains(position)).count();
    }
  }

  public boolean canPropose() {
    return callers.find().map(c -> c.has(PLANNERS)).orElse(false);
  }

  /** The teacher proposes a plan for one child's gaps. */
  @Transactional
  public UUID propose(UUID childId) {
    var child = registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    requirePlanner(child.schoolId());
    var childGaps = gaps.of(childId);
    if (childGaps.isEmpty()) {
      throw ValidationException.of(null, "validation.plan.noGaps");
    }
    UUID id = insert(child.schoolId(), null, List.of(child), childGaps.stream().map(KnowledgeGaps.Gap::outcome).toList());
    audit.record("plan.proposed", "child", childId, id.toString());
    return id;
  }

  /**
   * One plan for children of a class who share a gap: the shared outcome, and those of its prerequisites
   * that are gaps for every one of them, earlier grades first.
   */
  @Transactional
  public UUID proposeForGroup(UUID classId, UUID outcomeId, Collection<UUID> chosen) {
    if (!registry.canTeach(classId)) {
      throw new AccessDeniedException();
    }
    if (chosen.isEmpty()) {
      throw ValidationException.of("children", "validation.plan.noChildren");
    }
    var childIds = List.copyOf(new java.util.LinkedHashSet<>(chosen));
    var roster = registry.roster(classId).stream().collect(Collectors.toMap(ChildCard::id, Function.identity()));
    var open = gaps.openAmong(childIds);
    if (!roster.keySet().containsAll(childIds) || !open.getOrDefault(outcomeId, List.of()).containsAll(childIds)) {
      throw ValidationException.of("children", "validation.plan.notSharedGap");
    }
    var shared = new HashSet<UUID>();
    var reach = curriculum.prerequisitesOf(List.of(outcomeId)).getOrDefault(outcomeId, Set.of());
    open.forEach((outcome, children) -> {
      if (reach.contains(outcome) && children.containsAll(childIds)) {
        shared.add(outcome);
      }
    });
    shared.add(outcomeId);
    var steps = curriculum.outcomes(shared).stream().sorted(Comparator.comparing(OutcomeRef::grade).thenComparing(OutcomeRef::code)).toList();
    var members = childIds.stream().map(roster::get).toList();
    requirePlanner(members.get(0).schoolId());
    UUID id = insert(members.get(0).schoolId(), classId, members, steps);
    audit.record("plan.proposed", "class", classId, id.toString());
    return id;
  }

  private UUID insert(UUID schoolId, UUID classId, List<ChildCard> members, List<OutcomeRef> outcomes) {
    var caller = callers.current();
    UUID id = Ids.newId();
    jdbc.sql("insert into mastery.plan (id, school_id, class_id, status, created_by) values (:id, :s, :k, 'proposed', :by)")
        .param("id", id).param("s", schoolId).param("k", classId).param("by", caller.accountId()).update();
    members.forEach(m -> jdbc.sql("insert into mastery.plan_member (plan_id, child_id) values (:p, :c)").param("p", id).param("c", m.id()).update());
    String language = commonLanguage(members);
    int position = 0;
    for (var outcome : outcomes) {
      var lesson = inLanguage(library.forOutcome(outcome.id(), 10), language);
      var quiz = quizzes.practiceFor(outcome.id(), caller.accountId());
      jdbc.sql("insert into mastery.plan_step (plan_id, position, outcome_id, lesson_id, quiz_id) values (:p, :n, :o, :l, :q)")
          .param("p", id).param("n", position++).param("o", outcome.id()).param("l", lesson == null ? null : lesson.id())
          .param("q", quiz.map(q -> q.id()).orElse(null)).update();
    }
    return id;
  }

  private static String commonLanguage(List<ChildCard> members) {
    return members.stream().map(ChildCard::homeLanguage).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("mn");
  }

  /** The most used lesson with a version in the language, else the most used one. */
  private static LessonRef inLanguage(List<LessonRef> lessons, String language) {
    return lessons.stream().filter(l -> l.titles().containsKey(language)).findFirst().orElse(lessons.isEmpty() ? null : lessons.get(0));
  }

  /** A plan for those who may see it; a proposed one only for those who plan for the child's school. */
  public Plan get(UUID planId) {
    var plan = load(List.of(planId)).stream().findFirst().orElseThrow(() -> new NotFoundException("plan " + planId));
    boolean visible = plan.isGroup() ? registry.canTeach(plan.classId())
        : registry.visibleChild(plan.members().get(0).childId()).isPresent();
    if (!visible || (plan.status().equals("proposed") && !plans(schoolOf(planId)))) {
      throw new AccessDeniedException();
    }
    return plan;
  }

  private UUID schoolOf(UUID planId) {
    return jdbc.sql("select school_id from mastery.plan where id = :p").param("p", planId).query(UUID.class).single();
  }

  /** Whether the caller holds a planning role at the school (or above it). */
  private boolean plans(UUID schoolId) {
    var caller = callers.current();
    return org.findNode(schoolId).map(n -> caller.covers(n.path(), PLANNERS)).orElse(false);
  }

  /** Lessons the teacher may choose for a step: published, for the step's outcome. */
  public List<LessonRef> lessonsFor(OutcomeRef outcome) {
    return library.forOutcome(outcome.id(), 20);
  }

  @Transactional
  public void removeStep(UUID planId, int position) {
    requireProposed(requirePlannerOf(planId));
    jdbc.sql("delete from mastery.plan_step where plan_id = :p and position = :n").param("p", planId).param("n", position).update();
  }

  /** The teacher gives a step another lesson: a published one, for the step's outcome. */
  @Transactional
  public void chooseLesson(UUID planId, int position, UUID lessonId) {
    var plan = requireProposed(requirePlannerOf(planId));
    var step = plan.steps().stream().filter(s -> s.position() == position).findFirst().orElseThrow(() -> new NotFoundException("step " + position));
    var lesson = (lessonId == null ? java.util.Optional.<LessonRef>empty() : library.findPublished(lessonId)).orElseThrow(() -> ValidationException.of("lessonId", "validation.plan.lessonNotPublished"));
    if (!lesson.outcomeIds().contains(step.outcome().id())) {
      throw ValidationException.of("lessonId", "validation.plan.lessonNotForOutcome", step.outcome().code());
    }
    jdbc.sql("update mastery.plan_step set lesson_id = :l where plan_id = :p and position = :n")
        .param("l", lessonId).param("p", planId).param("n", position).update();
  }

  /** Approval checks the plan again: a lesson archived since the proposal is named, and nothing changes. */
  @Transactional
  public void approve(UUID planId) {
    var plan = requireProposed(requirePlannerOf(planId));
    if (plan.steps().isEmpty()) {
      throw ValidationException.of(null, "validation.plan.notProposed");
    }
    var empty = plan.steps().stream().filter(s -> s.lessonId() == null && s.quizId() == null).findFirst();
    if (empty.isPresent()) {
      throw ValidationException.of(null, "validation.plan.stepEmpty", empty.get().outcome().code());
    }
    var archived = plan.steps().stream().filter(s -> s.lessonId() != null && s.lessonTitles().isEmpty()).findFirst();
    if (archived.isPresent()) {
      throw ValidationException.of(null, "validation.plan.lessonArchived", archived.get().outcome().code());
    }
    jdbc.sql("update mastery.plan set status = 'approved', approved_by = :by, approved_at = now() where id = :p")
        .param("by", callers.current().accountId()).param("p", planId).update();
    audit.record("plan.approved", plan.isGroup() ? "class" : "child", plan.isGroup() ? plan.classId() : plan.members().get(0).childId(),
        planId.toString());
  }

  /** The calling child's approved plans, newest first. */
  public List<Plan> mine() {
    var child = registry.self().orElseThrow(AccessDeniedException::new);
    return ofChildren(List.of(child.id()), false).stream().map(p -> p.viewFor(child.id())).toList();
  }

  /** A child's plans, proposed ones too for those who plan. */
  public List<Plan> forChild(UUID childId) {
    registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    return ofChildren(List.of(childId), canPropose()).stream().map(p -> p.viewFor(childId)).toList();
  }

  /** Plans under way (proposed or approved) for any of these children; for the class overview. */
  List<Plan> inProgress(Collection<UUID> childIds) {
    ThisPage.shows(childIds.stream().map(Notice::child).toList());
    return load(jdbc.sql("""
        select distinct p.id, p.created_at from mastery.plan p join mastery.plan_member m on m.plan_id = p.id
         where m.child_id = any(cast(:ids as uuid[])) and p.status <> 'closed' order by p.created_at desc""")
        .param("ids", ids(childIds)).query((rs, n) -> rs.getObject(1, UUID.class)).list());
  }

  private List<Plan> ofChildren(Collection<UUID> childIds, boolean withProposed) {
    return load(jdbc.sql("""
        select distinct p.id, p.created_at from mastery.plan p join mastery.plan_member m on m.plan_id = p.id
         where m.child_id = any(cast(:ids as uuid[])) and (:all or p.status <> 'proposed') order by p.created_at desc""")
        .param("ids", ids(childIds)).param("all", withProposed).query((rs, n) -> rs.getObject(1, UUID.class)).list());
  }

  /** A child's step is done when its outcome is mastered; the child's part closes with the last step, the plan with the last child. */
  @EventListener
  void on(MasteryChanged change) {
    if (change.after() != Level.MASTERED) {
      return;
    }
    jdbc.sql("""
        insert into mastery.step_done (plan_id, position, child_id)
        select s.plan_id, s.position, m.child_id from mastery.plan_step s
          join mastery.plan p on p.id = s.plan_id and p.status = 'approved'
          join mastery.plan_member m on m.plan_id = p.id and m.child_id = :c and m.closed_at is null
         where s.outcome_id = :o
        on conflict do nothing""")
        .param("c", change.childId()).param("o", change.outcomeId()).update();
    jdbc.sql("""
        update mastery.plan_member m set closed_at = now()
          from mastery.plan p where p.id = m.plan_id and p.status = 'approved' and m.child_id = :c and m.closed_at is null
           and not exists (select 1 from mastery.plan_step s where s.plan_id = m.plan_id
                            and not exists (select 1 from mastery.step_done d where d.plan_id = s.plan_id and d.position = s.position and d.child_id = m.child_id))""")
        .param("c", change.childId()).update();
    jdbc.sql("""
        update mastery.plan p set status = 'closed', closed_at = now()
         where p.status = 'approved' and exists (select 1 from mastery.plan_member m where m.plan_id = p.id and m.child_id = :c)
           and not exists (select 1 from mastery.plan_member m where m.plan_id = p.id and m.closed_at is null)""")
        .param("c", change.childId()).update();
  }

  private void requirePlanner(UUID schoolId) {
    if (!plans(schoolId)) {
      throw new AccessDeniedException();
    }
  }

  private Plan requirePlannerOf(UUID planId) {
    var plan = get(planId);
    requirePlanner(schoolOf(planId));
    return plan;
  }

  private static Plan requireProposed(Plan plan) {
    if (!plan.status().equals("proposed")) {
      throw ValidationException.of(null, "validation.plan.notProposed");
    }
    return plan;
  }

  private static String[] ids(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).toArray(String[]::new);
  }

  /** Plans with their members and steps, in a fixed number of queries however many plans. */
  private List<Plan> load(List<UUID> planIds) {
    if (planIds.isEmpty()) {
      return List.of();
    }
    ThisPage.shows(planIds.stream().map(Notice::plan).toList());
    record Head(UUID id, String status, OffsetDateTime created, UUID classId) {}
    record Raw(UUID plan, int position, UUID outcome, UUID lesson, UUID quiz) {}
    var heads = jdbc.sql("select id, status, created_at, class_id from mastery.plan where id = any(cast(:ids as uuid[]))")
        .param("ids", ids(planIds))
        .query((rs, n) -> new Head(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getObject(4, UUID.class)))
        .list().stream().collect(Collectors.toMap(Head::id, Function.identity()));
    var raw = jdbc.sql("select plan_id, position, outcome_id, lesson_id, quiz_id from mastery.plan_step where plan_id = any(cast(:ids as uuid[])) order by position")
        .param("ids", ids(planIds))
        .query((rs, n) -> new Raw(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
            rs.getObject(5, UUID.class))).list();
    var done = new HashMap<List<UUID>, Set<Integer>>();
    jdbc.sql("select plan_id, child_id, position from mastery.step_done where plan_id = any(cast(:ids as uuid[]))").param("ids", ids(planIds))
        .query((rs, n) -> done.computeIfAbsent(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), k -> new HashSet<>()).add(rs.getInt(3)))
        .list();
    var members = new HashMap<UUID, List<Member>>();
    jdbc.sql("select plan_id, child_id, closed_at from mastery.plan_member where plan_id = any(cast(:ids as uuid[])) order by child_id")
        .param("ids", ids(planIds))
        .query((rs, n) -> {
          UUID plan = rs.getObject(1, UUID.class);
          UUID child = rs.getObject(2, UUID.class);
          return members.computeIfAbsent(plan, p -> new ArrayList<>())
              .add(new Member(child, done.getOrDefault(List.of(plan, child), Set.of()), rs.getObject(3, OffsetDateTime.class)));
        }).list();
    var outcomes = curriculum.outcomes(raw.stream().map(Raw::outcome).collect(Collectors.toSet())).stream()
        .collect(Collectors.toMap(OutcomeRef::id, Function.identity()));
    var lessons = library.published(raw.stream().map(Raw::lesson).filter(Objects::nonNull).collect(Collectors.toSet())).stream()
        .collect(Collectors.toMap(LessonRef::id, LessonRef::titles));
    var steps = new LinkedHashMap<UUID, List<Step>>();
    raw.forEach(r -> steps.computeIfAbsent(r.plan(), p -> new ArrayList<>())
        .add(new Step(r.position(), outcomes.get(r.outcome()), r.lesson(), lessons.getOrDefault(r.lesson(), Map.of()), r.quiz())));
    return planIds.stream().filter(heads::containsKey).map(heads::get)
        .map(h -> new Plan(h.id(), h.status(), h.created(), h.classId(), members.getOrDefault(h.id(), List.of()), steps.getOrDefault(h.id(), List.of())))
        .toList();
  }
}
