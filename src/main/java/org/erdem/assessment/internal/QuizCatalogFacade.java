package org.erdem.assessment.internal;

import java.util.Optional;
import java.util.UUID;
import org.erdem.assessment.QuizCatalog;
import org.erdem.assessment.QuizRef;
import org.springframework.stereotype.Service;

@Service
class QuizCatalogFacade implements QuizCatalog {
  private final Quizzes quizzes;

  QuizCatalogFacade(Quizzes quizzes) {
    this.quizzes = quizzes;
  }

  @Override
  public Optional<QuizRef> find(UUID quizId) {
    return quizzes.find(quizId).map(QuizCatalogFacade::ref);
  }

  @Override
  public java.util.List<QuizRef> forSubjectGrade(String subject, int grade) {
    return quizzes.list(subject, grade).stream().map(QuizCatalogFacade::ref).toList();
  }

  private static QuizRef ref(Quizzes.Quiz q) {
    return new QuizRef(q.id(), q.titles(), q.subject(), q.grade(), (int) q.items());
  }
}
