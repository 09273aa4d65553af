package org.erdem.inclusion.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Calendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Inclusion indicators per school, soum, aimag and nation: children with SEN, of them in ordinary
 * (inclusive) schools, with a plan in force, reviews overdue, support-room sessions and minutes this
 * month. Counts only; a count below 5 is shown as "<5" so that no child can be singled out.
 */
@Service
public class InclusionIndicators {
  static final Role[] OVERSIGHT = {Role.SYSTEM_ADMIN, Role.MINISTRY_ANALYST, Role.REGION_OFFICER, Role.SUPERVISOR, Role.SCHOOL_ADMIN,
      Role.SEN_COORDINATOR};
  static final int SMALL = 5;
  private final JdbcClient jdbc;
  private final Registry registry;
  private final Callers callers;
  private final AuditLog audit;

  InclusionIndicators(JdbcClient jdbc, Registry registry, Callers callers, AuditLog audit) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.callers = callers;
    this.audit = audit;
  }

  /** A count as it may be shown: its value, or suppressed when below {@value #SMALL} (and above 0). */
  public record Count(Long value, boolean suppressed) {
    static Count of(long n) {
      return n > 0 && n < SMALL ? new Count(null, true) : new Count(n, false);
    }

    public String shown() {
      return suppressed ? "<" + SMALL : String.valueOf(value);
    }
  }

  /** A place (its names) or a locality (its code), with its counts. */
  public record Row(UUID id, Map<String, String> names, String locality, Count withSen, Count inInclusiveSchools, Count withPlan, Count reviewsOverdue, Count sessions,
      Count minutes) {}

  public record Indicators(UUID nodeId, String kind, Map<String, String> names, Row total, List<Row> parts, Map<String, Row> byLocality,
      String month) {}

  private static final int WITH_SEN = 0;
  private static final int INCLUSIVE = 1;
  private static final int PLAN = 2;
  private static final int OVERDUE = 3;
  private static final int SESSIONS = 4;
  private static final int MINUTES = 5;

  public static boolean mayView(org.erdem.identity.Caller caller) {
    return caller.has(OVERSIGHT);
  }

  public UUID startNode() {
    return callers.current().widestNode(OVERSIGHT).orElseThrow(AccessDeniedException::new);
  }

  public Indicators of(UUID nodeId) {
    var node = registry.breakdown(nodeId).orElseThrow(AccessDeniedException::new);
    if (!callers.current().covers(node.path(), OVERSIGHT)) {
      throw new AccessDeniedException();
    }
    audit.record("sen.indicators.read", node.kind(), nodeId, null);
    String[] schools = node.schools().keySet().stream().map(UUID::toString).toArray(String[]::new);
    var bySchool = new HashMap<UUID, long[]>();
    BiConsumer<UUID, long[]> add = (school, values) -> {
      var sum = bySchool.computeIfAbsent(school, s -> new long[6]);
      for (int i = 0; i < values.length; i++) {
        sum[i] += values[i];
      }
    };
    jdbc.sql("""
        select p.school_id, count(*) from inclusion.profile p
         where p.school_id = any(cast(:s as uuid[]))
           and exists (select 1 from inclusion.consent c where c.child_id = p.child_id and c.withdrawn_on is null)
         group by 1""").param("s", schools)
        .query((rs, n) -> {
          UUID school = rs.getObject(1, UUID.class);
          long count = rs.getLong(2);
          boolean special = "special".equals(node.schools().get(school).type());
          add.accept(school, new long[] {count, special ? 0 : count, 0, 0, 0, 0});
          return null;
        }).list();
    jdbc.sql("""
        select school_id, count(*), count(*) filter (where review_on < :today) from inclusion.iep
         where school_id = any(cast(:s as uuid[])) and status in ('active', 'under_review') group by 1""")
        .param("s", schools).param("today", Calendar.today())
        .query((rs, n) -> {
          add.accept(rs.getObject(1, UUID.class), new long[] {0, 0, rs.getLong(2), rs.getLong(3), 0, 0});
          return null;
        }).list();
    var month = Calendar.today().withDayOfMonth(1);
    jdbc.sql("""
        select school_id, count(*), coalesce(sum(minutes), 0) from inclusion.support_session
         where school_id = any(cast(:s as uuid[])) and held_on >= :from group by 1""")
        .param("s", schools).param("from", month)
        .query((rs, n) -> {
          add.accept(rs.getObject(1, UUID.class), new long[] {0, 0, 0, 0, rs.getLong(2), rs.getLong(3)});
          return null;
        }).list();

    var parts = new java.util.LinkedHashMap<UUID, long[]>();
    node.parts().stream().filter(p -> !node.isSchool()).forEach(p -> parts.put(p.id(), new long[6]));
    var localities = new java.util.LinkedHashMap<String, long[]>();
    List.of("urban", "rural", "remote").forEach(l -> localities.put(l, new long[6]));
    var total = new long[6];
    bySchool.forEach((school, values) -> {
      var place = node.schools().get(school);
      if (place.partId() != null && parts.containsKey(place.partId())) {
        sum(parts.get(place.partId()), values);
      }
      sum(localities.computeIfAbsent(place.locality(), l -> new long[6]), values);
      sum(total, values);
    });
    var partRows = new ArrayList<Row>();
    node.parts().stream().filter(p -> parts.containsKey(p.id())).forEach(p -> partRows.add(row(p.id(), null, p.names(), parts.get(p.id()))));
    var localityRows = new java.util.LinkedHashMap<String, Row>();
    localities.forEach((l, v) -> localityRows.put(l, row(null, l, Map.of(), v)));
    return new Indicators(nodeId, node.kind(), node.names(), row(nodeId, null, node.names(), total), partRows, localityRows, month.toString());
  }

  private static void sum(long[] into, long[] values) {
    for (int i = 0; i < values.length; i++) {
      into[i] += values[i];
    }
  }

  private static Row row(UUID id, String locality, Map<String, String> names, long[] v) {
    return new Row(id, names, locality, Count.of(v[WITH_SEN]),
        Count.of(v[INCLUSIVE]), Count.of(v[PLAN]), Count.of(v[OVERDUE]), Count.of(v[SESSIONS]), Count.of(v[MINUTES]));
  }

  /** The indicators as CSV, suppressed cells as "<5": one row per part, then the total. */
  public String csv(UUID nodeId) {
    var indicators = of(nodeId);
    var out = new StringBuilder("place,children_with_sen,in_inclusive_schools,with_plan_in_force,reviews_overdue,sessions_this_month,minutes_this_month\n");
    var rows = new ArrayList<>(indicators.parts());
    rows.addAll(indicators.byLocality().values());
    rows.add(indicators.total());
    for (var r : rows) {
      String place = r.locality() != null ? r.locality() : r.names().getOrDefault("mn", r.names().values().stream().findFirst().orElse(""));
      out.append(quote(place)).append(',').append(r.withSen().shown()).append(',').append(r.inInclusiveSchools().shown()).append(',')
          .append(r.withPlan().shown()).append(',').append(r.reviewsOverdue().shown()).append(',').append(r.sessions().shown()).append(',')
          .append(r.minutes().shown()).append('\n');
    }
    return out.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
