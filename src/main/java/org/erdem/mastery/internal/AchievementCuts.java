package org.erdem.mastery.internal;

import java.util.Map;
import org.erdem.mastery.Achievement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Cut scores of the achievement levels over the share of a grade's outcomes known (configuration
 * {@code erdem.mastery.achievement-cuts}, default 0.3,0.55,0.8: basic, proficient and advanced start there).
 */
@Component
class AchievementCuts {
  /** The level of a score in SQL, with the cuts as parameters; 0 below basic up to 3 advanced. */
  static final String LEVEL_SQL = "case when score >= :advanced then 3 when score >= :proficient then 2 when score >= :basic then 1 else 0 end";

  private final double[] cuts;

  AchievementCuts(@Value("${erdem.mastery.achievement-cuts:0.3,0.55,0.8}") double[] cuts) {
    this.cuts = Thresholds.rising("erdem.mastery.achievement-cuts", "0.3,0.55,0.8", 3, cuts);
  }

  Achievement of(double score) {
    int level = 0;
    while (level < cuts.length && score >= cuts[level]) {
      level++;
    }
    return Achievement.values()[level];
  }

  Map<String, Object> params() {
    return Map.of("basic", cuts[0], "proficient", cuts[1], "advanced", cuts[2]);
  }
}
