package org.erdem.content.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.content.LessonPublished;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Caller;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.ThisPage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, reviewing and reading lessons. Draft → in review → published → archived; a published
 * version never changes: editing a published lesson starts a new draft, and children keep seeing the
 * published version until the new one is published.
 */
@Service
public class LessonService {
  /** Languages lessons are written in. */
  public static final List<String> LANGUAGES = List.of("mn", "kk", "ru", "en", "ky", "tg");

  private final Lessons lessons;
  private final Markdown markdown;
  private final ContentAccess access;
  private final Curriculum curriculum;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final MediaService media;
  private final LessonOpenings openings;

  LessonService(Lessons lessons, Markdown markdown, ContentAccess access, Curriculum curriculum, AuditLog audit, ApplicationEventPublisher events,
      MediaService media, LessonOpenings openings) {
    this.media = media;
    this.openings = openings;
    this.lessons = lessons;
    this.markdown = markdown;
    this.access = access;
    this.curriculum = curriculum;
    this.audit = audit;
    this.events = events;
  }

  public record VariantText(String title, String summary, String body) {
    boolean isBlank() {
      return blank(title) && blank(summary) && blank(body);
    }
  }

  /** What an author writes: the lesson's facts and its text in one or more languages. */
  public record LessonDraft(String subject, Integer grade, Integer durationMinutes, List<String> outcomeCodes, String broadcastChannel,
      LocalDate broadcastDate, LocalTime broadcastTime, Map<String, VariantText> variants) {}

  /** A lesson as one reads it: the version, the variant in the chosen language, the other languages, outcomes. */
  public record LessonView(Lessons.Version version, Lessons.Variant variant, List<String> languages, List<OutcomeRef> outcomes,
      List<MediaService.MediaItem> media) {
    /** The same lesson with the versions of these roles (sign language, easy read, ...) first, in that order. */
    public LessonView preferring(List<String> roles) {
      var ordered = media.stream().sorted(java.util.Comparator.comparingInt(m -> roles.contains(m.role()) ? roles.indexOf(m.role()) : roles.size()))
          .toList();
      return new LessonView(version, variant, languages, outcomes, ordered);
    }
  }

  /** A lesson as its author or a reviewer works on it. */
  public record Workbench(Lessons.Version version, List<Lessons.Variant> variants, List<OutcomeRef> outcomes,
      List<Lessons.Comment> comments, boolean published, boolean canEdit, boolean canReview, List<MediaService.MediaItem> media) {}

  // --- reading ---

  public Page<Lessons.Card> search(Lessons.Query query, PageRequest page) {
    access.reader();
    return lessons.searchPublished(query, page);
  }

  /** The published lesson in the language asked for, else the reader's, Mongolian, or any. */
  @Transactional
  public LessonView read(UUID lessonId, String language) {
    access.reader();
    var version = lessons.find(lessonId, "published").orElseThrow(() -> new NotFoundException("lesson " + lessonId));
    var variants = lessons.variants(version.id());
    var chosen = pick(variants, language);
    ThisPage.everyTime(() -> openings.count(lessonId));
    return new LessonView(version, chosen, variants.stream().map(Lessons.Variant::language).toList(), curriculum.outcomes(lessons.outcomes(version.id())),
        media.of(version.id()));
  }

  static Lessons.Variant pick(List<Lessons.Variant> variants, String language) {
    for (String lang : new String[] {language, "mn", "ru", "en"}) {
      for (var v : variants) {
        if (v.language().equals(lang)) {
          return v;
        }
      }
    }
    return variants.get(0);
  }

  // --- writing ---

  public List<Lessons.Card> mine() {
    return lessons.byAuthor(access.requireAuthor().accountId());
  }

  public List<Lessons.Card> reviewQueue() {
    access.requireReviewer();
    return lessons.inReview();
  }

