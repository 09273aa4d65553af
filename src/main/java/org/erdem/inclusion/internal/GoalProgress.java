package org.erdem.inclusion.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress monitoring: data points per IEP goal over time, from the SEN team, the child's tutors and specialists, or a support session. */
@Service
public class GoalProgress {
  private final JdbcClient jdbc;
  private final InclusionAccess access;
  private final IepStore store;

  GoalProgress(JdbcClient jdbc, InclusionAccess access, IepStore store) {
    this.jdbc = jdbc;
    this.access = access;
    this.store = store;
  }

  public record Point(UUID id, LocalDate recordedOn, BigDecimal value, String note, boolean fromSession) {}

  /** The goal's points, oldest first, and the chart they make. */
  public record Series(List<Point> points, ProgressChart chart) {}

  private record GoalOf(UUID iepId, UUID childId, UUID schoolId, String status, LocalDate startsOn) {}

  /** Each goal of the plan to its series; the plan was read (and the read audited) by the caller. */
  Map<UUID, Series> of(IepStore.Iep iep) {
    var points = new HashMap<UUID, List<Point>>();
    iep.goals().forEach(g -> points.put(g.id(), new java.util.ArrayList<>()));
    jdbc.sql("""
        select goal_id, id, recorded_on, value, note, session_id is not null from inclusion.goal_progress
         where goal_id = any(cast(:ids as uuid[])) order by recorded_on, recorded_at""")
        .param("ids", iep.goals().stream().map(g -> g.id().toString()).toArray(String[]::new))
        .query((rs, n) -> points.get(rs.getObject(1, UUID.class)).add(new Point(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
            rs.getBigDecimal(4), rs.getString(5), rs.getBoolean(6)))).list();
    var series = new HashMap<UUID, Series>();
    points.forEach((goal, list) -> series.put(goal, new Series(list, ProgressChart.of(list))));
    return series;
  }

  public Map<UUID, Series> forPlan(UUID iepId) {
    var iep = store.find(iepId).orElseThrow(() -> new NotFoundException("iep " + iepId));
    access.read(iep.childId(), "progress");
    return of(iep);
  }

  /** A data point from the SEN team or one of the child's tutors or specialists; returns the goal's plan. */
  @Transactional
  public UUID record(UUID goalId, LocalDate on, BigDecimal value, String note) {
    var goal = goal(goalId);
    access.support(goal.childId(), "progress");
    insert(goal, goalId, on, value, note, null);
    return goal.iepId();
  }

  /** A data point from a support session; the session's service has checked who logs it. */
  UUID fromSession(UUID goalId, UUID childId, LocalDate on, BigDecimal value, String note, UUID sessionId) {
    var goal = goal(goalId);
    if (!goal.childId().equals(childId)) {
      throw ValidationException.of("goalId", "validation.choice");
    }
    return insert(goal, goalId, on, value, note, sessionId);
  }

  private UUID insert(GoalOf goal, UUID goalId, LocalDate on, BigDecimal value, String note, UUID sessionId) {
    new Validation().check(goal.status().equals("active") || goal.status().equals("under_review"), null, "validation.progress.notInForce")
        .required("recordedOn", on).check(on == null || !on.isAfter(Calendar.today()), "recordedOn", "validation.date.future")
        .check(on == null || !on.isBefore(goal.startsOn()), "recordedOn", "validation.progress.beforePlan")
        .required("value", value).maxLength("note", note, 2000).throwIfInvalid();
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into inclusion.goal_progress (id, goal_id, child_id, school_id, recorded_on, value, note, session_id, recorded_by)
        values (:id, :g, :c, :s, :on, :v, :n, :session, :by)""")
        .param("id", id).param("g", goalId).param("c", goal.childId()).param("s", goal.schoolId()).param("on", on).param("v", value)
        .param("n", Text.blankToNull(note)).param("session", sessionId).param("by", access.caller().accountId()).update();
    return id;
  }

  private GoalOf goal(UUID goalId) {
    return jdbc.sql("""
        select i.id, i.child_id, i.school_id, i.status, i.starts_on from inclusion.iep_goal g join inclusion.iep i on i.id = g.iep_id where g.id = :g""")
        .param("g", goalId)
        .query((rs, n) -> new GoalOf(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
            rs.getObject(5, LocalDate.class)))
        .optional().orElseThrow(() -> new NotFoundException("goal " + goalId));
  }
}
