package org.erdem.inclusion.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.inclusion.Accommodation;
import org.erdem.inclusion.AccommodationsChanged;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.Json;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual education plans: draft → active → under review → closed, one open plan per child, every
 * saved change kept whole as a version. When a plan comes into force, changes while in force, or
 * ends, its accommodations are announced ({@link AccommodationsChanged}) for the modules that apply them.
 */
@Service
public class Ieps {
  private final JdbcClient jdbc;
  private final InclusionAccess access;
  private final Consents consents;
  private final IepStore store;
  private final Curriculum curriculum;
  private final ApplicationEventPublisher events;
  private final GoalProgress progress;

  Ieps(JdbcClient jdbc, InclusionAccess access, Consents consents, IepStore store, Curriculum curriculum, ApplicationEventPublisher events,
      GoalProgress progress) {
    this.progress = progress;
    this.jdbc = jdbc;
    this.access = access;
    this.consents = consents;
    this.store = store;
    this.curriculum = curriculum;
    this.events = events;
  }

  public record Version(int version, String status, OffsetDateTime changedAt, String changedBy) {}

  public IepStore.Iep get(UUID iepId) {
    var iep = store.find(iepId).orElseThrow(() -> new NotFoundException("iep " + iepId));
    access.read(iep.childId(), "iep");
    return iep;
  }

  public List<Version> versions(UUID iepId) {
    return versionsOf(get(iepId).id());
  }

  /** The plan's page: the plan, its history and each goal's progress, read (and audited) once. */
  public record PlanPage(IepStore.Iep iep, List<Version> versions, Map<UUID, GoalProgress.Series> progress) {}

  public PlanPage page(UUID iepId) {
    var iep = get(iepId);
    return new PlanPage(iep, versionsOf(iepId), progress.of(iep));
  }

