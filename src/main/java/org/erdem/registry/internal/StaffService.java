package org.erdem.registry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.erdem.identity.Accounts;
import org.erdem.identity.AuditLog;
import org.erdem.identity.NewAccount;
import org.erdem.identity.Role;
import org.erdem.shared.Ids;
import org.erdem.shared.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's staff; a staff member may be given an account holding the role of their position at the school. */
@Service
public class StaffService {
  public static final List<String> POSITIONS = List.of("teacher", "tutor", "specialist", "sen_coordinator", "school_admin", "other");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

  private final JdbcClient jdbc;
  private final SchoolService schools;
  private final RegistryAccess access;
  private final Accounts accounts;
  private final AuditLog audit;

  StaffService(JdbcClient jdbc, SchoolService schools, RegistryAccess access, Accounts accounts, AuditLog audit) {
    this.jdbc = jdbc;
    this.schools = schools;
    this.access = access;
    this.accounts = accounts;
    this.audit = audit;
  }

  public record StaffMember(UUID id, UUID schoolId, String externalId, String familyName, String givenName, String position,
      String subject, String email, String phone, UUID accountId) {
    public String name() {
      return familyName + " " + givenName;
    }
  }

  public record StaffForm(String externalId, String familyName, String givenName, String position, String subject, String email, String phone) {
    StaffForm normalized() {
      return new StaffForm(org.erdem.shared.Text.blankToNull(externalId), trim(familyName), trim(givenName), position,
          org.erdem.shared.Text.blankToNull(subject), org.erdem.shared.Text.blankToNull(email), org.erdem.shared.Text.blankToNull(phone));
    }

    private static String trim(String s) {
      return s == null ? null : s.trim();
    }
  }

  static StaffMember row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new StaffMember(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class), rs.getString("external_id"),
        rs.getString("family_name"), rs.getString("given_name"), rs.getString("position"), rs.getString("subject"),
        rs.getString("email"), rs.getString("phone"), rs.getObject("account_id", UUID.class));
  }

  static final String SELECT = "select id, school_id, external_id, family_name, given_name, position, subject, email, phone, account_id from registry.staff";

  public List<StaffMember> ofSchool(UUID schoolId) {
    schools.get(schoolId);
    return jdbc.sql(SELECT + " where school_id = :s and active order by lower(family_name), lower(given_name)").param("s", schoolId).query(StaffService::row).list();
  }

  Optional<StaffMember> findByExternalId(UUID schoolId, String externalId) {
    return jdbc.sql(SELECT + " where school_id = :s and external_id = :e").param("s", schoolId).param("e", externalId).query(StaffService::row).optional();
  }

  /** Registers a staff member; with a username, also an account (temporary password, changed at first sign-in). */
  @Transactional
  public UUID create(UUID schoolId, StaffForm form, String username, String temporaryPassword) {
    var school = schools.get(schoolId);
    access.requireManage(school.unit().path());
    StaffForm f = form.normalized();
    Validation v = validate(f);
    if (f.externalId() != null && findByExternalId(schoolId, f.externalId()).isPresent()) {
      v.add("externalId", "validation.externalId.taken");
    }
    v.throwIfInvalid();
    UUID accountId = null;
    if (username != null && !username.isBlank()) {
      accountId = accounts.create(new NewAccount(username, f.familyName() + " " + f.givenName(), temporaryPassword, "mn", true));
      UUID account = accountId;
      Role.fromCode(f.position()).ifPresent(role -> accounts.grant(account, role, schoolId, null, null));
    }
    UUID id = insert(schoolId, f, accountId);
    audit.record("staff.created", "staff", id, null);
    return id;
  }

  UUID insert(UUID schoolId, StaffForm f, UUID accountId) {
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into registry.staff (id, school_id, external_id, family_name, given_name, position, subject, email, phone, account_id)
        values (:id, :school, :ext, :family, :given, :position, :subject, :email, :phone, :account)""")
        .param("id", id).param("school", schoolId).param("ext", f.externalId()).param("family", f.familyName())
        .param("given", f.givenName()).param("position", f.position()).param("subject", f.subject())
        .param("email", f.email()).param("phone", f.phone()).param("account", accountId).update();
    return id;
  }

  void write(UUID id, StaffForm f) {
    jdbc.sql("""
        update registry.staff set family_name = :family, given_name = :given, position = :position, subject = :subject,
               email = :email, phone = :phone, updated_at = now() where id = :id""")
        .param("id", id).param("family", f.familyName()).param("given", f.givenName()).param("position", f.position())
        .param("subject", f.subject()).param("email", f.email()).param("phone", f.phone()).update();
  }

  Validation validate(StaffForm f) {
    var v = new Validation()
        .required("familyName", f.familyName()).maxLength("familyName", f.familyName(), 100)
        .required("givenName", f.givenName()).maxLength("givenName", f.givenName(), 100)
        .required("position", f.position())
        .maxLength("externalId", f.externalId(), 64)
        .maxLength("subject", f.subject(), 100)
        .matches("email", f.email(), EMAIL, "validation.email.format")
        .matches("phone", f.phone(), PHONE, "validation.phone.format");
    v.check(f.position() == null || f.position().isBlank() || POSITIONS.contains(f.position()), "position", "validation.choice");
    return v;
  }
}
