package org.erdem.content.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.erdem.content.internal.LessonService;
import org.erdem.content.internal.LessonService.VariantText;
import org.erdem.content.internal.Lessons;
import org.erdem.curriculum.OutcomeRef;

/** The lesson form: the facts, then title, summary and body in Mongolian, Kazakh, Russian and English. */
public record LessonForm(String subject, Integer grade, Integer durationMinutes, String outcomeCodes, String broadcastChannel,
    LocalDate broadcastDate, LocalTime broadcastTime,
    String titleMn, String summaryMn, String bodyMn, String titleKk, String summaryKk, String bodyKk,
    String titleRu, String summaryRu, String bodyRu, String titleEn, String summaryEn, String bodyEn) {

  /** The languages the form offers, in this order. */
  public static final List<String> LANGUAGES = List.of("mn", "kk", "ru", "en");

  static LessonForm empty() {
    return new LessonForm(null, null, 20, "", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  LessonService.LessonDraft draft() {
    var variants = new LinkedHashMap<String, VariantText>();
    variants.put("mn", new VariantText(titleMn, summaryMn, bodyMn));
    variants.put("kk", new VariantText(titleKk, summaryKk, bodyKk));
    variants.put("ru", new VariantText(titleRu, summaryRu, bodyRu));
    variants.put("en", new VariantText(titleEn, summaryEn, bodyEn));
    List<String> codes = outcomeCodes == null ? List.of() : Arrays.stream(outcomeCodes.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    return new LessonService.LessonDraft(subject, grade, durationMinutes, codes, broadcastChannel, broadcastDate, broadcastTime, variants);
  }

  static LessonForm of(LessonService.Workbench bench) {
    var v = bench.version();
    var by = new LinkedHashMap<String, Lessons.Variant>();
    bench.variants().forEach(x -> by.put(x.language(), x));
    String codes = String.join(" ", bench.outcomes().stream().map(OutcomeRef::code).toList());
    return new LessonForm(v.subject(), v.grade(), v.durationMinutes(), codes, v.broadcastChannel(), v.broadcastDate(), v.broadcastTime(),
        text(by, "mn", 0), text(by, "mn", 1), text(by, "mn", 2), text(by, "kk", 0), text(by, "kk", 1), text(by, "kk", 2),
        text(by, "ru", 0), text(by, "ru", 1), text(by, "ru", 2), text(by, "en", 0), text(by, "en", 1), text(by, "en", 2));
  }

  private static String text(java.util.Map<String, Lessons.Variant> by, String lang, int part) {
    var v = by.get(lang);
    if (v == null) {
      return null;
    }
    return switch (part) {
      case 0 -> v.title();
      case 1 -> v.summary();
      default -> v.bodyMarkdown();
    };
  }

  /** The value of a language's title, summary or body field, for the template. */
  public String value(String part, String lang) {
    return switch (part + lang) {
      case "titlemn" -> titleMn;
      case "summarymn" -> summaryMn;
      case "bodymn" -> bodyMn;
      case "titlekk" -> titleKk;
      case "summarykk" -> summaryKk;
      case "bodykk" -> bodyKk;
      case "titleru" -> titleRu;
      case "summaryru" -> summaryRu;
      case "bodyru" -> bodyRu;
      case "titleen" -> titleEn;
      case "summaryen" -> summaryEn;
      case "bodyen" -> bodyEn;
      default -> null;
    };
  }
}
