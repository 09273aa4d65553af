package org.erdem.inclusion.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian's consent to the school keeping the child's SEN data: who, when, how (signed paper,
 * recorded by the school; or online, by the guardian). Nothing of SEN is stored without one in
 * force. On withdrawal nothing new may be recorded, the open IEP is closed, its accommodations stop
 * applying, and what was recorded stays, readable by the SEN coordinator and the administrator only.
 */
@Service
public class Consents {
  private final JdbcClient jdbc;
  private final InclusionAccess access;
  private final ApplicationEventPublisher events;

  Consents(JdbcClient jdbc, InclusionAccess access, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.access = access;
    this.events = events;
  }

  public record Consent(UUID id, String givenBy, String method, LocalDate givenOn, OffsetDateTime recordedAt, LocalDate withdrawnOn) {
    public boolean inForce() {
      return withdrawnOn == null;
    }
  }

  public record PaperConsent(String givenBy, LocalDate givenOn) {}

  public List<Consent> of(UUID childId) {
    access.read(childId, "consents");
    return list(childId);
  }

  List<Consent> list(UUID childId) {
    return jdbc.sql("""
        select id, given_by, method, given_on, recorded_at, withdrawn_on from inclusion.consent
         where child_id = :c and purpose = 'sen_data' order by recorded_at desc""")
        .param("c", childId)
        .query((rs, n) -> new Consent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getObject(5, OffsetDateTime.class), rs.getObject(6, LocalDate.class)))
        .list();
  }

  boolean inForce(UUID childId) {
    return jdbc.sql("select count(*) from inclusion.consent where child_id = :c and purpose = 'sen_data' and withdrawn_on is null")
        .param("c", childId).query(Long.class).single() > 0;
  }

  /** Refuses, with a message, any SEN record for a child without consent in force. */
  void require(UUID childId) {
    if (!inForce(childId)) {
      throw ValidationException.of(null, "validation.sen.noConsent");
    }
  }

  /** The SEN coordinator records a consent the guardian signed on paper. */
  @Transactional
  public UUID recordPaper(UUID childId, PaperConsent form) {
    var child = access.write(childId, "consent");
    new Validation().required("givenBy", Text.blankToNull(form.givenBy())).maxLength("givenBy", form.givenBy(), 200).required("givenOn", form.givenOn())
        .check(form.givenOn() == null || !form.givenOn().isAfter(Calendar.today()), "givenOn", "validation.date.future").throwIfInvalid();
    return insert(childId, child.schoolId(), form.givenBy().strip(), null, "paper", form.givenOn());
  }

  /** A guardian gives consent online, for their own child. */
  @Transactional
  public UUID giveOnline(UUID childId) {
    var child = access.guardianOf(childId, "consent.online");
    var caller = access.caller();
    return insert(childId, child.schoolId(), caller.displayName(), caller.accountId(), "online", Calendar.today());
  }

  private UUID insert(UUID childId, UUID schoolId, String givenBy, UUID guardian, String method, LocalDate on) {
    if (inForce(childId)) {
      throw ValidationException.of(null, "validation.sen.consentInForce");
    }
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into inclusion.consent (id, child_id, school_id, purpose, given_by, guardian_account_id, method, given_on, recorded_by)
        values (:id, :c, :s, 'sen_data', :by, :g, :m, :on, :rec)""")
        .param("id", id).param("c", childId).param("s", schoolId).param("by", givenBy).param("g", guardian).param("m", method)
        .param("on", on).param("rec", access.caller().accountId()).update();
    return id;
  }

  /** The guardian, or the school on the guardian's word, withdraws consent. */
  @Transactional
  public void withdraw(UUID childId) {
    var child = access.mayWrite(childId) ? access.write(childId, "consent.withdrawn") : access.guardianOf(childId, "consent.withdrawn");
    int changed = jdbc.sql("""
        update inclusion.consent set withdrawn_on = greatest(:today, given_on), withdrawn_by = :by
         where child_id = :c and purpose = 'sen_data' and withdrawn_on is null""")
        .param("today", Calendar.today()).param("by", access.caller().accountId()).param("c", childId).update();
    if (changed == 0) {
      throw ValidationException.of(null, "validation.sen.noConsent");
    }
    events.publishEvent(new ConsentWithdrawn(childId, child.schoolId()));
  }

  /** Consent to keep a child's SEN data was withdrawn: the open plan closes and its accommodations end. */
  record ConsentWithdrawn(UUID childId, UUID schoolId) {}
}