  /** The lesson's open version (or, when none, the published one) with what its author and reviewers need. */
  public Workbench workbench(UUID lessonId) {
    Caller caller = access.reader();
    var version = lessons.find(lessonId, "draft", "in_review").or(() -> lessons.latest(lessonId))
        .orElseThrow(() -> new NotFoundException("lesson " + lessonId));
    boolean own = version.authorId().equals(caller.accountId());
    boolean reviewer = access.isReviewer();
    if (!own && !reviewer) {
      throw new AccessDeniedException();
    }
    return new Workbench(version, lessons.variants(version.id()), curriculum.outcomes(lessons.outcomes(version.id())),
        lessons.comments(lessonId), "published".equals(version.status()),
        own && !"in_review".equals(version.status()), reviewer && "in_review".equals(version.status()) && !own, media.of(version.id()));
  }

  @Transactional
  public UUID create(LessonDraft draft) {
    return createFor(access.requireAuthor().accountId(), draft, null);
  }

  /** Writes a lesson as an author; the demo library comes in this way too. */
  UUID createFor(UUID authorId, LessonDraft draft, String key) {
    var prepared = prepare(draft);
    UUID lessonId = Ids.newId();
    lessons.insertLesson(lessonId, key, authorId);
    UUID versionId = lessons.insertVersion(lessonId, 1, "draft", draft, authorId);
    lessons.replaceVariants(versionId, prepared.variants());
    lessons.replaceOutcomes(versionId, prepared.outcomeIds());
    audit.record("lesson.created", "lesson", lessonId, null);
    return lessonId;
  }

  /** A lesson written, reviewed and published at once: for the demo library only. */
  @Transactional
  UUID seedPublished(UUID authorId, UUID reviewerId, LessonDraft draft, String key, java.util.function.Consumer<UUID> beforePublishing) {
    UUID lessonId = createFor(authorId, draft, key);
    var version = lessons.latest(lessonId).orElseThrow();
    beforePublishing.accept(version.id());
    lessons.publish(version.id(), reviewerId);
    events.publishEvent(new LessonPublished(lessonId, version.id(), 1));
    return lessonId;
  }

  /** Saves the author's draft; editing a published lesson starts a new draft from it. */
  @Transactional
  public void saveDraft(UUID lessonId, LessonDraft draft) {
    Caller author = access.requireAuthor();
    var prepared = prepare(draft);
    var latest = lessons.latest(lessonId).orElseThrow(() -> new NotFoundException("lesson " + lessonId));
    if (!latest.authorId().equals(author.accountId())) {
      throw new AccessDeniedException();
    }
    UUID versionId = switch (latest.status()) {
      case "draft" -> latest.id();
      case "in_review" -> throw ValidationException.of(null, "validation.lesson.inReview");
      default -> {
        UUID next = lessons.insertVersion(lessonId, latest.number() + 1, "draft", draft, author.accountId());
        media.copy(latest.id(), next);
        yield next;
      }
    };
    lessons.updateVersion(versionId, draft);
    lessons.replaceVariants(versionId, prepared.variants());
    lessons.replaceOutcomes(versionId, prepared.outcomeIds());
    audit.record("lesson.saved", "lesson", lessonId, null);
  }

  @Transactional
  public void submit(UUID lessonId) {
    Caller author = access.requireAuthor();
    var draft = lessons.find(lessonId, "draft").orElseThrow(() -> ValidationException.of(null, "validation.lesson.noDraft"));
    if (!draft.authorId().equals(author.accountId())) {
      throw new AccessDeniedException();
    }
    lessons.setStatus(draft.id(), "in_review");
    audit.record("lesson.submitted", "lesson", lessonId, null);
  }

  /** A reviewer publishes the version in review; the version published before is archived. No one reviews their own lesson. */
  @Transactional
  public void approve(UUID lessonId, String comment) {
    Caller reviewer = access.requireReviewer();
    var version = inReviewBySomeoneElse(lessonId, reviewer);
    lessons.find(lessonId, "published").ifPresent(old -> lessons.setStatus(old.id(), "archived"));
    lessons.publish(version.id(), reviewer.accountId());
    if (!blank(comment)) {
      lessons.addComment(version.id(), reviewer.accountId(), reviewer.displayName(), comment.trim());
    }
    events.publishEvent(new LessonPublished(lessonId, version.id(), version.number()));
    audit.record("lesson.published", "lesson", lessonId, "version " + version.number());
  }

