package org.erdem.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.Items;
import org.erdem.assessment.internal.QuizService;

/** Builds published items and quizzes for a test, through the services, as an author and a reviewer would. */
public class AssessmentTestData {
  private final ItemService items;
  private final QuizService quizzes;
  private final String author;
  private final String reviewer;

  public AssessmentTestData(ItemService items, QuizService quizzes, String author, String reviewer) {
    this.items = items;
    this.quizzes = quizzes;
    this.author = author;
    this.reviewer = reviewer;
  }

  /** A bank written by a new author and reviewed by a new reviewer, both national. */
  public static AssessmentTestData withNewAuthors(org.erdem.registry.RegistryTestData data, ItemService items, QuizService quizzes) {
    var country = data.country().id();
    return new AssessmentTestData(items, quizzes, data.user("author", org.erdem.identity.Role.CONTENT_AUTHOR, country),
        data.user("reviewer", org.erdem.identity.Role.REVIEWER, country));
  }

  public UUID published(String outcome, String type, Map<String, Object> answer, Items.Variant mn) {
    UUID id = As.user(author, () -> items.create(new ItemService.ItemDraft(outcome, type, answer, List.of(mn))));
    As.user(author, () -> items.submit(id));
    As.user(reviewer, () -> items.decide(id, true));
    return id;
  }

  public UUID singleChoice(String outcome, int correct) {
    return published(outcome, "single", Map.of("correct", correct),
        new Items.Variant("mn", "1/2 + 1/4 = ?", "3/4", List.of("1/4", "2/4", "3/4"), List.of(), List.of()));
  }

  public UUID numeric(String outcome, double value) {
    return published(outcome, "numeric", Map.of("value", value, "tolerance", 0.01),
        new Items.Variant("mn", "0.5 + 0.25 = ?", "", List.of(), List.of(), List.of()));
  }

  public UUID quiz(Integer timeLimitSeconds, int attempts, UUID... itemIds) {
    return As.user(author, () -> quizzes.create(new QuizService.QuizDraft(Map.of("mn", "Бутархай", "en", "Fractions"), "math", 5,
        timeLimitSeconds, attempts, "after_submit", List.of(itemIds), Map.of())));
  }
}
