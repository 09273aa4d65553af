package org.erdem.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.Items;

/**
 * The item form: one question in Mongolian and, optionally, English. Choices, accepted answers and
 * pairs are one per line ("left = right" for pairs); the right choice is given by its number.
 */
public record ItemForm(String outcomeCode, String type, String stemMn, String feedbackMn, String choicesMn, String acceptedMn, String pairsMn,
    String stemEn, String feedbackEn, String choicesEn, String acceptedEn, String pairsEn, String correct, String value, String tolerance) {

  static ItemForm empty(String outcome) {
    return new ItemForm(outcome, "single", "", "", "", "", "", "", "", "", "", "", "", "", "");
  }

  static ItemForm of(ItemService.ItemView view, String outcomeCode) {
    var i = view.item();
    var mn = view.variants().get("mn");
    var en = view.variants().get("en");
    String correct = switch (i.type()) {
      case "single" -> i.answer().get("correct") instanceof Number n ? String.valueOf(n.intValue() + 1) : "";
      case "multiple" -> i.answer().get("correct") instanceof List<?> l
          ? String.join(", ", l.stream().map(x -> String.valueOf(((Number) x).intValue() + 1)).toList()) : "";
      case "truefalse" -> String.valueOf(i.answer().get("correct"));
      default -> "";
    };
    return new ItemForm(outcomeCode, i.type(), text(mn, 0), text(mn, 1), text(mn, 2), text(mn, 3), text(mn, 4),
        text(en, 0), text(en, 1), text(en, 2), text(en, 3), text(en, 4), correct,
        i.answer().get("value") == null ? "" : String.valueOf(i.answer().get("value")),
        i.answer().get("tolerance") == null ? "" : String.valueOf(i.answer().get("tolerance")));
  }

  private static String text(Items.Variant v, int part) {
    if (v == null) {
      return "";
    }
    return switch (part) {
      case 0 -> v.stem();
      case 1 -> v.feedback();
      case 2 -> String.join("\n", v.choices());
      case 3 -> String.join("\n", v.accepted());
      default -> String.join("\n", v.pairs().stream().map(p -> p.get(0) + " = " + p.get(1)).toList());
    };
  }

  ItemService.ItemDraft draft() {
    var variants = new ArrayList<Items.Variant>();
    variants.add(variant("mn", stemMn, feedbackMn, choicesMn, acceptedMn, pairsMn));
    if (stemEn != null && !stemEn.isBlank()) {
      variants.add(variant("en", stemEn, feedbackEn, choicesEn, acceptedEn, pairsEn));
    }
    return new ItemService.ItemDraft(outcomeCode, type, answer(), variants);
  }

  private Map<String, Object> answer() {
    var key = new LinkedHashMap<String, Object>();
    switch (type == null ? "" : type) {
      case "single" -> key.put("correct", number(correct) == null ? null : number(correct) - 1);
      case "multiple" -> key.put("correct", Arrays.stream(correct == null ? new String[0] : correct.split("[,;\\s]+"))
          .map(ItemForm::number).filter(java.util.Objects::nonNull).map(n -> n - 1).toList());
      case "truefalse" -> key.put("correct", "true".equals(correct) ? Boolean.TRUE : "false".equals(correct) ? Boolean.FALSE : null);
      case "numeric" -> {
        key.put("value", value);
        key.put("tolerance", tolerance == null || tolerance.isBlank() ? "0" : tolerance);
      }
      default -> { }
    }
    return key;
  }

  private static Items.Variant variant(String lang, String stem, String feedback, String choices, String accepted, String pairs) {
    return new Items.Variant(lang, stem, feedback, lines(choices), lines(accepted),
        lines(pairs).stream().map(p -> Arrays.stream(p.split("=", 2)).map(String::trim).toList()).toList());
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
  }

  private static Integer number(String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