  @Transactional
  public void returnToAuthor(UUID lessonId, String comment) {
    Caller reviewer = access.requireReviewer();
    var version = inReviewBySomeoneElse(lessonId, reviewer);
    if (blank(comment)) {
      throw ValidationException.of("comment", "validation.lesson.commentRequired");
    }
    lessons.setStatus(version.id(), "draft");
    lessons.addComment(version.id(), reviewer.accountId(), reviewer.displayName(), comment.trim());
    audit.record("lesson.returned", "lesson", lessonId, null);
  }

  @Transactional
  public void comment(UUID lessonId, String text) {
    var bench = workbench(lessonId);
    if (blank(text)) {
      throw ValidationException.of("comment", "validation.required");
    }
    Caller caller = access.reader();
    lessons.addComment(bench.version().id(), caller.accountId(), caller.displayName(), text.trim());
  }

  /** Takes a published lesson out of the library; assignments made before keep their record. */
  @Transactional
  public void archive(UUID lessonId) {
    access.requireReviewer();
    var published = lessons.find(lessonId, "published").orElseThrow(() -> ValidationException.of(null, "validation.lesson.notPublished"));
    lessons.setStatus(published.id(), "archived");
    audit.record("lesson.archived", "lesson", lessonId, null);
  }

  private Lessons.Version inReviewBySomeoneElse(UUID lessonId, Caller reviewer) {
    var version = lessons.find(lessonId, "in_review").orElseThrow(() -> ValidationException.of(null, "validation.lesson.notInReview"));
    if (version.authorId().equals(reviewer.accountId())) {
      throw ValidationException.of(null, "validation.lesson.ownReview");
    }
    return version;
  }

  private record Prepared(List<Lessons.Variant> variants, List<UUID> outcomeIds) {}

  private Prepared prepare(LessonDraft d) {
    var v = new Validation()
        .required("subject", d.subject())
        .check(blank(d.subject()) || curriculum.hasSubject(d.subject()), "subject", "validation.choice")
        .required("grade", d.grade()).range("grade", d.grade(), 1, 12)
        .required("durationMinutes", d.durationMinutes()).range("durationMinutes", d.durationMinutes(), 1, 240)
        .maxLength("broadcastChannel", d.broadcastChannel(), 60);
    v.check(blank(d.broadcastChannel()) == (d.broadcastDate() == null), "broadcastDate", "validation.lesson.broadcast");
    var outcomeIds = new ArrayList<UUID>();
    for (String code : d.outcomeCodes() == null ? List.<String>of() : d.outcomeCodes()) {
      if (blank(code)) {
        continue;
      }
      var outcome = curriculum.findOutcomeByCode(code.trim());
      if (outcome.isEmpty()) {
        v.add("outcomeCodes", "validation.outcome.unknown", code.trim());
      } else {
        outcomeIds.add(outcome.get().id());
      }
    }
    var variants = new ArrayList<Lessons.Variant>();
    Map<String, VariantText> texts = d.variants() == null ? Map.of() : new LinkedHashMap<>(d.variants());
    texts.forEach((lang, text) -> {
      if (text == null || text.isBlank()) {
        return;
      }
      if (!LANGUAGES.contains(lang)) {
        v.add("variants", "validation.choice");
        return;
      }
      String suffix = Character.toUpperCase(lang.charAt(0)) + lang.substring(1);
      v.required("title" + suffix, text.title()).maxLength("title" + suffix, text.title(), 200)
          .maxLength("summary" + suffix, text.summary(), 500)
          .required("body" + suffix, text.body()).maxLength("body" + suffix, text.body(), 100_000);
      var html = markdown.toSafeHtml(text.body());
      if (html.isEmpty()) {
        v.add("body" + suffix, "validation.lesson.unsafeHtml");
      } else if (!blank(text.title()) && !blank(text.body())) {
        variants.add(new Lessons.Variant(lang, text.title().trim(), text.summary() == null ? "" : text.summary().trim(), text.body(), html.get()));
      }
    });
    v.check(!texts.values().stream().allMatch(t -> t == null || t.isBlank()), "variants", "validation.lesson.noLanguage");
    v.throwIfInvalid();
    return new Prepared(variants, outcomeIds);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
