package org.erdem.mastery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.erdem.mastery.Level;
import org.junit.jupiter.api.Test;

class KnowledgeTracingTest {
  private final KnowledgeTracing bkt = KnowledgeTracing.DEFAULT;

  private double after(boolean... answers) {
    double p = bkt.initial();
    for (boolean a : answers) {
      p = bkt.update(p, a);
    }
    return p;
  }

  @Test
  void oneRightAnswerFromThePriorIsComputedByHand() {
    // 0.2 * 0.9 / (0.2 * 0.9 + 0.8 * 0.2) = 0.5294; + (1 - 0.5294) * 0.15 = 0.6
    assertThat(after(true)).isCloseTo(0.6, within(1e-9));
    // 0.2 * 0.1 / (0.2 * 0.1 + 0.8 * 0.8) = 0.0303; + 0.9697 * 0.15 = 0.1758
    assertThat(after(false)).isCloseTo(0.17576, within(1e-4));
  }

  @Test
  void aRunOfRightAnswersReachesMasteryAndAWrongOneSetsItBack() {
    assertThat(after(true, true, true)).isGreaterThan(0.95);
    assertThat(after(true, true, true, false)).isLessThan(after(true, true, true));
    assertThat(after(false, false, false)).isLessThan(0.25);
  }

  @Test
  void levelsFollowTheThresholdsAndRefuseThemOutOfOrder() {
    var levels = new LevelThresholds(new double[] {0.01, 0.4, 0.7, 0.95});
    assertThat(levels.of(null, 0)).isEqualTo(Level.NOT_STARTED);
    assertThat(levels.of(0.3, 2)).isEqualTo(Level.BEGINNING);
    assertThat(levels.of(0.5, 2)).isEqualTo(Level.DEVELOPING);
    assertThat(levels.of(0.8, 2)).isEqualTo(Level.PROFICIENT);
    assertThat(levels.of(0.97, 3)).isEqualTo(Level.MASTERED);
    assertThatThrownBy(() -> new LevelThresholds(new double[] {0.01, 0.7, 0.4, 0.95})).hasMessageContaining("must rise");
    assertThatThrownBy(() -> new KnowledgeTracing(0.2, 0.1, 0.6, 0.5)).hasMessageContaining("slip + guess");
  }
}
