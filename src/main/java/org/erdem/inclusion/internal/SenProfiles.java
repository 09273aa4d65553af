package org.erdem.inclusion.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SEN profile: need categories from a configurable list, referrals and functional assessments. Consent first. */
@Service
public class SenProfiles {
  private final JdbcClient jdbc;
  private final InclusionAccess access;
  private final Consents consents;
  private final List<String> categories;

  SenProfiles(JdbcClient jdbc, InclusionAccess access, Consents consents,
      @Value("${erdem.inclusion.need-categories}") String[] categories) {
    this.jdbc = jdbc;
    this.access = access;
    this.consents = consents;
    this.categories = Arrays.stream(categories).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }

  public record Profile(List<String> categories, String description) {}

  public record Referral(UUID id, LocalDate referredOn, String referredBy, String reason, String status) {}

  public record Assessment(UUID id, LocalDate assessedOn, String assessor, String instrument, String findings) {}

  /** Everything recorded of a child's needs, for those who may read it. */
  public record Record(Optional<Profile> profile, List<Referral> referrals, List<Assessment> assessments) {}

  public List<String> categories() {
    return categories;
  }

  public Record of(UUID childId) {
    access.read(childId, "profile");
    return load(childId);
  }

  Record load(UUID childId) {
    var profile = jdbc.sql("select categories, description from inclusion.profile where child_id = :c").param("c", childId)
        .query((rs, n) -> new Profile(List.of((String[]) rs.getArray(1).getArray()), rs.getString(2))).optional();
    var referrals = jdbc.sql("select id, referred_on, referred_by, reason, status from inclusion.referral where child_id = :c order by referred_on desc")
        .param("c", childId)
        .query((rs, n) -> new Referral(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5)))
        .list();
    var assessments = jdbc.sql("""
        select id, assessed_on, assessor, instrument, findings from inclusion.functional_assessment where child_id = :c order by assessed_on desc""")
        .param("c", childId)
        .query((rs, n) -> new Assessment(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5)))
        .list();
    return new Record(profile, referrals, assessments);
  }

  @Transactional
  public void saveProfile(UUID childId, Profile form) {
    var child = access.write(childId, "profile");
    consents.require(childId);
    var chosen = form.categories() == null ? List.<String>of() : form.categories();
    new Validation().check(!chosen.isEmpty(), "categories", "validation.required")
        .check(categories.containsAll(chosen), "categories", "validation.choice").maxLength("description", form.description(), 4000).throwIfInvalid();
    jdbc.sql("""
        insert into inclusion.profile (child_id, school_id, categories, description, updated_by) values (:c, :s, cast(:cat as text[]), :d, :by)
        on conflict (child_id) do update set categories = excluded.categories, description = excluded.description,
               updated_by = excluded.updated_by, updated_at = now()""")
        .param("c", childId).param("s", child.schoolId()).param("cat", chosen.toArray(String[]::new)).param("d", Text.blankToNull(form.description()))
        .param("by", access.caller().accountId()).update();
  }

  @Transactional
  public UUID addReferral(UUID childId, Referral form) {
    var child = access.write(childId, "referral");
    consents.require(childId);
    new Validation().required("referredOn", form.referredOn()).check(form.referredOn() == null || !form.referredOn().isAfter(Calendar.today()),
            "referredOn", "validation.date.future")
        .required("referredBy", Text.blankToNull(form.referredBy())).maxLength("referredBy", form.referredBy(), 200)
        .required("reason", Text.blankToNull(form.reason())).maxLength("reason", form.reason(), 2000)
        .check(form.status() == null || List.of("open", "assessed", "closed").contains(form.status()), "status", "validation.choice").throwIfInvalid();
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into inclusion.referral (id, child_id, school_id, referred_on, referred_by, reason, status, recorded_by)
        values (:id, :c, :s, :on, :by, :r, :st, :rec)""")
        .param("id", id).param("c", childId).param("s", child.schoolId()).param("on", form.referredOn()).param("by", form.referredBy().strip())
        .param("r", form.reason().strip()).param("st", form.status() == null ? "open" : form.status()).param("rec", access.caller().accountId()).update();
    return id;
  }

  @Transactional
  public UUID addAssessment(UUID childId, Assessment form) {
    var child = access.write(childId, "assessment");
    consents.require(childId);
    new Validation().required("assessedOn", form.assessedOn()).check(form.assessedOn() == null || !form.assessedOn().isAfter(Calendar.today()),
            "assessedOn", "validation.date.future")
        .required("assessor", Text.blankToNull(form.assessor())).maxLength("assessor", form.assessor(), 200)
        .required("instrument", Text.blankToNull(form.instrument())).maxLength("instrument", form.instrument(), 200)
        .required("findings", Text.blankToNull(form.findings())).maxLength("findings", form.findings(), 8000).throwIfInvalid();
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into inclusion.functional_assessment (id, child_id, school_id, assessed_on, assessor, instrument, findings, recorded_by)
        values (:id, :c, :s, :on, :a, :i, :f, :rec)""")
        .param("id", id).param("c", childId).param("s", child.schoolId()).param("on", form.assessedOn()).param("a", form.assessor().strip())
        .param("i", form.instrument().strip()).param("f", form.findings().strip()).param("rec", access.caller().accountId()).update();
    return id;
  }
}
