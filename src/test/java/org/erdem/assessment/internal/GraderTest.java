package org.erdem.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraderTest {
  @Test
  void singleMultipleAndTrueFalse() {
    assertThat(Grader.correct("single", Map.of("correct", 2), List.of(), Map.of("choice", 2))).isTrue();
    assertThat(Grader.correct("single", Map.of("correct", 2), List.of(), Map.of("choice", "2"))).isTrue();
    assertThat(Grader.correct("single", Map.of("correct", 2), List.of(), Map.of("choice", 1))).isFalse();
    assertThat(Grader.correct("multiple", Map.of("correct", List.of(0, 2)), List.of(), Map.of("choices", List.of(2, 0)))).isTrue();
    assertThat(Grader.correct("multiple", Map.of("correct", List.of(0, 2)), List.of(), Map.of("choices", List.of(0)))).isFalse();
    assertThat(Grader.correct("truefalse", Map.of("correct", false), List.of(), Map.of("value", "false"))).isTrue();
  }

  @Test
  void numericWithToleranceAndADecimalComma() {
    var key = Map.<String, Object>of("value", 0.75, "tolerance", 0.01);
    assertThat(Grader.correct("numeric", key, List.of(), Map.of("value", "0,755"))).isTrue();
    assertThat(Grader.correct("numeric", key, List.of(), Map.of("value", "0.8"))).isFalse();
    assertThat(Grader.correct("numeric", Map.of("value", 12), List.of(), Map.of("value", " 12 "))).isTrue();
    assertThat(Grader.correct("numeric", Map.of("value", 12), List.of(), Map.of("value", "twelve"))).isFalse();
  }

  @Test
  void shortAnswersIgnoreCaseSpacingAndLatinLookAlikes() {
    List<String> accepted = List.of("Өлгий", "ус");
    assertThat(Grader.correct("short", Map.of(), accepted, Map.of("text", "  өлгий "))).isTrue();
    assertThat(Grader.correct("short", Map.of(), accepted, Map.of("text", "yc"))).as("Latin y and c typed for Cyrillic у and с").isTrue();
    assertThat(Grader.correct("short", Map.of(), accepted, Map.of("text", "Улгий"))).isFalse();
  }

  @Test
  void orderingAndMatchingAreRightInTheKeyOrder() {
    assertThat(Grader.correct("ordering", Map.of(), List.of(), Map.of("order", List.of(0, 1, 2)))).isTrue();
    assertThat(Grader.correct("ordering", Map.of(), List.of(), Map.of("order", List.of(1, 0, 2)))).isFalse();
    assertThat(Grader.correct("matching", Map.of(), List.of(), Map.of("matches", List.of(0, 1, 2, 3)))).isTrue();
    assertThat(Grader.correct("matching", Map.of(), List.of(), Map.of())).isFalse();
  }

  @Test
  void aShuffleNeverShowsTheAnswer() {
    for (int i = 0; i < 50; i++) {
      assertThat(Grader.shuffle(3, new Random(i))).isNotEqualTo(List.of(0, 1, 2)).containsExactlyInAnyOrder(0, 1, 2);
    }
  }
}
