package org.erdem.inclusion.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A goal's data points placed on a small SVG line chart (no chart library): the page draws it and
 * gives the same points as a table, its text alternative.
 */
public record ProgressChart(String polyline, List<Dot> dots, BigDecimal low, BigDecimal high) {
  public static final int WIDTH = 320;
  public static final int HEIGHT = 120;
  private static final int PAD = 10;

  public record Dot(double x, double y) {}

  static ProgressChart of(List<GoalProgress.Point> points) {
    if (points.isEmpty()) {
      return new ProgressChart("", List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
    }
    long first = points.get(0).recordedOn().toEpochDay();
    long days = Math.max(1, points.get(points.size() - 1).recordedOn().toEpochDay() - first);
    BigDecimal low = points.stream().map(GoalProgress.Point::value).min(BigDecimal::compareTo).orElseThrow().min(BigDecimal.ZERO);
    BigDecimal high = points.stream().map(GoalProgress.Point::value).max(BigDecimal::compareTo).orElseThrow();
    double span = Math.max(1e-9, high.subtract(low).doubleValue());
    var dots = points.stream().map(p -> new Dot(
        PAD + (WIDTH - 2.0 * PAD) * (points.size() == 1 ? 0.5 : (p.recordedOn().toEpochDay() - first) / (double) days),
        HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (p.value().subtract(low).doubleValue() / span))).toList();
    var line = new StringBuilder();
    dots.forEach(d -> line.append(String.format(Locale.ROOT, "%.1f,%.1f ", d.x(), d.y())));
    return new ProgressChart(line.toString().strip(), dots, low, high);
  }

  public String x(Dot d) {
    return String.format(Locale.ROOT, "%.1f", d.x());
  }

  public String y(Dot d) {
    return String.format(Locale.ROOT, "%.1f", d.y());
  }
}
