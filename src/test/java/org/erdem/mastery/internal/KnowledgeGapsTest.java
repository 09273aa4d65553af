package org.erdem.mastery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.erdem.mastery.Level;
import org.junit.jupiter.api.Test;

/** Gap detection on a small graph across two grades: 5.ADD builds on 4.CMP and 4.EQ, 4.CMP on 4.HALF. */
class KnowledgeGapsTest {
  final UUID add5 = UUID.randomUUID();
  final UUID compare4 = UUID.randomUUID();
  final UUID equal4 = UUID.randomUUID();
  final UUID half4 = UUID.randomUUID();
  final Map<UUID, Set<UUID>> prerequisites = Map.of(add5, Set.of(compare4, equal4, half4), compare4, Set.of(half4));

  @Test
  void aPrerequisiteShownNotYetProficientIsAGapForEveryOutcomeThatNeedsIt() {
    var gaps = KnowledgeGaps.find(Map.of(add5, Level.DEVELOPING, compare4, Level.PROFICIENT, half4, Level.BEGINNING), prerequisites);
    assertThat(gaps).containsOnlyKeys(half4);
    assertThat(gaps.get(half4)).containsExactlyInAnyOrder(add5, compare4);
  }

  @Test
  void noGapIsAssumedWithoutEvidence() {
    assertThat(KnowledgeGaps.find(Map.of(add5, Level.BEGINNING), prerequisites)).as("4.EQ and 4.CMP were never answered").isEmpty();
    assertThat(KnowledgeGaps.find(Map.of(add5, Level.BEGINNING, equal4, Level.NOT_STARTED), prerequisites)).isEmpty();
  }

  @Test
  void proficientOrMasteredPrerequisitesAreNoGaps() {
    assertThat(KnowledgeGaps.find(Map.of(add5, Level.BEGINNING, compare4, Level.MASTERED, equal4, Level.PROFICIENT), prerequisites)).isEmpty();
  }

  @Test
  void theOutcomeItselfIsNoGapOfItsOwn() {
    assertThat(KnowledgeGaps.find(Map.of(half4, Level.BEGINNING), prerequisites)).isEmpty();
  }
}
