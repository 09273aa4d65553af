package org.erdem.mastery.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.mastery.Achievement;
import org.erdem.registry.Breakdown;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Achievement levels and open gaps of a subject and grade, for a school, soum, aimag or the country:
 * per part below the node (units, or a school's classes) and by locality (urban, rural, remote).
 * Counts only, never a child's record: for school administrators, officers and analysts.
 */
@Service
public class AchievementOverview {
  public static final Role[] OVERSIGHT = {Role.SYSTEM_ADMIN, Role.MINISTRY_ANALYST, Role.REGION_OFFICER, Role.SCHOOL_ADMIN};
  private final JdbcClient jdbc;
  private final Registry registry;
  private final Callers callers;
  private final AchievementCuts cuts;
  private final Curriculum curriculum;

  AchievementOverview(JdbcClient jdbc, Registry registry, Callers callers, AchievementCuts cuts, Curriculum curriculum) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.callers = callers;
    this.cuts = cuts;
    this.curriculum = curriculum;
  }

  /** How many children stand at each level (below basic to advanced), and the open gaps in the subject. */
  public record Tally(long[] levels, long gaps, long childrenWithGaps) {
    static Tally empty() {
      return new Tally(new long[Achievement.values().length], 0, 0);
    }

    public long children() {
      return Arrays.stream(levels).sum();
    }

    /** The share at proficient or advanced, 0 when nobody has a level. */
    public double proficientShare() {
      long all = children();
      return all == 0 ? 0 : (double) (levels[Achievement.PROFICIENT.ordinal()] + levels[Achievement.ADVANCED.ordinal()]) / all;
    }

    Tally plus(Tally other) {
      var sum = levels.clone();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += other.levels[i];
      }
      return new Tally(sum, gaps + other.gaps, childrenWithGaps + other.childrenWithGaps);
    }
  }

  public record PartTally(Breakdown.Part part, Tally tally) {}

  public record CommonGap(OutcomeRef outcome, long children) {}

  public record Overview(UUID nodeId, String kind, Map<String, String> names, String subject, int grade, List<Integer> grades, Tally total, List<PartTally> parts,
      Map<String, Tally> byLocality, List<CommonGap> commonGaps) {}

  public boolean canView() {
    return callers.find().map(c -> c.has(OVERSIGHT)).orElse(false);
  }

  /** The node where the caller's widest oversight role is held: where the overview starts. */
  public UUID startNode() {
    return callers.current().widestNode(OVERSIGHT).orElseThrow(AccessDeniedException::new);
  }

  public Overview of(UUID nodeId, String subject, Integer grade) {
    var node = registry.breakdown(nodeId).orElseThrow(AccessDeniedException::new);
    if (!callers.current().covers(node.path(), OVERSIGHT)) {
      throw new AccessDeniedException();
    }
    String[] schools = node.isSchool() ? new String[0] : node.schools().keySet().stream().map(UUID::toString).toArray(String[]::new);
    String[] children = node.classOfChild().keySet().stream().map(UUID::toString).toArray(String[]::new);
    String subjectCode = subject == null || subject.isBlank() || !curriculum.hasSubject(subject) ? "math" : subject;
    var grades = jdbc.sql("""
        select grade from mastery.achievement
         where subject = :s and (school_id = any(cast(:schools as uuid[])) or child_id = any(cast(:children as uuid[])))
         group by grade order by count(*) desc, grade""")
        .param("s", subjectCode).param("schools", schools).param("children", children).query(Integer.class).list();
    int chosen = grade != null ? grade : grades.isEmpty() ? 1 : grades.get(0);

    // Each row: the school (or, within a school, the child's class) and its counts.
    var byKey = new HashMap<UUID, Tally>();
    String key = node.isSchool() ? "child_id" : "school_id";
    jdbc.sql("select " + key + ", " + AchievementCuts.LEVEL_SQL + " as level, count(*) " + """
         from mastery.achievement
         where subject = :s and grade = :g and (school_id = any(cast(:schools as uuid[])) or child_id = any(cast(:children as uuid[])))
         group by 1, 2""")
        .params(cuts.params()).param("s", subjectCode).param("g", chosen).param("schools", schools).param("children", children)
        .query((rs, n) -> {
          var levels = new long[Achievement.values().length];
          levels[rs.getInt(2)] = rs.getLong(3);
          return byKey.merge(rs.getObject(1, UUID.class), new Tally(levels, 0, 0), Tally::plus);
        }).list();
    jdbc.sql("select " + key + ", count(*), count(distinct child_id) " + """
         from mastery.gap
         where closed_at is null and subject = :s and (school_id = any(cast(:schools as uuid[])) or child_id = any(cast(:children as uuid[])))
         group by 1""")
        .param("s", subjectCode).param("schools", schools).param("children", children)
        .query((rs, n) -> byKey.merge(rs.getObject(1, UUID.class), new Tally(new long[Achievement.values().length], rs.getLong(2), rs.getLong(3)), Tally::plus))
        .list();

    var parts = new LinkedHashMap<UUID, Tally>();
    node.parts().forEach(p -> parts.put(p.id(), Tally.empty()));
    var byLocality = new LinkedHashMap<String, Tally>();
    for (String locality : List.of("urban", "rural", "remote")) {
      byLocality.put(locality, Tally.empty());
    }
    var total = Tally.empty();
    for (var e : byKey.entrySet()) {
      UUID part = node.isSchool() ? node.classOfChild().get(e.getKey()) : node.schools().get(e.getKey()).partId();
      String locality = node.isSchool() ? node.schools().get(node.nodeId()).locality() : node.schools().get(e.getKey()).locality();
      if (part != null) {
        parts.merge(part, e.getValue(), Tally::plus);
      }
      byLocality.merge(locality, e.getValue(), Tally::plus);
      total = total.plus(e.getValue());
    }
    var partTallies = new ArrayList<PartTally>();
    node.parts().forEach(p -> partTallies.add(new PartTally(p, parts.get(p.id()))));
    return new Overview(node.nodeId(), node.kind(), node.names(), subjectCode, chosen, grades.stream().sorted().toList(), total, partTallies, byLocality,
        commonGaps(subjectCode, schools, children));
  }

  private List<CommonGap> commonGaps(String subject, String[] schools, String[] children) {
    var counts = new LinkedHashMap<UUID, Long>();
    jdbc.sql("""
        select outcome_id, count(distinct child_id) from mastery.gap
         where closed_at is null and subject = :s and (school_id = any(cast(:schools as uuid[])) or child_id = any(cast(:children as uuid[])))
         group by 1 order by 2 desc limit 10""")
        .param("s", subject).param("schools", schools).param("children", children)
        .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
    var outcomes = new HashMap<UUID, OutcomeRef>();
    curriculum.outcomes(counts.keySet()).forEach(o -> outcomes.put(o.id(), o));
    return counts.entrySet().stream().filter(e -> outcomes.containsKey(e.getKey())).map(e -> new CommonGap(outcomes.get(e.getKey()), e.getValue())).toList();
  }
}
