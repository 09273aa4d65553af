package org.erdem.mastery.internal;

import java.util.Map;

/**
 * Bayesian Knowledge Tracing: the probability that a child knows an outcome, updated by each answer.
 * A right answer may be a guess and a wrong one a slip; after each answer the child may also learn.
 */
record KnowledgeTracing(double initial, double transit, double slip, double guess) {
  static final String MODEL = "bkt-v1";
  static final KnowledgeTracing DEFAULT = new KnowledgeTracing(0.2, 0.15, 0.1, 0.2);

  KnowledgeTracing {
    for (double p : new double[] {initial, transit, slip, guess}) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("probabilities lie between 0 and 1");
      }
    }
    if (slip + guess >= 1) {
      throw new IllegalArgumentException("slip + guess must stay below 1, or a right answer would be no evidence");
    }
  }

  /** The estimate after one more answer. */
  double update(double known, boolean correct) {
    double posterior = correct
        ? known * (1 - slip) / (known * (1 - slip) + (1 - known) * guess)
        : known * slip / (known * slip + (1 - known) * (1 - guess));
    return posterior + (1 - posterior) * transit;
  }

  Map<String, Object> params() {
    return Map.of("initial", initial, "transit", transit, "slip", slip, "guess", guess);
  }
}
