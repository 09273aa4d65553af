package org.erdem.inclusion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual supervision of schools' support provision: supervisors (of an aimag or a partner
 * organisation) record visits against a configurable checklist, with findings, a rating and
 * follow-up actions; the schools in their scope are listed as visited, due or overdue.
 */
@Service
public class Supervision {
  static final List<String> RESULTS = List.of("met", "partly", "not_met");
  private static final Role[] READERS = {Role.SUPERVISOR, Role.REGION_OFFICER, Role.MINISTRY_ANALYST, Role.SYSTEM_ADMIN, Role.SCHOOL_ADMIN,
      Role.SEN_COORDINATOR};
  private final JdbcClient jdbc;
  private final Registry registry;
  private final Callers callers;
  private final InclusionAccess access;
  private final List<String> checklist;

  Supervision(JdbcClient jdbc, Registry registry, Callers callers, InclusionAccess access,
      @Value("${erdem.inclusion.supervision-checklist}") String[] checklist) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.callers = callers;
    this.access = access;
    this.checklist = Arrays.stream(checklist).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }

  public record Item(String code, String result, String note) {}

  public record FollowUp(UUID id, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
    public boolean overdue() {
      return doneOn == null && dueOn.isBefore(Calendar.today());
    }
  }

  public record Visit(UUID id, UUID schoolId, LocalDate visitedOn, String supervisorName, String organisation, String findings, int rating,
      List<Item> items, List<FollowUp> followUps) {}

  public record VisitForm(LocalDate visitedOn, String organisation, String findings, Integer rating, List<Item> items, List<FollowUpForm> followUps) {}

  public record FollowUpForm(String action, String owner, LocalDate dueOn) {}

  /** A school in the supervisor's scope: when it was last visited and whether a visit is due (within 30 days) or overdue. */
  public record SchoolStatus(UUID schoolId, Map<String, String> names, LocalDate lastVisit, LocalDate nextDue, String status) {}

  public List<String> checklist() {
    return checklist;
  }

  public boolean maySupervise(UUID schoolId) {
    return path(schoolId).map(p -> callers.current().covers(p, Role.SUPERVISOR)).orElse(false);
  }

  /** Schools under the node, overdue first, then due, then visited. */
  public List<SchoolStatus> schools(UUID nodeId) {
    var node = registry.breakdown(nodeId).orElseThrow(AccessDeniedException::new);
    if (!callers.current().covers(node.path(), READERS)) {
      throw new AccessDeniedException();
    }
    var last = new HashMap<UUID, LocalDate>();
    jdbc.sql("select school_id, max(visited_on) from inclusion.supervision_visit where school_id = any(cast(:s as uuid[])) group by 1")
        .param("s", node.schools().keySet().stream().map(UUID::toString).toArray(String[]::new))
        .query((rs, n) -> last.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list();
    var today = Calendar.today();
    var list = new ArrayList<SchoolStatus>();
    node.schools().forEach((id, place) -> {
      LocalDate visited = last.get(id);
      LocalDate due = visited == null ? today : visited.plusYears(1);
      String status = due.isBefore(today) || visited == null ? "overdue" : due.isBefore(today.plusDays(31)) ? "due" : "visited";
      list.add(new SchoolStatus(id, place.names(), visited, due, status));
    });
    list.sort(java.util.Comparator.comparing((SchoolStatus s) -> List.of("overdue", "due", "visited").indexOf(s.status()))
        .thenComparing(SchoolStatus::nextDue));
    return list;
  }

  public List<Visit> ofSchool(UUID schoolId) {
    requireReader(schoolId);
    return load(jdbc.sql("select id from inclusion.supervision_visit where school_id = :s order by visited_on desc").param("s", schoolId)
        .query(UUID.class).list());
  }

  public Visit get(UUID visitId) {
    var visit = load(List.of(visitId)).stream().findFirst().orElseThrow(() -> new NotFoundException("visit " + visitId));
    requireReader(visit.schoolId());
    return visit;
  }

  @Transactional
  public UUID record(UUID schoolId, VisitForm form) {
    if (!maySupervise(schoolId)) {
      throw new AccessDeniedException();
    }
    var items = form.items() == null ? List.<Item>of() : form.items().stream().filter(java.util.Objects::nonNull).toList();
    var followUps = form.followUps() == null ? List.<FollowUpForm>of() : form.followUps().stream().filter(java.util.Objects::nonNull).toList();
    var v = new Validation().required("visitedOn", form.visitedOn())
        .check(form.visitedOn() == null || !form.visitedOn().isAfter(Calendar.today()), "visitedOn", "validation.date.future")
        .required("organisation", Text.blankToNull(form.organisation())).maxLength("organisation", form.organisation(), 200)
        .required("findings", Text.blankToNull(form.findings())).maxLength("findings", form.findings(), 8000)
        .required("rating", form.rating()).range("rating", form.rating(), 1, 4);
    items.forEach(i -> v.check(i.code() != null && i.result() != null && checklist.contains(i.code()) && RESULTS.contains(i.result()), "items",
        "validation.choice"));
    v.check(items.stream().map(Item::code).distinct().count() == items.size(), "items", "validation.choice");
    for (int i = 0; i < followUps.size(); i++) {
      var f = followUps.get(i);
      String p = "followUps[" + i + "].";
      v.required(p + "action", Text.blankToNull(f.action())).maxLength(p + "action", f.action(), 500)
          .required(p + "owner", Text.blankToNull(f.owner())).maxLength(p + "owner", f.owner(), 200).required(p + "dueOn", f.dueOn())
          .check(f.dueOn() == null || form.visitedOn() == null || !f.dueOn().isBefore(form.visitedOn()), p + "dueOn", "validation.supervision.dueBeforeVisit");
    }
    v.throwIfInvalid();
    var caller = callers.current();
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into inclusion.supervision_visit (id, school_id, visited_on, supervisor_id, supervisor_name, organisation, findings, rating)
        values (:id, :s, :on, :by, :name, :org, :f, :r)""")
        .param("id", id).param("s", schoolId).param("on", form.visitedOn()).param("by", caller.accountId()).param("name", caller.displayName())
        .param("org", form.organisation().strip()).param("f", form.findings().strip()).param("r", form.rating()).update();
    items.forEach(i -> jdbc.sql("insert into inclusion.visit_item (visit_id, code, result, note) values (:v, :c, :r, :n)")
        .param("v", id).param("c", i.code()).param("r", i.result()).param("n", Text.blankToNull(i.note())).update());
    followUps.forEach(f -> jdbc.sql("insert into inclusion.follow_up (id, visit_id, school_id, action, owner, due_on) values (:id, :v, :s, :a, :o, :d)")
        .param("id", Ids.newId()).param("v", id).param("s", schoolId).param("a", f.action().strip()).param("o", f.owner().strip())
        .param("d", f.dueOn()).update());
    access.auditWrite(schoolId, "supervision.visit");
    return id;
  }

  /** Whether the caller may mark the school's follow-up actions done: its SEN team or a supervisor of the school. */
  public boolean mayMarkDone(UUID schoolId) {
    return maySupervise(schoolId) || access.isTeam(schoolId);
  }

  /** The school's SEN team or the supervisor marks a follow-up action done. */
  @Transactional
  public void done(UUID followUpId) {
    var school = jdbc.sql("select school_id from inclusion.follow_up where id = :f").param("f", followUpId).query(UUID.class).optional()
        .orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
    if (!mayMarkDone(school)) {
      throw new AccessDeniedException();
    }
    jdbc.sql("update inclusion.follow_up set done_on = :today where id = :f and done_on is null").param("today", Calendar.today())
        .param("f", followUpId).update();
  }

  private void requireReader(UUID schoolId) {
    if (!path(schoolId).map(p -> callers.current().covers(p, READERS)).orElse(false)) {
      throw new AccessDeniedException();
    }
  }

  private Optional<String> path(UUID schoolId) {
    return registry.breakdown(schoolId).filter(b -> b.isSchool()).map(b -> b.path());
  }

  private List<Visit> load(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String[] keys = ids.stream().map(UUID::toString).toArray(String[]::new);
    var items = new HashMap<UUID, List<Item>>();
    jdbc.sql("select visit_id, code, result, note from inclusion.visit_item where visit_id = any(cast(:ids as uuid[]))").param("ids", keys)
        .query((rs, n) -> items.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
            .add(new Item(rs.getString(2), rs.getString(3), rs.getString(4)))).list();
    var followUps = new HashMap<UUID, List<FollowUp>>();
    jdbc.sql("select visit_id, id, action, owner, due_on, done_on from inclusion.follow_up where visit_id = any(cast(:ids as uuid[])) order by due_on")
        .param("ids", keys)
        .query((rs, n) -> followUps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new FollowUp(rs.getObject(2, UUID.class),
            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))).list();
    var visits = new HashMap<UUID, Visit>();
    jdbc.sql("""
        select id, school_id, visited_on, supervisor_name, organisation, findings, rating from inclusion.supervision_visit
         where id = any(cast(:ids as uuid[]))""").param("ids", keys)
        .query((rs, n) -> {
          UUID id = rs.getObject(1, UUID.class);
          return visits.put(id, new Visit(id, rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getInt(7), items.getOrDefault(id, List.of()), followUps.getOrDefault(id, List.of())));
        }).list();
    return ids.stream().filter(visits::containsKey).map(visits::get).toList();
  }
}
