package org.erdem.curriculum.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.springframework.stereotype.Service;

@Service
class CurriculumFacade implements Curriculum {
  private final Outcomes outcomes;

  CurriculumFacade(Outcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public Optional<OutcomeRef> findOutcome(UUID id) {
    return outcomes.findById(id).map(CurriculumFacade::ref);
  }

  @Override
  public boolean hasSubject(String code) {
    return outcomes.subject(code).isPresent();
  }

  @Override
  public java.util.Map<String, java.util.Map<String, String>> subjects() {
    var subjects = new java.util.LinkedHashMap<String, java.util.Map<String, String>>();
    outcomes.subjects().forEach(s -> subjects.put(s.code(), s.names()));
    return subjects;
  }

  @Override
  public Optional<OutcomeRef> findOutcomeByCode(String code) {
    return outcomes.findByCode(code).map(CurriculumFacade::ref);
  }

  @Override
  public List<OutcomeRef> outcomes(Collection<UUID> ids) {
    return outcomes.byIds(ids).stream().map(CurriculumFacade::ref).toList();
  }

  @Override
  public java.util.Map<UUID, Set<UUID>> prerequisitesOf(Collection<UUID> outcomeIds) {
    return outcomes.closure(outcomeIds);
  }

  @Override
  public List<OutcomeRef> outcomesOf(String subject, int grade) {
    return outcomes.ofGrade(subject, grade).stream().map(CurriculumFacade::ref).toList();
  }

  private static OutcomeRef ref(Outcomes.Outcome o) {
    return new OutcomeRef(o.id(), o.code(), o.subject(), o.grade(), o.titles());
  }
}
