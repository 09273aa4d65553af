package org.erdem.assessment.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.Accounts;
import org.erdem.shared.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** The demo item bank (published) and a practice quiz per subject and grade built from it. */
@Component
@Order(40)
@ConditionalOnProperty(name = "erdem.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoItems implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoItems.class);
  private static final int QUIZ_SIZE = 8;
  private final Items items;
  private final ItemService service;
  private final QuizService quizzes;
  private final Curriculum curriculum;
  private final Accounts accounts;

  DemoItems(Items items, ItemService service, QuizService quizzes, Curriculum curriculum, Accounts accounts) {
    this.items = items;
    this.service = service;
    this.quizzes = quizzes;
    this.curriculum = curriculum;
    this.accounts = accounts;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void run(ApplicationArguments args) throws IOException {
    var author = accounts.findByUsername("author");
    if (items.count() > 0 || author.isEmpty()) {
      return;
    }
    String json = new ClassPathResource("assessment/demo-items.json").getContentAsString(StandardCharsets.UTF_8);
    List<Map<String, Object>> all = Json.read(json, new TypeReference<>() {});
    Map<String, List<UUID>> bySubjectGrade = new LinkedHashMap<>();
    for (Map<String, Object> i : all) {
      String type = (String) i.get("type");
      var answer = new LinkedHashMap<String, Object>();
      for (String k : List.of("correct", "value", "tolerance")) {
        if (i.containsKey(k)) {
          answer.put(k, i.get(k));
        }
      }
      var variants = new ArrayList<Items.Variant>();
      ((Map<String, Map<String, Object>>) i.get("variants")).forEach((lang, v) -> variants.add(new Items.Variant(lang, (String) v.get("stem"),
          (String) v.getOrDefault("feedback", ""), (List<String>) v.getOrDefault("choices", List.of()),
          (List<String>) v.getOrDefault("accepted", List.of()), (List<List<String>>) v.getOrDefault("pairs", List.of()))));
      String outcome = (String) i.get("outcome");
      UUID id = service.createFor(author.get(), new ItemService.ItemDraft(outcome, type, answer, variants), (String) i.get("key"));
      items.setStatus(id, "published");
      curriculum.findOutcomeByCode(outcome).ifPresent(o -> bySubjectGrade.computeIfAbsent(o.subject() + "/" + o.grade(), k -> new ArrayList<>()).add(id));
    }
    var subjects = curriculum.subjects();
    bySubjectGrade.forEach((key, ids) -> {
      String subject = key.substring(0, key.indexOf('/'));
      int grade = Integer.parseInt(key.substring(key.indexOf('/') + 1));
      var names = subjects.getOrDefault(subject, Map.of());
      var titles = new LinkedHashMap<String, String>();
      titles.put("mn", names.getOrDefault("mn", subject) + ", " + grade + "-р анги: давтлага");
      titles.put("en", names.getOrDefault("en", subject) + ", grade " + grade + ": practice");
      titles.put("ru", names.getOrDefault("ru", subject) + ", " + grade + " класс: повторение");
      quizzes.createFor(author.get(), new QuizService.QuizDraft(titles, subject, grade, grade >= 5 ? 15 * 60 : null, 3, "after_submit",
          ids.subList(0, Math.min(QUIZ_SIZE, ids.size())), Map.of()));
    });
    log.info("Demo item bank loaded: {} items, {} quizzes", all.size(), bySubjectGrade.size());
  }
}
