package org.erdem.assessment.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Decides whether a response is right, for each item type. Pure: no database, no clock. */
final class Grader {
  private static final String LATIN = "aceopxyABCEHKMOPTXy";
  private static final String CYRILLIC = "асеорхуАВСЕНКМОРТХу";

  private Grader() {}

  /**
   * @param key the item's answer key; {@code accepted} the accepted short answers in the language the
   *     child answered in; {@code size} the number of choices or pairs shown
   */
  static boolean correct(String type, Map<String, Object> key, List<String> accepted, Map<String, Object> response) {
    if (response == null) {
      return false;
    }
    return switch (type) {
      case "single" -> Objects.equals(integer(key.get("correct")), integer(response.get("choice")));
      case "multiple" -> integers(key.get("correct")).equals(integers(response.get("choices")));
      case "truefalse" -> Objects.equals(key.get("correct"), bool(response.get("value")));
      case "numeric" -> numeric(key, response.get("value"));
      case "short" -> accepted.stream().map(Grader::normalize).anyMatch(normalize(String.valueOf(response.getOrDefault("text", "")))::equals);
      case "ordering" -> inOrder(response.get("order"));
      case "matching" -> inOrder(response.get("matches"));
      default -> false;
    };
  }

  /** Ordering and matching keep their items in the right order: a response is right when it lists 0, 1, 2, ... */
  private static boolean inOrder(Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return false;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!Objects.equals(integer(list.get(i)), i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean numeric(Map<String, Object> key, Object given) {
    Double value = number(given);
    Double expected = number(key.get("value"));
    Double tolerance = number(key.getOrDefault("tolerance", 0));
    return value != null && expected != null && Math.abs(value - expected) <= (tolerance == null ? 0 : tolerance) + 1e-9;
  }

  /** Case, spacing and Latin letters that look like Cyrillic ones do not matter in short answers. */
  static String normalize(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    var out = new StringBuilder();
    for (char c : s.toCharArray()) {
      int i = LATIN.indexOf(c);
      out.append(i >= 0 ? CYRILLIC.charAt(i) : c);
    }
    return out.toString().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
  }

  static Double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Double.valueOf(s.strip().replace(',', '.').replace(" ", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static Integer integer(Object value) {
    Double d = number(value);
    return d == null || d != Math.floor(d) ? null : d.intValue();
  }

  private static Boolean bool(Object value) {
    return value instanceof Boolean b ? b : value instanceof String s ? Boolean.valueOf(s) : null;
  }

  private static java.util.Set<Integer> integers(Object value) {
    var set = new HashSet<Integer>();
    if (value instanceof Collection<?> c) {
      c.forEach(x -> set.add(integer(x)));
    }
    return set;
  }

  static List<Integer> shuffle(int size, java.util.Random random) {
    var order = new ArrayList<Integer>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    if (size > 1) {
      do {
        java.util.Collections.shuffle(order, random);
      } while (inOrder(order));
    }
    return order;
  }
}
