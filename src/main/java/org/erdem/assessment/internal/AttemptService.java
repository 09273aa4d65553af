package org.erdem.assessment.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.erdem.assessment.AttemptContexts;
import org.erdem.assessment.AttemptSubmitted;
import org.erdem.assessment.TimeAccommodations;
import org.erdem.identity.Caller;
import org.erdem.identity.Role;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a quiz. Every answer is stored the moment it is given, under a client-made id, so a retry
 * stores nothing twice; an attempt resumes after a reload or a lost connection; the time limit
 * (with the child's accommodation) is kept by the server; submitting twice grades once.
 */
@Service
public class AttemptService {
  /** Answers sent in the last seconds before the deadline may arrive a little after it. */
  static final Duration GRACE = Duration.ofSeconds(5);
  private final Attempts attempts;
  private final Quizzes quizzes;
  private final Items items;
  private final Registry registry;
  private final TimeAccommodations accommodations;
  private final AssessmentAccess access;
  private final ApplicationEventPublisher events;
  private final List<AttemptContexts> contexts;
  private final AnswerWriter writer;

  AttemptService(Attempts attempts, Quizzes quizzes, Items items, Registry registry, TimeAccommodations accommodations,
      AssessmentAccess access, ApplicationEventPublisher events, List<AttemptContexts> contexts, AnswerWriter writer) {
    this.contexts = contexts;
    this.writer = writer;
    this.attempts = attempts;
    this.quizzes = quizzes;
    this.items = items;
    this.registry = registry;
    this.accommodations = accommodations;
    this.access = access;
    this.events = events;
  }

  public record Choice(int value, String label) {}

  /** One question as the child sees it, in the child's language where the item has it. */
  public record Question(UUID attemptId, int position, int total, String type, String language, String stem, List<Choice> choices,
      List<Choice> rights, Map<String, Object> response, boolean submitted, Long secondsLeft) {}

  public record State(UUID attemptId, UUID quizId, Map<String, String> titles, int number, OffsetDateTime deadlineAt, Long secondsLeft,
      boolean submitted, List<Boolean> answered) {
    public long answeredCount() {
      return answered.stream().filter(a -> a).count();
    }
  }

  public record Ack(UUID clientId, int position, boolean duplicate, OffsetDateTime savedAt) {}

  public record ItemResult(int position, String stem, boolean answered, Boolean correct, String feedback) {}

  public record Result(UUID attemptId, UUID quizId, Map<String, String> titles, int score, int maxScore, boolean showAnswers, List<ItemResult> items) {}

  /** Starts an attempt, or resumes the one that is open. */
  @Transactional
  public State start(UUID quizId, UUID contextId) {
    Caller caller = access.require(Role.STUDENT);
    ChildCard child = registry.self().orElseThrow(AccessDeniedException::new);
    var quiz = quizzes.find(quizId).orElseThrow(() -> new NotFoundException("quiz " + quizId));
    if (contextId != null && contexts.stream().noneMatch(c -> c.admits(contextId, quizId, child.id()))) {
      throw new AccessDeniedException();
    }
    // One start at a time per child and quiz: a double click must not open two attempts.
    attempts.lockStart(quizId, child.id());
    var previous = attempts.of(quizId, child.id(), contextId);
    var open = previous.stream().filter(a -> !a.submitted()).findFirst();
    if (open.isPresent()) {
      return state(expireIfDue(open.get()));
    }
    if (previous.size() >= quiz.attemptsAllowed()) {
      throw ValidationException.of(null, "validation.attempt.noneLeft");
    }
    UUID id = Ids.newId();
    List<UUID> drawn = new ArrayList<>(quizzes.fixedItems(quizId));
    quizzes.pools(quizId).forEach(p -> drawn.addAll(items.drawPublished(p.outcomeId(), p.count(), id.toString())));
    if (drawn.isEmpty()) {
      throw ValidationException.of(null, "validation.quiz.empty");
    }
    OffsetDateTime now = OffsetDateTime.now();
    var attempt = new Attempts.Attempt(id, quizId, child.id(), child.schoolId(), caller.accountId(), contextId, previous.size() + 1, now,
        deadline(now, quiz.timeLimitSeconds(), child.id()), null, null, null);
    attempts.insert(attempt);
    var random = new Random(id.getLeastSignificantBits());
    var itemsById = new HashMap<UUID, Items.Item>();
    items.byIds(drawn).forEach(i -> itemsById.put(i.id(), i));
    for (int p = 0; p < drawn.size(); p++) {
      var item = itemsById.get(drawn.get(p));
      int size = shownSize(item);
      attempts.insertSlot(id, new Attempts.Slot(p, item.id(), item.type().equals("ordering") || item.type().equals("matching")
          ? Grader.shuffle(size, random) : List.of()));
    }
    return state(attempt);
  }

  private OffsetDateTime deadline(OffsetDateTime start, Integer limitSeconds, UUID childId) {
    if (limitSeconds == null) {
      return null;
    }
    var accommodation = accommodations.of(childId);
    if (accommodation.map(TimeAccommodations.TimeAccommodation::noTimeLimit).orElse(false)) {
      return null;
    }
    int extra = accommodation.map(TimeAccommodations.TimeAccommodation::extraPercent).orElse(0);
    return start.plusSeconds(limitSeconds * (100L + extra) / 100);
  }

  private int shownSize(Items.Item item) {
    var variant = items.variants(item.id()).values().stream().findFirst().orElseThrow();
    return item.type().equals("matching") ? variant.pairs().size() : variant.choices().size();
  }

  @Transactional
  public State state(UUID attemptId) {
    return state(expireIfDue(own(attemptId)));
  }

  private State state(Attempts.Attempt a) {
    var quiz = quizzes.find(a.quizId()).orElseThrow();
    var answers = attempts.answers(a.id());
    var answered = attempts.slots(a.id()).stream().map(s -> answers.containsKey(s.position())).toList();
    return new State(a.id(), a.quizId(), quiz.titles(), a.number(), a.deadlineAt(), secondsLeft(a), a.submitted(), answered);
  }

  private static Long secondsLeft(Attempts.Attempt a) {
    return a.deadlineAt() == null || a.submitted() ? null : Math.max(0, Duration.between(OffsetDateTime.now(), a.deadlineAt()).toSeconds());
  }

  @Transactional
  public Question question(UUID attemptId, int position, String language) {
    var a = expireIfDue(own(attemptId));
    // The slot, its item's type, the count of questions and the answer kept, in one read.
    var shown = attempts.shown(attemptId, position).orElseThrow(() -> new NotFoundException("question " + position));
    var variant = pick(items.variants(shown.itemId()), language);
    List<Choice> choices = new ArrayList<>();
    List<Choice> rights = new ArrayList<>();
    switch (shown.type()) {
      case "single", "multiple" -> {
        for (int i = 0; i < variant.choices().size(); i++) {
          choices.add(new Choice(i, variant.choices().get(i)));
        }
      }
      case "ordering" -> shown.shuffle().forEach(i -> choices.add(new Choice(i, variant.choices().get(i))));
      case "matching" -> {
        for (int i = 0; i < variant.pairs().size(); i++) {
          choices.add(new Choice(i, variant.pairs().get(i).get(0)));
        }
        shown.shuffle().forEach(i -> rights.add(new Choice(i, variant.pairs().get(i).get(1))));
      }
      default -> { }
    }
    return new Question(attemptId, position, shown.total(), shown.type(), variant.language(), variant.stem(), choices, rights,
        shown.response(), a.submitted(), secondsLeft(a));
  }

  /**
   * Stores one answer, at once and idempotently: the same client-made id again stores nothing and
   * answers as before. Returns once the answer is durable, stored with the others given at that
   * moment ({@link AnswerWriter}).
   */
  public Ack answer(UUID attemptId, int position, UUID clientId, Long seq, Map<String, Object> response) {
    if (clientId == null) {
      throw ValidationException.of("clientId", "validation.required");
    }
    if (response == null) {
      throw ValidationException.of("response", "validation.answer.malformed");
    }
    return writer.write(new AnswerBatch.Given(attemptId, position, clientId, seq == null ? System.currentTimeMillis() : seq, response,
        access.caller().accountId()));
  }

  /** Grades and closes the attempt; submitting again only returns the result. */
  @Transactional
  public Result submit(UUID attemptId) {
    var a = attempts.lock(attemptId).orElseThrow(() -> new NotFoundException("attempt " + attemptId));
    requireOwner(a);
    if (!a.submitted()) {
      close(a);
    }
    return result(attemptId);
  }

  private void close(Attempts.Attempt a) {
    var answers = attempts.answers(a.id());
    var graded = new ArrayList<AttemptSubmitted.GradedAnswer>();
    int score = 0;
    var slots = attempts.slots(a.id());
    var byId = new HashMap<UUID, Items.Item>();
    items.byIds(slots.stream().map(Attempts.Slot::itemId).toList()).forEach(i -> byId.put(i.id(), i));
    for (var slot : slots) {
      var item = byId.get(slot.itemId());
      var answer = answers.get(slot.position());
      boolean correct = false;
      if (answer != null) {
        // Only short answers need their texts: the accepted answers, in every language.
        List<String> accepted = !item.type().equals("short") ? List.of()
            : items.variants(item.id()).values().stream().flatMap(v -> v.accepted().stream()).toList();
        correct = Grader.correct(item.type(), item.answer(), accepted, answer.response());
        attempts.grade(a.id(), slot.position(), correct);
      }
      score += correct ? 1 : 0;
      graded.add(new AttemptSubmitted.GradedAnswer(item.id(), item.outcomeId(), correct));
    }
    attempts.submit(a.id(), score, slots.size());
    events.publishEvent(new AttemptSubmitted(a.id(), a.quizId(), a.childId(), a.schoolId(), a.contextId(), score, slots.size(), graded));
  }

  private Attempts.Attempt expireIfDue(Attempts.Attempt a) {
    if (!a.submitted() && a.deadlineAt() != null && OffsetDateTime.now().isAfter(a.deadlineAt().plus(GRACE))) {
      submit(a.id());
      return attempts.find(a.id()).orElseThrow();
    }
    return a;
  }

  public Result result(UUID attemptId) {
    var a = attempts.find(attemptId).orElseThrow(() -> new NotFoundException("attempt " + attemptId));
    requireReader(a);
    var quiz = quizzes.find(a.quizId()).orElseThrow();
    var answers = attempts.answers(attemptId);
    boolean show = a.submitted() && switch (quiz.reviewPolicy()) {
      case "after_submit" -> true;
      case "after_due" -> a.contextId() != null && contexts.stream().anyMatch(c -> c.dueOn(a.contextId())
          .map(due -> Calendar.today().isAfter(due)).orElse(false));
      default -> false;
    };
    var results = new ArrayList<ItemResult>();
    for (var slot : attempts.slots(attemptId)) {
      var answer = answers.get(slot.position());
      var variant = pick(items.variants(slot.itemId()), null);
      results.add(new ItemResult(slot.position(), variant.stem(), answer != null, show && answer != null ? answer.correct() : null,
          show ? variant.feedback() : null));
    }
    return new Result(a.id(), a.quizId(), quiz.titles(), a.score() == null ? 0 : a.score(), a.maxScore() == null ? results.size() : a.maxScore(),
        show, results);
  }

  static Items.Variant pick(Map<String, Items.Variant> variants, String language) {
    for (String lang : new String[] {language, "mn", "ru", "en"}) {
      if (lang != null && variants.containsKey(lang)) {
        return variants.get(lang);
      }
    }
    return variants.values().iterator().next();
  }

  private Attempts.Attempt own(UUID attemptId) {
    var a = attempts.find(attemptId).orElseThrow(() -> new NotFoundException("attempt " + attemptId));
    requireOwner(a);
    return a;
  }

  private void requireOwner(Attempts.Attempt a) {
    if (!a.accountId().equals(access.caller().accountId())) {
      throw new AccessDeniedException();
    }
  }

  /** The child, and the adults who may see the child (teachers of the class, the school, guardians). */
  private void requireReader(Attempts.Attempt a) {
    if (!a.accountId().equals(access.caller().accountId()) && registry.visibleChild(a.childId()).isEmpty()) {
      throw new AccessDeniedException();
    }
  }
}
