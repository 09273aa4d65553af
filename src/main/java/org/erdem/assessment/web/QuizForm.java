package org.erdem.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.erdem.assessment.internal.QuizService;

/** A quiz drawn from outcome pools: one line per outcome, its code and how many items to draw. */
public record QuizForm(String titleMn, String titleEn, String subject, Integer grade, Integer minutes, Integer attemptsAllowed,
    String reviewPolicy, String pools) {
  QuizService.QuizDraft draft() {
    var titles = new LinkedHashMap<String, String>();
    titles.put("mn", titleMn);
    titles.put("en", titleEn);
    Map<String, Integer> draws = new LinkedHashMap<>();
    (pools == null ? "" : pools).lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
      String[] parts = line.split("\\s+");
      Integer count = null;
      try {
        count = parts.length > 1 ? Integer.valueOf(parts[1]) : 1;
      } catch (NumberFormatException e) {
        count = 0;
      }
      draws.put(parts[0], count);
    });
    return new QuizService.QuizDraft(titles, subject, grade, minutes == null ? null : minutes * 60, attemptsAllowed, reviewPolicy, List.of(), draws);
  }
}
