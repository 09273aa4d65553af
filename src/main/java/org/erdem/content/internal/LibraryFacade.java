package org.erdem.content.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.erdem.content.LessonRef;
import org.erdem.content.Library;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.ThisPage;
import org.springframework.stereotype.Service;

@Service
class LibraryFacade implements Library {
  private final Lessons lessons;

  LibraryFacade(Lessons lessons) {
    this.lessons = lessons;
  }

  @Override
  public Optional<LessonRef> findPublished(UUID lessonId) {
    return published(List.of(lessonId)).stream().findFirst();
  }

  @Override
  public List<LessonRef> published(Collection<UUID> lessonIds) {
    ThisPage.shows(lessonIds.stream().map(Notice::lesson).toList());
    return lessons.publishedCards(lessonIds).stream().map(LibraryFacade::ref).toList();
  }

  @Override
  public List<LessonRef> published(String subject, int grade, int limit) {
    // Which lessons are published for a grade changes with any lesson's publishing: no notice names it.
    ThisPage.showsUnannounced();
    return lessons.searchPublished(new Lessons.Query(null, subject, grade, null, null), new org.erdem.shared.PageRequest(1, limit))
        .items().stream().map(LibraryFacade::ref).toList();
  }

  @Override
  public List<LessonRef> forOutcome(UUID outcomeId, int limit) {
    ThisPage.showsUnannounced();
    return lessons.publishedForOutcome(outcomeId, limit).stream().map(LibraryFacade::ref).toList();
  }

  private static LessonRef ref(Lessons.Card c) {
    return new LessonRef(c.lessonId(), c.titles(), c.subject(), c.grade(), c.durationMinutes(), c.outcomeIds());
  }
}
