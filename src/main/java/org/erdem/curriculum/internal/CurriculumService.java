package org.erdem.curriculum.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.erdem.identity.AuditLog;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the curriculum (every signed-in user) and changing it (national methodologists). */
@Service
public class CurriculumService {
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9.-]{2,40}");
  private final Outcomes outcomes;
  private final CurriculumAccess access;
  private final AuditLog audit;

  CurriculumService(Outcomes outcomes, CurriculumAccess access, AuditLog audit) {
    this.outcomes = outcomes;
    this.access = access;
    this.audit = audit;
  }

  public record OutcomeDetail(Outcomes.Outcome outcome, List<Outcomes.Outcome> prerequisites, List<Outcomes.Outcome> dependents) {}

  public record OutcomeForm(String code, String subject, Integer grade, String titleMn, String titleEn, String titleRu, String titleKk,
      String descriptionMn, String descriptionEn, String descriptionRu, String descriptionKk) {
    Map<String, String> titles() {
      return texts(titleMn, titleEn, titleRu, titleKk);
    }

    Map<String, String> descriptions() {
      return texts(descriptionMn, descriptionEn, descriptionRu, descriptionKk);
    }

    private static Map<String, String> texts(String mn, String en, String ru, String kk) {
      var texts = new LinkedHashMap<String, String>();
      texts.put("mn", mn);
      texts.put("en", en);
      texts.put("ru", ru);
      texts.put("kk", kk);
      return texts;
    }

    public static OutcomeForm of(Outcomes.Outcome o) {
      var t = o.titles();
      var d = o.descriptions();
      return new OutcomeForm(o.code(), o.subject(), o.grade(), t.get("mn"), t.get("en"), t.get("ru"), t.get("kk"),
          d.get("mn"), d.get("en"), d.get("ru"), d.get("kk"));
    }
  }

  public List<Outcomes.Subject> subjects() {
    access.requireReader();
    return outcomes.subjects();
  }

  public Page<Outcomes.Outcome> search(String subject, Integer grade, String text, PageRequest page) {
    access.requireReader();
    return outcomes.search(org.erdem.shared.Text.blankToNull(subject), grade, text, page);
  }

  public OutcomeDetail get(String code) {
    access.requireReader();
    var outcome = outcomes.findByCode(code).orElseThrow(() -> new NotFoundException("outcome " + code));
    return new OutcomeDetail(outcome, outcomes.prerequisitesOf(outcome.id()), outcomes.dependentsOf(outcome.id()));
  }

  @Transactional
  public String create(OutcomeForm form) {
    access.requireEditor();
    Validation v = validate(form);
    v.required("code", form.code()).matches("code", form.code(), CODE, "validation.outcome.code");
    if (form.code() != null && !v.hasErrorOn("code") && outcomes.findByCode(form.code().trim()).isPresent()) {
      v.add("code", "validation.code.taken");
    }
    v.throwIfInvalid();
    String code = form.code().trim();
    UUID id = outcomes.insert(code, form.subject(), form.grade(), form.titles(), form.descriptions());
    audit.record("outcome.created", "outcome", id, code);
    return code;
  }

  @Transactional
  public void update(String code, OutcomeForm form) {
    access.requireEditor();
    var outcome = outcomes.findByCode(code).orElseThrow(() -> new NotFoundException("outcome " + code));
    validate(form).throwIfInvalid();
    outcomes.update(outcome.id(), form.subject(), form.grade(), form.titles(), form.descriptions());
    audit.record("outcome.updated", "outcome", outcome.id(), code);
  }

  /** Records that an outcome builds on another; refused when it would make the graph circular. */
  @Transactional
  public void addPrerequisite(String code, String prerequisiteCode) {
    access.requireEditor();
    var outcome = outcomes.findByCode(code).orElseThrow(() -> new NotFoundException("outcome " + code));
    if (prerequisiteCode == null || prerequisiteCode.isBlank()) {
      throw ValidationException.of("prerequisite", "validation.required");
    }
    var prerequisite = outcomes.findByCode(prerequisiteCode.trim())
        .orElseThrow(() -> ValidationException.of("prerequisite", "validation.outcome.unknown", prerequisiteCode.trim()));
    outcomes.lockGraph();
    if (outcomes.graph().wouldCycle(outcome.code(), prerequisite.code())) {
      throw ValidationException.of("prerequisite", "validation.outcome.cycle", prerequisite.code(), outcome.code());
    }
    outcomes.addPrerequisite(outcome.id(), prerequisite.id());
    audit.record("outcome.prerequisiteAdded", "outcome", outcome.id(), prerequisite.code());
  }

  @Transactional
  public void removePrerequisite(String code, String prerequisiteCode) {
    access.requireEditor();
    var outcome = outcomes.findByCode(code).orElseThrow(() -> new NotFoundException("outcome " + code));
    var prerequisite = outcomes.findByCode(prerequisiteCode).orElseThrow(() -> new NotFoundException("outcome " + prerequisiteCode));
    outcomes.removePrerequisite(outcome.id(), prerequisite.id());
    audit.record("outcome.prerequisiteRemoved", "outcome", outcome.id(), prerequisite.code());
  }

  public boolean canEdit() {
    return access.canEdit();
  }

  Validation validate(OutcomeForm form) {
    var v = new Validation()
        .required("subject", form.subject())
        .required("grade", form.grade()).range("grade", form.grade(), 1, 12)
        .required("titleMn", form.titleMn()).maxLength("titleMn", form.titleMn(), 300)
        .maxLength("titleEn", form.titleEn(), 300).maxLength("titleRu", form.titleRu(), 300).maxLength("titleKk", form.titleKk(), 300)
        .maxLength("descriptionMn", form.descriptionMn(), 2000).maxLength("descriptionEn", form.descriptionEn(), 2000)
        .maxLength("descriptionRu", form.descriptionRu(), 2000).maxLength("descriptionKk", form.descriptionKk(), 2000);
    v.check(form.subject() == null || form.subject().isBlank() || outcomes.subject(form.subject()).isPresent(), "subject", "validation.choice");
    return v;
  }

}
