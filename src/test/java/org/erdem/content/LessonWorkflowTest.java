package org.erdem.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.content.internal.LessonOpenings;
import org.erdem.content.internal.LessonService;
import org.erdem.content.internal.LessonService.LessonDraft;
import org.erdem.content.internal.LessonService.VariantText;
import org.erdem.content.internal.Lessons;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.PageRequest;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LessonWorkflowTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired LessonService lessons;
  @Autowired Library library;
  @Autowired LessonOpenings openings;

  RegistryTestData data;
  String author;
  String otherAuthor;
  String reviewer;
  String student;

  @BeforeEach
  void setUp() {
    data = new RegistryTestData(jdbc, accounts, guardianships);
    var country = data.country().id();
    author = data.user("author", Role.CONTENT_AUTHOR, country);
    otherAuthor = data.user("author2", Role.CONTENT_AUTHOR, country);
    reviewer = data.user("reviewer", Role.REVIEWER, country);
    student = data.user("student", Role.STUDENT, country);
  }

  private long opens(UUID lessonId) {
    return jdbc.sql("select open_count from content.lesson where id = :id").param("id", lessonId).query(Long.class).single();
  }

  private String titleOnCard(UUID lessonId) {
    return As.user(author, lessons::mine).stream().filter(c -> c.lessonId().equals(lessonId)).findFirst().orElseThrow().titles().get("mn");
  }

  private LessonDraft draft(String title, String body) {
    return new LessonDraft("math", 5, 25, List.of("MATH.5.FRA.1"), null, null, null,
        Map.of("mn", new VariantText(title, "Товч", body), "en", new VariantText(title + " (en)", "Short", "## Fractions\n\nHalf is 1/2.")));
  }

  @Test
  void aLessonGoesFromDraftThroughReviewToChildrenAndStaysAsReviewed() {
    String word = "Өгүүлбэр" + data.code("W").replace("-", "");
    UUID id = As.user(author, () -> lessons.create(draft("Бутархай", "Агуулга")));
    assertThat(titleOnCard(id)).isEqualTo("Бутархай");
    As.user(author, () -> lessons.saveDraft(id, draft("Бутархай " + word, "## Бутархай\n\n- нэг\n- хоёр\n\n| a | b |\n|---|---|\n| 1 | 2 |")));
    assertThat(titleOnCard(id)).as("a draft's card shows its latest text").isEqualTo("Бутархай " + word);
    assertThatThrownBy(() -> As.user(student, () -> lessons.read(id, "mn"))).as("a draft is not in the library")
        .isInstanceOf(org.erdem.shared.NotFoundException.class);
    assertThatThrownBy(() -> As.user(otherAuthor, () -> lessons.saveDraft(id, draft("x", "y")))).isInstanceOf(AccessDeniedException.class);
    As.user(author, () -> lessons.submit(id));
    assertThatThrownBy(() -> As.user(author, () -> lessons.saveDraft(id, draft("x", "y")))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> As.user(reviewer, () -> lessons.returnToAuthor(id, " "))).isInstanceOf(ValidationException.class);
    As.user(reviewer, () -> lessons.approve(id, "Сайн байна"));

    var seen = As.user(student, () -> lessons.read(id, "mn"));
    openings.flush();
    As.user(student, () -> lessons.read(id, "mn"));
    As.user(student, () -> lessons.read(id, "mn"));
    assertThat(opens(id)).as("openings reach the lesson row when flushed, not before").isEqualTo(1);
    openings.flush();
    assertThat(opens(id)).isEqualTo(3);
    assertThat(seen.variant().bodyHtml()).contains("<h2>", "<table>");
    assertThat(seen.languages()).containsExactlyInAnyOrder("mn", "en");
    assertThat(As.user(student, () -> lessons.read(id, "kk")).variant().language()).as("falls back to Mongolian").isEqualTo("mn");
    assertThat(As.user(student, () -> lessons.search(new Lessons.Query(word.toLowerCase(), null, null, null, null), PageRequest.of(1, 10))).items())
        .extracting(Lessons.Card::lessonId).containsExactly(id);
    assertThat(library.findPublished(id)).isPresent();

    As.user(author, () -> lessons.saveDraft(id, draft("Шинэ нэр", "Шинэ агуулга")));
    assertThat(As.user(student, () -> lessons.read(id, "mn")).variant().title()).as("children keep the published version")
        .startsWith("Бутархай");
    assertThat(titleOnCard(id)).isEqualTo("Шинэ нэр");
    assertThat(library.findPublished(id).orElseThrow().titles().get("mn")).as("the library's card, its published text kept").startsWith("Бутархай");
    As.user(author, () -> lessons.submit(id));
    As.user(reviewer, () -> lessons.approve(id, null));
    assertThat(As.user(student, () -> lessons.read(id, "mn")).variant().title()).isEqualTo("Шинэ нэр");
    assertThat(library.findPublished(id).orElseThrow().titles().get("mn")).as("the newly published version's text").isEqualTo("Шинэ нэр");
    assertThat(jdbc.sql("select status from content.lesson_version where lesson_id = :l order by number").param("l", id).query(String.class).list())
        .containsExactly("archived", "published");
    assertThatThrownBy(() -> jdbc.sql("""
        update content.lesson_variant set title = 'x' where version_id = (select id from content.lesson_version where lesson_id = :l and status = 'published')""")
        .param("l", id).update()).hasMessageContaining("cannot be changed");
  }

  @Test
  void unsafeHtmlIsRefusedWithAMessageAndNothingIsStored() {
    long before = jdbc.sql("select count(*) from content.lesson").query(Long.class).single();
    for (String body : List.of("<script>alert(1)</script>", "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>")) {
      assertThatThrownBy(() -> As.user(author, () -> lessons.create(draft("Аюултай", body))))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(ValidationException.FieldError::messageKey)
              .contains("validation.lesson.unsafeHtml"));
    }
    assertThat(jdbc.sql("select count(*) from content.lesson").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void noOneReviewsTheirOwnLessonAndOnlyAuthorsWrite() {
    String both = data.user("both", Role.CONTENT_AUTHOR, data.country().id());
    accounts.grant(data.accountId(both), Role.REVIEWER, data.country().id(), null, null);
    UUID id = As.user(both, () -> lessons.create(draft("Өөрийн", "Агуулга")));
    As.user(both, () -> lessons.submit(id));
    assertThatThrownBy(() -> As.user(both, () -> lessons.approve(id, null))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> As.user(student, () -> lessons.create(draft("x", "y")))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(student, () -> lessons.workbench(id))).isInstanceOf(AccessDeniedException.class);
  }
}
