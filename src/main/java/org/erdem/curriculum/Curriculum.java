package org.erdem.curriculum;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What other modules read from the curriculum. The curriculum is public to every signed-in user. */
public interface Curriculum {
  Optional<OutcomeRef> findOutcome(UUID id);

  boolean hasSubject(String code);

  /** Subject codes with their names per language, in the curriculum's order. */
  Map<String, Map<String, String>> subjects();

  Optional<OutcomeRef> findOutcomeByCode(String code);

  List<OutcomeRef> outcomes(Collection<UUID> ids);

  /** For each of these outcomes, every outcome it builds on, directly or through others, back into earlier grades. */
  Map<UUID, Set<UUID>> prerequisitesOf(Collection<UUID> outcomeIds);

  /** The outcomes of a subject in a grade. */
  List<OutcomeRef> outcomesOf(String subject, int grade);
}
