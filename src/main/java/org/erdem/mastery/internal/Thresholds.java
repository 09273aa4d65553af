package org.erdem.mastery.internal;

import java.util.Arrays;

/** Rising thresholds between 0 and 1 from configuration; a wrong setting stops the start with a clear message. */
final class Thresholds {
  private Thresholds() {}

  static double[] rising(String property, String example, int count, double[] values) {
    if (values.length != count || Arrays.stream(values).anyMatch(t -> t <= 0 || t > 1)) {
      throw new IllegalStateException(property + " needs " + count + " thresholds between 0 and 1, for example " + example);
    }
    for (int i = 1; i < values.length; i++) {
      if (values[i] <= values[i - 1]) {
        throw new IllegalStateException(property + " must rise: " + Arrays.toString(values));
      }
    }
    return values.clone();
  }
}
