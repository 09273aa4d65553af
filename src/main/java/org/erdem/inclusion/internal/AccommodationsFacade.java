package org.erdem.inclusion.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.erdem.assessment.TimeAccommodations;
import org.erdem.inclusion.Accommodation;
import org.erdem.inclusion.Accommodations;
import org.erdem.inclusion.AccommodationsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The accommodations of plans in force, for other modules and for class teachers; and the bridge that
 * makes them apply: extra time or no time limit goes to the quizzes' time accommodations.
 */
@Service
class AccommodationsFacade implements Accommodations {
  private final JdbcClient jdbc;
  private final TimeAccommodations time;

  AccommodationsFacade(JdbcClient jdbc, TimeAccommodations time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  @Override
  public Map<Accommodation, Integer> activeFor(UUID childId) {
    return of(java.util.List.of(childId)).getOrDefault(childId, Map.of());
  }

  /** Child to accommodations in force, for many children in one query. */
  Map<UUID, Map<Accommodation, Integer>> of(Collection<UUID> childIds) {
    var byChild = new HashMap<UUID, Map<Accommodation, Integer>>();
    jdbc.sql("""
        select i.child_id, a.code, a.value from inclusion.iep i join inclusion.iep_accommodation a on a.iep_id = i.id
         where i.child_id = any(cast(:ids as uuid[])) and i.status in ('active', 'under_review')""")
        .param("ids", childIds.stream().map(UUID::toString).toArray(String[]::new))
        .query((rs, n) -> {
          UUID child = rs.getObject(1, UUID.class);
          Integer value = (Integer) rs.getObject(3);
          Accommodation.fromCode(rs.getString(2)).ifPresent(a ->
              byChild.computeIfAbsent(child, c -> new EnumMap<>(Accommodation.class)).put(a, value));
          return null;
        }).list();
    return byChild;
  }

  /** A plan's time accommodation replaces whatever the quizzes had; when the plan ends, so does what it gave. */
  @EventListener
  void on(AccommodationsChanged changed) {
    var a = changed.accommodations();
    boolean noLimit = a.containsKey(Accommodation.NO_TIME_LIMIT);
    Integer extra = a.get(Accommodation.EXTRA_TIME);
    if (noLimit || extra != null) {
      time.applyPlan(changed.childId(), changed.schoolId(), extra == null ? 0 : extra, noLimit);
    } else if (time.of(changed.childId()).map(t -> t.source().equals("iep")).orElse(false)) {
      time.applyPlan(changed.childId(), changed.schoolId(), 0, false);
    }
  }
}
