package org.erdem.inclusion.internal;

import java.util.UUID;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.identity.Guardianships;
import org.erdem.identity.OrgDirectory;
import org.erdem.identity.Role;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for SEN data: the school's SEN coordinator and administrator, the tutors and
 * specialists who work with the child's class, and the child's guardians read it; the coordinator
 * and the administrator write it. Class teachers get the accommodations only, officers counts only.
 * Every read and every write is audited.
 */
@Component
class InclusionAccess {
  static final Role[] SEN_TEAM = {Role.SEN_COORDINATOR, Role.SCHOOL_ADMIN};
  static final Role[] SUPPORT = {Role.TUTOR, Role.SPECIALIST};
  private final Callers callers;
  private final Registry registry;
  private final OrgDirectory org;
  private final AuditLog audit;
  private final Guardianships guardianships;
  private final JdbcClient jdbc;

  InclusionAccess(Callers callers, Registry registry, OrgDirectory org, AuditLog audit, Guardianships guardianships, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.guardianships = guardianships;
    this.callers = callers;
    this.registry = registry;
    this.org = org;
    this.audit = audit;
  }

  /** The child, when the caller may read the child's SEN data; the read is audited. */
  ChildCard read(UUID childId, String what) {
    var child = registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    var caller = callers.current();
    // After a withdrawal of consent what was recorded stays, for the SEN coordinator and the administrator only.
    if (!onTeam(caller, child) && (!(supports(caller, child) || guards(child)) || withdrawn(childId))) {
      throw new AccessDeniedException();
    }
    audit.record("sen.read", "child", childId, what);
    return child;
  }

  /** The child, when the caller may record SEN data (the school's SEN coordinator or administrator). */
  ChildCard write(UUID childId, String what) {
    var child = registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    if (!onTeam(callers.current(), child)) {
      throw new AccessDeniedException();
    }
    audit.record("sen.write", "child", childId, what);
    return child;
  }

  /** Whether the caller is on the SEN team of the school. */
  boolean isTeam(UUID schoolId) {
    var caller = callers.current();
    return caller.has(SEN_TEAM) && org.findNode(schoolId).map(n -> caller.covers(n.path(), SEN_TEAM)).orElse(false);
  }

  void auditWrite(UUID schoolId, String what) {
    audit.record("sen.write", "school", schoolId, what);
  }

  void auditRead(UUID schoolId, String what) {
    audit.record("sen.read", "school", schoolId, what);
  }

  /** Requires the caller to be on the SEN team of the school; the read is audited. */
  void team(UUID schoolId, String what) {
    requireTeam(schoolId);
    audit.record("sen.read", "school", schoolId, what);
  }

  /** Requires the caller to be on the SEN team of the school; the change is audited. */
  void teamWrite(UUID schoolId, String what) {
    requireTeam(schoolId);
    audit.record("sen.write", "school", schoolId, what);
  }

  private void requireTeam(UUID schoolId) {
    if (!isTeam(schoolId)) {
      throw new AccessDeniedException();
    }
  }

  /** The child, when the caller is on the SEN team or works with the child (progress data, session logs). */
  ChildCard support(UUID childId, String what) {
    var child = registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    var caller = callers.current();
    if (!onTeam(caller, child) && !(supports(caller, child) && !withdrawn(childId))) {
      throw new AccessDeniedException();
    }
    audit.record("sen.write", "child", childId, what);
    return child;
  }

  /** The child, for the child's own guardian only; what the guardian does is audited. */
  ChildCard guardianOf(UUID childId, String what) {
    var child = registry.visibleChild(childId).orElseThrow(AccessDeniedException::new);
    if (!guards(child)) {
      throw new AccessDeniedException();
    }
    audit.record("sen.write", "child", childId, what);
    return child;
  }

  boolean mayRead(UUID childId) {
    var child = registry.visibleChild(childId);
    if (child.isEmpty()) {
      return false;
    }
    var caller = callers.current();
    return onTeam(caller, child.get()) || ((supports(caller, child.get()) || guards(child.get())) && !withdrawn(childId));
  }

  boolean maySupport(UUID childId) {
    var child = registry.visibleChild(childId);
    var caller = callers.current();
    return child.isPresent() && (onTeam(caller, child.get()) || (supports(caller, child.get()) && !withdrawn(childId)));
  }

  boolean isGuardian(UUID childId) {
    return registry.visibleChild(childId).map(this::guards).orElse(false);
  }

  boolean mayWrite(UUID childId) {
    return registry.visibleChild(childId).map(c -> onTeam(callers.current(), c)).orElse(false);
  }

  private boolean onTeam(Caller caller, ChildCard child) {
    return caller.has(SEN_TEAM) && org.findNode(child.schoolId()).map(n -> caller.covers(n.path(), SEN_TEAM)).orElse(false);
  }

  /** A tutor or specialist of the child's school with the child in a caseload, or working in the child's class. */
  private boolean supports(Caller caller, ChildCard child) {
    if (!caller.has(SUPPORT) || !org.findNode(child.schoolId()).map(n -> caller.covers(n.path(), SUPPORT)).orElse(false)) {
      return false;
    }
    boolean caseload = jdbc.sql("select count(*) from inclusion.caseload where child_id = :c and account_id = :a and ended_on is null")
        .param("c", child.id()).param("a", caller.accountId()).query(Long.class).single() > 0;
    if (caseload) {
      return true;
    }
    var classes = registry.currentClassIds(child.id());
    return registry.myClasses().stream().anyMatch(k -> classes.contains(k.id()));
  }

  private boolean guards(ChildCard child) {
    var caller = callers.current();
    return caller.has(Role.GUARDIAN) && guardianships.childrenOf(caller.accountId()).contains(child.id());
  }

  private boolean withdrawn(UUID childId) {
    return jdbc.sql("""
        select exists (select 1 from inclusion.consent where child_id = :c and purpose = 'sen_data')
           and not exists (select 1 from inclusion.consent where child_id = :c and purpose = 'sen_data' and withdrawn_on is null)""")
        .param("c", childId).query(Boolean.class).single();
  }

  Caller caller() {
    return callers.current();
  }
}
