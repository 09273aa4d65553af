package org.erdem.mastery.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.mastery.GapClosed;
import org.erdem.mastery.GapOpened;
import org.erdem.mastery.Level;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Knowledge gaps: outcomes the child practises now build on others, directly or through the
 * prerequisite graph back into earlier grades; those where the answers show the child is not yet
 * proficient are gaps. Without evidence on a prerequisite no gap is assumed. Open gaps are kept as
 * rows (opened, closed), so that counts by place need no recomputation and history stays.
 */
@Service
public class KnowledgeGaps {
  private final JdbcClient jdbc;
  private final Curriculum curriculum;
  private final Registry registry;
  private final Estimates estimates;
  private final ApplicationEventPublisher events;

  KnowledgeGaps(JdbcClient jdbc, Curriculum curriculum, Registry registry, Estimates estimates, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.curriculum = curriculum;
    this.registry = registry;
    this.estimates = estimates;
    this.events = events;
  }

  /** An outcome the child has not mastered that the child's current work builds on, with that work. */
  public record Gap(OutcomeRef outcome, Level level, List<OutcomeRef> neededFor) {}

  public List<Gap> of(UUID childId) {
    registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    return find(estimates.of(childId));
  }

  List<Gap> find(List<MasteryService.Estimate> estimates) {
    var byOutcome = new HashMap<UUID, MasteryService.Estimate>();
    var levels = new HashMap<UUID, Level>();
    estimates.forEach(e -> {
      byOutcome.put(e.outcome().id(), e);
      levels.put(e.outcome().id(), e.level());
    });
    return find(levels, curriculum.prerequisitesOf(byOutcome.keySet())).entrySet().stream()
        .map(e -> new Gap(byOutcome.get(e.getKey()).outcome(), levels.get(e.getKey()),
            e.getValue().stream().map(o -> byOutcome.get(o).outcome()).sorted(Comparator.comparing(OutcomeRef::code)).toList()))
        .sorted(Comparator.comparing((Gap g) -> g.outcome().grade()).thenComparing(g -> g.outcome().code()))
        .toList();
  }

  /** Gap outcome to the outcomes with evidence that need it, from the levels with evidence and each one's prerequisites. */
  static Map<UUID, Set<UUID>> find(Map<UUID, Level> levels, Map<UUID, Set<UUID>> prerequisites) {
    var gaps = new LinkedHashMap<UUID, Set<UUID>>();
    levels.keySet().forEach(current -> prerequisites.getOrDefault(current, Set.of()).forEach(prerequisite -> {
      var level = levels.get(prerequisite);
      if (level != null && level != Level.NOT_STARTED && level.compareTo(Level.PROFICIENT) < 0) {
        gaps.computeIfAbsent(prerequisite, p -> new HashSet<>()).add(current);
      }
    }));
    return gaps;
  }

  /** Opens the gaps the answers now show and closes those they no longer show, each with its event. */
  void refresh(UUID childId, UUID schoolId, List<MasteryService.Estimate> estimates) {
    var now = new HashMap<UUID, OutcomeRef>();
    find(estimates).forEach(g -> now.put(g.outcome().id(), g.outcome()));
    var open = new HashSet<>(jdbc.sql("select outcome_id from mastery.gap where child_id = :c and closed_at is null")
        .param("c", childId).query(UUID.class).list());
    for (var gap : now.values()) {
      if (!open.contains(gap.id())) {
        jdbc.sql("insert into mastery.gap (id, child_id, outcome_id, school_id, subject, grade) values (:id, :c, :o, :s, :subject, :g)")
            .param("id", Ids.newId()).param("c", childId).param("o", gap.id()).param("s", schoolId).param("subject", gap.subject())
            .param("g", gap.grade()).update();
        events.publishEvent(new GapOpened(childId, gap.id(), schoolId));
      }
    }
    for (UUID outcome : open) {
      if (!now.containsKey(outcome)) {
        jdbc.sql("update mastery.gap set closed_at = now() where child_id = :c and outcome_id = :o and closed_at is null")
            .param("c", childId).param("o", outcome).update();
        events.publishEvent(new GapClosed(childId, outcome, schoolId));
      }
    }
  }

  /** Open gaps of these children: outcome to the children who have it, most shared first. */
  Map<UUID, List<UUID>> openAmong(Collection<UUID> childIds) {
    var byOutcome = new LinkedHashMap<UUID, List<UUID>>();
    jdbc.sql("""
        select outcome_id, child_id from mastery.gap where closed_at is null and child_id = any(cast(:ids as uuid[]))
         order by count(*) over (partition by outcome_id) desc, grade, outcome_id""")
        .param("ids", childIds.stream().map(UUID::toString).toArray(String[]::new))
        .query((rs, n) -> byOutcome.computeIfAbsent(rs.getObject(1, UUID.class), o -> new ArrayList<>()).add(rs.getObject(2, UUID.class)))
        .list();
    return byOutcome;
  }
}
