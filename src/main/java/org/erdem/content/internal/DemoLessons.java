package org.erdem.content.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The demo library: about a hundred published lessons by the demo author, reviewed by the demo reviewer. */
@Component
@Order(30)
@ConditionalOnProperty(name = "erdem.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoLessons implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoLessons.class);
  private final Lessons lessons;
  private final LessonService service;
  private final Accounts accounts;
  private final MediaService media;

  DemoLessons(Lessons lessons, LessonService service, Accounts accounts, MediaService media) {
    this.media = media;
    this.lessons = lessons;
    this.service = service;
    this.accounts = accounts;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void run(ApplicationArguments args) throws IOException {
    var author = accounts.findByUsername("author");
    var reviewer = accounts.findByUsername("reviewer");
    if (lessons.count() > 0 || author.isEmpty() || reviewer.isEmpty()) {
      return;
    }
    var resource = new ClassPathResource("content/demo-lessons.json");
    if (!resource.exists()) {
      log.warn("No demo lessons to load");
      return;
    }
    String json = resource.getContentAsString(StandardCharsets.UTF_8);
    List<Map<String, Object>> all = Json.read(json, new TypeReference<>() {});
    int diagrams = 0;
    for (Map<String, Object> l : all) {
      var variants = new LinkedHashMap<String, LessonService.VariantText>();
      ((Map<String, Map<String, String>>) l.get("variants")).forEach((lang, v) ->
          variants.put(lang, new LessonService.VariantText(v.get("title"), v.get("summary"), v.get("body"))));
      var broadcast = (Map<String, String>) l.get("broadcast");
      var draft = new LessonService.LessonDraft((String) l.get("subject"), ((Number) l.get("grade")).intValue(),
          ((Number) l.get("durationMinutes")).intValue(), (List<String>) l.get("outcomes"),
          broadcast == null ? null : broadcast.get("channel"), broadcast == null ? null : LocalDate.parse(broadcast.get("date")),
          broadcast == null ? null : LocalTime.parse(broadcast.get("time")), variants);
      boolean diagram = "math".equals(l.get("subject")) && ((Number) l.get("grade")).intValue() <= 6 && diagrams < 12;
      int parts = 2 + diagrams % 6;
      int shaded = 1 + diagrams % (parts - 1);
      service.seedPublished(author.get(), reviewer.get(), draft, (String) l.get("key"), version -> {
        if (diagram) {
          media.attach(version, "fraction-" + shaded + "-" + parts + ".png", FractionDiagram.png(shaded, parts),
              "Тойргийг " + parts + " тэнцүү хэсэгт хувааж, " + shaded + " хэсгийг будсан: " + shaded + "/" + parts);
        }
      });
      diagrams += diagram ? 1 : 0;
    }
    log.info("Demo library loaded: {} lessons", all.size());
  }
}
