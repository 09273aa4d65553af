package org.erdem.assessment.internal;

import java.util.Optional;
import java.util.UUID;
import org.erdem.assessment.TimeAccommodations;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcTimeAccommodations implements TimeAccommodations {
  private final JdbcClient jdbc;
  private final Registry registry;
  private final Callers callers;

  JdbcTimeAccommodations(JdbcClient jdbc, Registry registry, Callers callers) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.callers = callers;
  }

  @Override
  public Optional<TimeAccommodation> of(UUID childId) {
    return jdbc.sql("select extra_percent, no_time_limit, source from assessment.time_accommodation where child_id = :c").param("c", childId)
        .query((rs, n) -> new TimeAccommodation(rs.getInt("extra_percent"), rs.getBoolean("no_time_limit"), rs.getString("source"))).optional();
  }

  /** Teachers of the child's class (and the school's staff who see the child) set it; an IEP sets it through the inclusion module. */
  @Override
  @Transactional
  public void set(UUID childId, TimeAccommodation a) {
    var caller = callers.current();
    var child = registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    if (!caller.has(Role.TEACHER, Role.SEN_COORDINATOR, Role.SCHOOL_ADMIN, Role.SYSTEM_ADMIN)) {
      throw new AccessDeniedException();
    }
    new Validation().range("extraPercent", a.extraPercent(), 0, 400)
        .check(a.source() == null || a.source().equals("teacher") || a.source().equals("iep"), "source", "validation.choice").throwIfInvalid();
    store(childId, child.schoolId(), a.extraPercent(), a.noTimeLimit(), a.source() == null ? "teacher" : a.source(), caller.accountId());
  }

  @Override
  @Transactional
  public void applyPlan(UUID childId, UUID schoolId, int extraPercent, boolean noTimeLimit) {
    new Validation().range("extraPercent", extraPercent, 0, 400).throwIfInvalid();
    store(childId, schoolId, extraPercent, noTimeLimit, "iep", callers.find().map(c -> c.accountId()).orElse(null));
  }

  private void store(UUID childId, UUID schoolId, int extraPercent, boolean noTimeLimit, String source, UUID by) {
    jdbc.sql("""
        insert into assessment.time_accommodation (child_id, school_id, extra_percent, no_time_limit, source, set_by)
        values (:c, :s, :e, :n, :src, :by)
        on conflict (child_id) do update set extra_percent = excluded.extra_percent, no_time_limit = excluded.no_time_limit,
               source = excluded.source, set_by = excluded.set_by, set_at = now()""")
        .param("c", childId).param("s", schoolId).param("e", extraPercent).param("n", noTimeLimit).param("src", source).param("by", by).update();
  }
}
