package org.erdem.mastery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.erdem.mastery.Achievement;
import org.junit.jupiter.api.Test;

class CutScoresTest {
  @Test
  void achievementLevelsAreCutFromTheScore() {
    var cuts = new AchievementCuts(new double[] {0.3, 0.55, 0.8});
    assertThat(cuts.of(0)).isEqualTo(Achievement.BELOW_BASIC);
    assertThat(cuts.of(0.2999)).isEqualTo(Achievement.BELOW_BASIC);
    assertThat(cuts.of(0.3)).isEqualTo(Achievement.BASIC);
    assertThat(cuts.of(0.6)).isEqualTo(Achievement.PROFICIENT);
    assertThat(cuts.of(0.8)).isEqualTo(Achievement.ADVANCED);
    assertThat(cuts.of(1)).isEqualTo(Achievement.ADVANCED);
  }

  @Test
  void cutsOutOfOrderOrOutOfRangeStopTheStart() {
    assertThatThrownBy(() -> new AchievementCuts(new double[] {0.5, 0.4, 0.8})).hasMessageContaining("must rise");
    assertThatThrownBy(() -> new AchievementCuts(new double[] {0.3, 0.55})).hasMessageContaining("3 thresholds");
    assertThatThrownBy(() -> new AchievementCuts(new double[] {0, 0.55, 0.8})).hasMessageContaining("between 0 and 1");
  }
}
