package org.erdem.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Caller;
import org.erdem.identity.Role;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The item bank: authored, reviewed by someone else, then published and never changed. */
@Service
public class ItemService {
  public static final List<String> TYPES = List.of("single", "multiple", "truefalse", "numeric", "short", "ordering", "matching");
  private final Items items;
  private final Curriculum curriculum;
  private final AssessmentAccess access;
  private final AuditLog audit;

  ItemService(Items items, Curriculum curriculum, AssessmentAccess access, AuditLog audit) {
    this.items = items;
    this.curriculum = curriculum;
    this.access = access;
    this.audit = audit;
  }

  /** An item as written: its outcome, type, key and text per language. */
  public record ItemDraft(String outcomeCode, String type, Map<String, Object> answer, List<Items.Variant> variants) {}

  public record ItemView(Items.Item item, Map<String, Items.Variant> variants) {}

  public Page<Items.Item> bank(String outcomeCode, String status, PageRequest page) {
    access.require(Role.CONTENT_AUTHOR, Role.REVIEWER, Role.TEACHER, Role.SYSTEM_ADMIN);
    java.util.UUID outcome = outcomeCode == null ? null : curriculum.findOutcomeByCode(outcomeCode).map(o -> o.id()).orElse(new UUID(0, 0));
    return items.search(outcome, status, page);
  }

  public ItemView get(UUID id) {
    access.require(Role.CONTENT_AUTHOR, Role.REVIEWER, Role.TEACHER, Role.SYSTEM_ADMIN);
    var item = items.find(id).orElseThrow(() -> new NotFoundException("item " + id));
    return new ItemView(item, items.variants(id));
  }

  @Transactional
  public UUID create(ItemDraft draft) {
    Caller author = access.require(Role.CONTENT_AUTHOR);
    return createFor(author.accountId(), draft, null);
  }

  UUID createFor(UUID authorId, ItemDraft draft, String key) {
    UUID outcome = validate(draft);
    UUID id = Ids.newId();
    items.insert(id, key, outcome, draft.type(), draft.answer(), authorId, draft.variants());
    audit.record("item.created", "item", id, null);
    return id;
  }

  /** The author changes a draft (also one a reviewer returned); published items never change. */
  @Transactional
  public void update(UUID id, ItemDraft draft) {
    Caller author = access.require(Role.CONTENT_AUTHOR);
    var item = items.find(id).orElseThrow(() -> new NotFoundException("item " + id));
    if (!item.authorId().equals(author.accountId())) {
      throw new AccessDeniedException();
    }
    if (!"draft".equals(item.status())) {
      throw ValidationException.of(null, "validation.item.notDraft");
    }
    UUID outcome = validate(draft);
    items.update(id, outcome, draft.type(), draft.answer(), draft.variants());
    audit.record("item.updated", "item", id, null);
  }

  @Transactional
  public void submit(UUID id) {
    Caller author = access.require(Role.CONTENT_AUTHOR);
    var item = items.find(id).orElseThrow(() -> new NotFoundException("item " + id));
    if (!item.authorId().equals(author.accountId())) {
      throw new AccessDeniedException();
    }
    if (!"draft".equals(item.status())) {
      throw ValidationException.of(null, "validation.lesson.noDraft");
    }
    items.setStatus(id, "in_review");
    audit.record("item.submitted", "item", id, null);
  }

  @Transactional
  public void decide(UUID id, boolean publish) {
    Caller reviewer = access.require(Role.REVIEWER, Role.SYSTEM_ADMIN);
    var item = items.find(id).orElseThrow(() -> new NotFoundException("item " + id));
    if (!"in_review".equals(item.status())) {
      throw ValidationException.of(null, "validation.lesson.notInReview");
    }
    if (item.authorId().equals(reviewer.accountId())) {
      throw ValidationException.of(null, "validation.lesson.ownReview");
    }
    items.setStatus(id, publish ? "published" : "draft");
    audit.record(publish ? "item.published" : "item.returned", "item", id, null);
  }

  /** Checks an item is well formed for its type, in every language; returns its outcome. */
  UUID validate(ItemDraft d) {
    var v = new Validation().required("outcomeCode", d.outcomeCode()).required("type", d.type());
    v.check(d.type() == null || TYPES.contains(d.type()), "type", "validation.choice");
    var outcome = d.outcomeCode() == null ? java.util.Optional.<org.erdem.curriculum.OutcomeRef>empty() : curriculum.findOutcomeByCode(d.outcomeCode().trim());
    v.check(d.outcomeCode() == null || outcome.isPresent(), "outcomeCode", "validation.outcome.unknown", d.outcomeCode());
    List<Items.Variant> variants = d.variants() == null ? List.of() : d.variants();
    v.check(!variants.isEmpty(), "variants", "validation.lesson.noLanguage");
    Map<String, Object> key = d.answer() == null ? Map.of() : d.answer();
    var sizes = new ArrayList<Integer>();
    for (Items.Variant x : variants) {
      v.check(x.language() != null && org.erdem.shared.web.Languages.isSupported(x.language()), "variants", "validation.choice");
      v.check(x.stem() != null && !x.stem().isBlank() && x.stem().length() <= 2000, "stem", "validation.item.stem");
      switch (d.type() == null ? "" : d.type()) {
        case "single", "multiple", "ordering" -> {
          int size = x.choices() == null ? 0 : x.choices().size();
          v.check(size >= 2 && size <= 8 && x.choices().stream().noneMatch(c -> c == null || c.isBlank()), "choices", "validation.item.choices");
          sizes.add(size);
        }
        case "matching" -> {
          int size = x.pairs() == null ? 0 : x.pairs().size();
          v.check(size >= 2 && size <= 8 && x.pairs().stream().allMatch(p -> p != null && p.size() == 2 && p.stream().noneMatch(s -> s == null || s.isBlank())),
              "pairs", "validation.item.pairs");
          sizes.add(size);
        }
        case "short" -> v.check(x.accepted() != null && !x.accepted().isEmpty() && x.accepted().stream().noneMatch(a -> a == null || a.isBlank()),
            "accepted", "validation.item.accepted");
        default -> { }
      }
    }
    v.check(sizes.stream().distinct().count() <= 1, "choices", "validation.item.sameChoices");
    int size = sizes.isEmpty() ? 0 : sizes.get(0);
    switch (d.type() == null ? "" : d.type()) {
      case "single" -> v.check(inRange(Grader.integer(key.get("correct")), size), "answer", "validation.item.key");
      case "multiple" -> v.check(key.get("correct") instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> inRange(Grader.integer(x), size)),
          "answer", "validation.item.key");
      case "truefalse" -> v.check(key.get("correct") instanceof Boolean, "answer", "validation.item.key");
      case "numeric" -> v.check(Grader.number(key.get("value")) != null
          && (key.get("tolerance") == null || (Grader.number(key.get("tolerance")) != null && Grader.number(key.get("tolerance")) >= 0)), "answer", "validation.item.key");
      default -> { }
    }
    v.throwIfInvalid();
    return outcome.orElseThrow().id();
  }

  private static boolean inRange(Integer index, int size) {
    return index != null && index >= 0 && index < size;
  }
}
