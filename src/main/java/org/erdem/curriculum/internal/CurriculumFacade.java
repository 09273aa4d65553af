package org.erdem.curriculum.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.springframework.stereotype.Service;

/** What other modules read of the curriculum, from the snapshot in memory. */
@Service
class CurriculumFacade implements Curriculum {
  private final CurriculumSnapshot snapshot;

  CurriculumFacade(CurriculumSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  @Override
  public Optional<OutcomeRef> findOutcome(UUID id) {
    return snapshot.byId(id).map(CurriculumFacade::ref);
  }

  @Override
  public boolean hasSubject(String code) {
    return snapshot.subjects().stream().anyMatch(s -> s.code().equals(code));
  }

  @Override
  public Map<String, Map<String, String>> subjects() {
    var subjects = new LinkedHashMap<String, Map<String, String>>();
    snapshot.subjects().forEach(s -> subjects.put(s.code(), s.names()));
    return subjects;
  }

  @Override
  public Optional<OutcomeRef> findOutcomeByCode(String code) {
    return snapshot.byCode(code).map(CurriculumFacade::ref);
  }

  @Override
  public List<OutcomeRef> outcomes(Collection<UUID> ids) {
    return snapshot.byIds(ids).stream().map(CurriculumFacade::ref).toList();
  }

  @Override
  public Map<UUID, Set<UUID>> prerequisitesOf(Collection<UUID> outcomeIds) {
    return snapshot.closure(outcomeIds);
  }

  @Override
  public List<OutcomeRef> outcomesOf(String subject, int grade) {
    return snapshot.ofGrade(subject, grade).stream().map(CurriculumFacade::ref).toList();
  }

  private static OutcomeRef ref(Outcomes.Outcome o) {
    return new OutcomeRef(o.id(), o.code(), o.subject(), o.grade(), o.titles());
  }
}