  private List<Version> versionsOf(UUID iepId) {
    return jdbc.sql("""
        select version, status, changed_at, changed_by_name from inclusion.iep_version where iep_id = :i order by version desc""")
        .param("i", iepId)
        .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4))).list();
  }

  /** A new plan, as a draft. Consent first; one open plan per child. */
  @Transactional
  public UUID create(UUID childId, IepForm form) {
    var child = access.write(childId, "iep.created");
    consents.require(childId);
    validate(form);
    if (!store.ofChild(childId).stream().allMatch(i -> i.status().equals("closed"))) {
      throw ValidationException.of(null, "validation.iep.oneOpen");
    }
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into inclusion.iep (id, child_id, school_id, status, present_levels, starts_on, review_on, ends_on, created_by)
        values (:id, :c, :s, 'draft', :p, :start, :review, :end, :by)""")
        .param("id", id).param("c", childId).param("s", child.schoolId()).param("p", form.presentLevels().strip()).param("start", form.startsOn())
        .param("review", form.reviewOn()).param("end", form.endsOn()).param("by", access.caller().accountId()).update();
    store.replaceParts(id, form, code -> curriculum.findOutcomeByCode(code).map(o -> o.id()).orElseThrow());
    snapshot(id);
    return id;
  }

  /** Saves a changed plan (not a closed one) as a new version; a plan in force applies its new accommodations. */
  @Transactional
  public void update(UUID iepId, IepForm form) {
    var iep = open(iepId, "iep.updated");
    consents.require(iep.childId());
    validate(form);
    jdbc.sql("""
        update inclusion.iep set present_levels = :p, starts_on = :start, review_on = :review, ends_on = :end,
               version = version + 1, updated_at = now() where id = :id""")
        .param("p", form.presentLevels().strip()).param("start", form.startsOn()).param("review", form.reviewOn()).param("end", form.endsOn())
        .param("id", iepId).update();
    store.replaceParts(iepId, form, code -> curriculum.findOutcomeByCode(code).map(o -> o.id()).orElseThrow());
    snapshot(iepId);
    if (!iep.status().equals("draft")) {
      announce(iepId);
    }
  }

  @Transactional
  public void activate(UUID iepId) {
    var iep = open(iepId, "iep.activated");
    consents.require(iep.childId());
    if (iep.status().equals("active")) {
      throw ValidationException.of(null, "validation.iep.status");
    }
    setStatus(iepId, "active");
    announce(iepId);
  }

  /** The plan's review begins; its accommodations keep applying until it is active again or closed. */
  @Transactional
  public void startReview(UUID iepId) {
    var iep = open(iepId, "iep.review");
    if (!iep.status().equals("active")) {
      throw ValidationException.of(null, "validation.iep.status");
    }
    setStatus(iepId, "under_review");
  }

  @Transactional
  public void close(UUID iepId) {
    var iep = open(iepId, "iep.closed");
    setStatus(iepId, "closed");
    events.publishEvent(new AccommodationsChanged(iep.childId(), iep.schoolId(), Map.of()));
  }

  /** After a withdrawal of consent the open plan closes, as a version of its own, and its accommodations end. */
  @EventListener
  void on(Consents.ConsentWithdrawn withdrawn) {
    store.ofChild(withdrawn.childId()).stream().filter(i -> !i.status().equals("closed")).forEach(i -> {
      setStatus(i.id(), "closed");
      events.publishEvent(new AccommodationsChanged(i.childId(), i.schoolId(), Map.of()));
    });
  }

  private IepStore.Iep open(UUID iepId, String action) {
    var iep = store.find(iepId).orElseThrow(() -> new NotFoundException("iep " + iepId));
    access.write(iep.childId(), action);
    if (iep.status().equals("closed")) {
      throw ValidationException.of(null, "validation.iep.closed");
    }
    return iep;
  }

  private void validate(IepForm form) {
    form.validate(code -> curriculum.findOutcomeByCode(code).isPresent()).throwIfInvalid();
  }

  private void setStatus(UUID iepId, String status) {
    jdbc.sql("update inclusion.iep set status = :st, version = version + 1, updated_at = now() where id = :id")
        .param("st", status).param("id", iepId).update();
    snapshot(iepId);
  }

  private void snapshot(UUID iepId) {
    var iep = store.find(iepId).orElseThrow();
    var caller = access.caller();
    jdbc.sql("""
        insert into inclusion.iep_version (iep_id, version, status, snapshot, changed_by, changed_by_name)
        values (:i, :v, :st, cast(:s as jsonb), :by, :name)""")
        .param("i", iepId).param("v", iep.version()).param("st", iep.status()).param("s", Json.write(iep))
        .param("by", caller.accountId()).param("name", caller.displayName()).update();
  }

  private void announce(UUID iepId) {
    var iep = store.find(iepId).orElseThrow();
    var accommodations = new EnumMap<Accommodation, Integer>(Accommodation.class);
    iep.accommodations().forEach(a -> accommodations.put(a.accommodation(), a.value()));
    events.publishEvent(new AccommodationsChanged(iep.childId(), iep.schoolId(), accommodations));
  }

  /** The goals of the child's plan in force (none without one); no access check, for this module's own use. */
  List<IepStore.Goal> goalsInForce(UUID childId) {
    return store.ofChild(childId).stream().filter(IepStore.Iep::inForce).findFirst().map(IepStore.Iep::goals).orElse(List.of());
  }

  /** The plan as a form to edit. */
  public IepForm formOf(IepStore.Iep iep) {
    var codes = new java.util.HashMap<UUID, String>();
    curriculum.outcomes(iep.goals().stream().map(IepStore.Goal::outcomeId).filter(java.util.Objects::nonNull).toList())
        .forEach(o -> codes.put(o.id(), o.code()));
    var accommodations = new java.util.LinkedHashMap<String, Integer>();
    iep.accommodations().forEach(a -> accommodations.put(a.accommodation().code(), a.value()));
    return new IepForm(iep.presentLevels(), iep.startsOn(), iep.reviewOn(), iep.endsOn(),
        iep.goals().stream().map(g -> new IepForm.Goal(g.kind(), codes.get(g.outcomeId()), g.description(), g.baseline(), g.target(), g.measure(),
            g.targetDate(), g.id())).toList(), accommodations, iep.services(), iep.people());
  }

  static boolean overdue(LocalDate reviewOn) {
    return reviewOn.isBefore(Calendar.today());
  }
}
