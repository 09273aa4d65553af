package org.erdem.mastery.internal;

import org.erdem.mastery.Level;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the levels begin: beginning, developing, proficient, mastered (configuration
 * {@code erdem.mastery.levels}, default 0.01,0.4,0.7,0.95). Thresholds out of order stop the start.
 */
@Component
class LevelThresholds {
  private final double[] starts;

  LevelThresholds(@Value("${erdem.mastery.levels:0.01,0.4,0.7,0.95}") double[] starts) {
    this.starts = Thresholds.rising("erdem.mastery.levels", "0.01,0.4,0.7,0.95", 4, starts);
  }

  Level of(Double probability, int evidence) {
    if (probability == null || evidence == 0) {
      return Level.NOT_STARTED;
    }
    if (probability >= starts[3]) {
      return Level.MASTERED;
    }
    if (probability >= starts[2]) {
      return Level.PROFICIENT;
    }
    return probability >= starts[1] ? Level.DEVELOPING : Level.BEGINNING;
  }

  double mastered() {
    return starts[3];
  }
}
