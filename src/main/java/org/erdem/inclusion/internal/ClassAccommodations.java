package org.erdem.inclusion.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.identity.AuditLog;
import org.erdem.inclusion.Accommodation;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What a class's teachers are to give: each child's accommodations, never the needs behind them. */
@Service
public class ClassAccommodations {
  private final Registry registry;
  private final AccommodationsFacade accommodations;
  private final AuditLog audit;

  ClassAccommodations(Registry registry, AccommodationsFacade accommodations, AuditLog audit) {
    this.registry = registry;
    this.accommodations = accommodations;
    this.audit = audit;
  }

  public record ChildAccommodations(ChildCard child, Map<Accommodation, Integer> accommodations) {}

  public List<ChildAccommodations> of(UUID classId) {
    if (!registry.canTeach(classId)) {
      throw new AccessDeniedException();
    }
    var roster = registry.roster(classId);
    var given = accommodations.of(roster.stream().map(ChildCard::id).toList());
    audit.record("sen.accommodations.read", "class", classId, null);
    return roster.stream().filter(c -> given.containsKey(c.id())).map(c -> new ChildAccommodations(c, given.get(c.id()))).toList();
  }
}
