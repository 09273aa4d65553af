package org.erdem.curriculum.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Outcomes (by code) and what each builds on; finds cycles and orders prerequisites first. */
final class PrerequisiteGraph {
  private final Map<String, Set<String>> prerequisites = new HashMap<>();

  void put(String code, Set<String> builtOn) {
    prerequisites.put(code, new LinkedHashSet<>(builtOn));
  }

  void add(String code, String builtOn) {
    prerequisites.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(builtOn);
  }

  /** The outcomes that lie on a cycle, empty when the graph is acyclic. */
  Set<String> onCycles() {
    var cyclic = new LinkedHashSet<String>();
    for (String start : prerequisites.keySet()) {
      if (reaches(start, start, new HashSet<>())) {
        cyclic.add(start);
      }
    }
    return cyclic;
  }

  private boolean reaches(String from, String target, Set<String> seen) {
    for (String next : prerequisites.getOrDefault(from, Set.of())) {
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next) && reaches(next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Whether adding "code builds on builtOn" would close a cycle. */
  boolean wouldCycle(String code, String builtOn) {
    return code.equals(builtOn) || reaches(builtOn, code, new HashSet<>());
  }

  /** Every outcome, each after the outcomes it builds on (the graph must be acyclic). */
  List<String> prerequisitesFirst(List<String> codes) {
    var ordered = new LinkedHashSet<String>();
    for (String code : codes) {
      visit(code, ordered, new HashSet<>());
    }
    return new ArrayList<>(ordered);
  }

  private void visit(String code, Set<String> ordered, Set<String> path) {
    if (ordered.contains(code) || !path.add(code)) {
      return;
    }
    prerequisites.getOrDefault(code, Set.of()).forEach(p -> visit(p, ordered, path));
    ordered.add(code);
  }
}
