package org.erdem.assessment.internal;

import java.util.Optional;
import java.util.UUID;
import org.erdem.assessment.QuizCatalog;
import org.erdem.assessment.QuizRef;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.ThisPage;
import org.springframework.stereotype.Service;

@Service
class QuizCatalogFacade implements QuizCatalog {
  private final Quizzes quizzes;
  private final Items items;
  private final QuizService quizService;
  private final org.erdem.curriculum.Curriculum curriculum;

  QuizCatalogFacade(Quizzes quizzes, Items items, QuizService quizService, org.erdem.curriculum.Curriculum curriculum) {
    this.quizzes = quizzes;
    this.items = items;
    this.quizService = quizService;
    this.curriculum = curriculum;
  }

  @Override
  public Optional<QuizRef> find(UUID quizId) {
    ThisPage.shows(Notice.quiz(quizId));
    return quizzes.find(quizId).map(QuizCatalogFacade::ref);
  }

  @Override
  public java.util.List<QuizRef> find(java.util.Collection<UUID> quizIds) {
    ThisPage.shows(quizIds.stream().map(Notice::quiz).toList());
    return quizzes.byIds(quizIds).stream().map(QuizCatalogFacade::ref).toList();
  }

  @Override
  public java.util.List<QuizRef> forSubjectGrade(String subject, int grade) {
    // A new quiz of the grade is announced by no notice.
    ThisPage.showsUnannounced();
    return quizzes.list(subject, grade).stream().map(QuizCatalogFacade::ref).toList();
  }

  @Override
  @org.springframework.transaction.annotation.Transactional
  public Optional<QuizRef> practiceFor(UUID outcomeId, UUID authorId) {
    var outcome = curriculum.findOutcome(outcomeId);
    if (outcome.isEmpty() || items.drawPublished(outcomeId, 1, "any").isEmpty()) {
      return Optional.empty();
    }
    var existing = quizzes.practice(outcomeId);
    if (existing.isPresent()) {
      return existing.map(QuizCatalogFacade::ref);
    }
    var o = outcome.get();
    var titles = new java.util.LinkedHashMap<String, String>();
    titles.put("mn", "Давтлага: " + o.code());
    titles.put("en", "Practice: " + o.code());
    titles.put("ru", "Повторение: " + o.code());
    UUID id = quizService.createFor(authorId, new QuizService.QuizDraft(titles, o.subject(), o.grade(), null, 20, "after_submit",
        java.util.List.of(), java.util.Map.of(o.code(), 3)));
    return quizzes.find(id).map(QuizCatalogFacade::ref);
  }

  private static QuizRef ref(Quizzes.Quiz q) {
    return new QuizRef(q.id(), q.titles(), q.subject(), q.grade(), (int) q.items());
  }
}
