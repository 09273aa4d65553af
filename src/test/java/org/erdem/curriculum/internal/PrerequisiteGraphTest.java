package org.erdem.curriculum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrerequisiteGraphTest {
  private PrerequisiteGraph graph() {
    var g = new PrerequisiteGraph();
    g.put("M1", Set.of());
    g.put("M2", Set.of("M1"));
    g.put("M3", Set.of("M2"));
    g.put("F4", Set.of("M3", "M1"));
    return g;
  }

  @Test
  void findsNoCycleInAChainAcrossGrades() {
    assertThat(graph().onCycles()).isEmpty();
  }

  @Test
  void refusesAnEdgeThatClosesACircleThroughSeveralGrades() {
    assertThat(graph().wouldCycle("M1", "F4")).isTrue();
    assertThat(graph().wouldCycle("M2", "M2")).isTrue();
    assertThat(graph().wouldCycle("F4", "M2")).isFalse();
  }

  @Test
  void namesEveryOutcomeOnACycle() {
    var g = graph();
    g.add("M1", "M3");
    assertThat(g.onCycles()).containsExactlyInAnyOrder("M1", "M2", "M3");
  }

  @Test
  void ordersPrerequisitesFirst() {
    List<String> order = graph().prerequisitesFirst(List.of("F4", "M3", "M2", "M1"));
    assertThat(order).containsExactly("M1", "M2", "M3", "F4");
  }
}
