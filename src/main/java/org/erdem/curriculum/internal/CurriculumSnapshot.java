package org.erdem.curriculum.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The whole curriculum in memory, for the modules that read it on nearly every page (the heat map,
 * lessons, the item bank). It is a few hundred rows that change only when a curriculum officer edits
 * them. An edit through this node is seen at the next read after its commit ({@link CurriculumChanges});
 * an edit through another node, or straight in the database, once its notice is heard (curriculum/V2),
 * and within {@code erdem.curriculum.snapshot-ttl} even while notices are not heard.
 */
@Component
class CurriculumSnapshot {
  private final Outcomes outcomes;
  private final CurriculumChanges changes;
  private final long ttlNanos;
  private volatile Loaded current;

  CurriculumSnapshot(Outcomes outcomes, CurriculumChanges changes, @Value("${erdem.curriculum.snapshot-ttl:PT30S}") Duration ttl) {
    this.outcomes = outcomes;
    this.changes = changes;
    this.ttlNanos = ttl.toNanos();
  }

  /** Subjects in the curriculum's order. */
  List<Outcomes.Subject> subjects() {
    return loaded().subjects();
  }

  Optional<Outcomes.Outcome> byId(UUID id) {
    return Optional.ofNullable(loaded().byId().get(id));
  }

  Optional<Outcomes.Outcome> byCode(String code) {
    return Optional.ofNullable(loaded().byCode().get(code));
  }

  /** These outcomes, by grade and code. */
  List<Outcomes.Outcome> byIds(Collection<UUID> ids) {
    var wanted = ids instanceof Set<UUID> set ? set : new HashSet<>(ids);
    return loaded().ordered().stream().filter(o -> wanted.contains(o.id())).toList();
  }

  /** The outcomes of a subject in a grade, by code. */
  List<Outcomes.Outcome> ofGrade(String subject, int grade) {
    return loaded().ordered().stream().filter(o -> o.subject().equals(subject) && o.grade() == grade).toList();
  }

  /** For each of these outcomes that builds on any, every outcome it builds on, any number of steps back. */
  Map<UUID, Set<UUID>> closure(Collection<UUID> ids) {
    var edges = loaded().prerequisites();
    var reach = new HashMap<UUID, Set<UUID>>();
    for (UUID root : ids) {
      var seen = new HashSet<UUID>();
      var next = new ArrayDeque<>(edges.getOrDefault(root, List.of()));
      while (!next.isEmpty()) {
        UUID id = next.pop();
        if (seen.add(id)) {
          next.addAll(edges.getOrDefault(id, List.of()));
        }
      }
      if (!seen.isEmpty()) {
        reach.put(root, seen);
      }
    }
    return reach;
  }

  private Loaded loaded() {
    Loaded loaded = current;
    long version = changes.version();
    if (loaded == null || loaded.version() != version || System.nanoTime() - loaded.at() > ttlNanos) {
      // The version is read before the rows, so a change committed meanwhile makes the next read load again.
      loaded = load(version);
      current = loaded;
    }
    return loaded;
  }

  private Loaded load(long version) {
    var ordered = outcomes.byGradeAndCode();
    var byId = new HashMap<UUID, Outcomes.Outcome>();
    var byCode = new HashMap<String, Outcomes.Outcome>();
    ordered.forEach(o -> {
      byId.put(o.id(), o);
      byCode.put(o.code(), o);
    });
    var prerequisites = new HashMap<UUID, List<UUID>>();
    outcomes.edges().forEach(e -> prerequisites.computeIfAbsent(e.outcome(), k -> new ArrayList<>()).add(e.prerequisite()));
    return new Loaded(version, System.nanoTime(), List.copyOf(outcomes.subjects()), ordered, Map.copyOf(byId), Map.copyOf(byCode),
        Map.copyOf(prerequisites));
  }

  private record Loaded(long version, long at, List<Outcomes.Subject> subjects, List<Outcomes.Outcome> ordered,
      Map<UUID, Outcomes.Outcome> byId, Map<String, Outcomes.Outcome> byCode, Map<UUID, List<UUID>> prerequisites) {}
}
