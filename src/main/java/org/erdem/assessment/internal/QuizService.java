package org.erdem.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Caller;
import org.erdem.identity.Role;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quizzes built from published items: a fixed list, or a random draw per outcome for each child. */
@Service
public class QuizService {
  public static final List<String> REVIEW_POLICIES = List.of("after_submit", "after_due", "never");
  private final Quizzes quizzes;
  private final Items items;
  private final Curriculum curriculum;
  private final AssessmentAccess access;
  private final AuditLog audit;

  QuizService(Quizzes quizzes, Items items, Curriculum curriculum, AssessmentAccess access, AuditLog audit) {
    this.quizzes = quizzes;
    this.items = items;
    this.curriculum = curriculum;
    this.access = access;
    this.audit = audit;
  }

  public record QuizDraft(Map<String, String> titles, String subject, Integer grade, Integer timeLimitSeconds, Integer attemptsAllowed,
      String reviewPolicy, List<UUID> itemIds, Map<String, Integer> pools) {}

  public Quizzes.Quiz get(UUID id) {
    access.caller();
    return quizzes.find(id).orElseThrow(() -> new NotFoundException("quiz " + id));
  }

  public List<Quizzes.Quiz> list(String subject, Integer grade) {
    access.require(Role.TEACHER, Role.CONTENT_AUTHOR, Role.REVIEWER, Role.SYSTEM_ADMIN);
    return quizzes.list(subject, grade);
  }

  @Transactional
  public UUID create(QuizDraft draft) {
    Caller caller = access.require(Role.CONTENT_AUTHOR, Role.TEACHER);
    return createFor(caller.accountId(), draft);
  }

  UUID createFor(UUID authorId, QuizDraft d) {
    var v = new Validation()
        .required("subject", d.subject()).required("grade", d.grade()).range("grade", d.grade(), 1, 12)
        .range("attemptsAllowed", d.attemptsAllowed(), 1, 20)
        .range("timeLimitSeconds", d.timeLimitSeconds(), 30, 14400);
    v.check(d.titles() != null && d.titles().values().stream().anyMatch(t -> t != null && !t.isBlank()), "titles", "validation.required");
    v.check(d.subject() == null || curriculum.hasSubject(d.subject()), "subject", "validation.choice");
    v.check(d.reviewPolicy() == null || REVIEW_POLICIES.contains(d.reviewPolicy()), "reviewPolicy", "validation.choice");
    List<UUID> itemIds = d.itemIds() == null ? List.of() : d.itemIds();
    var found = items.byIds(itemIds);
    v.check(found.size() == itemIds.stream().distinct().count() && found.stream().allMatch(i -> "published".equals(i.status())),
        "itemIds", "validation.quiz.items");
    var pools = new ArrayList<Quizzes.Pool>();
    (d.pools() == null ? Map.<String, Integer>of() : d.pools()).forEach((code, count) -> {
      var outcome = curriculum.findOutcomeByCode(code);
      if (outcome.isEmpty()) {
        v.add("pools", "validation.outcome.unknown", code);
      } else if (count == null || count < 1 || count > 50) {
        v.add("pools", "validation.range", 1, 50);
      } else {
        pools.add(new Quizzes.Pool(outcome.get().id(), count));
      }
    });
    v.check(!itemIds.isEmpty() || !pools.isEmpty(), "itemIds", "validation.quiz.empty");
    v.throwIfInvalid();
    UUID id = quizzes.insert(d, authorId, itemIds, pools);
    audit.record("quiz.created", "quiz", id, null);
    return id;
  }
}
