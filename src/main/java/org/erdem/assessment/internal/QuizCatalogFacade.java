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
    return quizzes.find(quizId).map(q -> new QuizRef(q.id(), q.titles(), q.subject(), q.grade(), (int) q.items()));
  }
}
