package org.erdem.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.web.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees what in the registry. Deny by default: a role opens the nodes under where it is held;
 * teachers see the children of their classes, guardians their own children, a child itself.
 */
@Component
public class RegistryAccess {
  /** May browse org units, schools and classes under their nodes. */
  static final Role[] BROWSE = {Role.SYSTEM_ADMIN, Role.MINISTRY_ANALYST, Role.REGION_OFFICER, Role.SUPERVISOR,
      Role.SCHOOL_ADMIN, Role.SEN_COORDINATOR, Role.TEACHER, Role.TUTOR, Role.SPECIALIST, Role.CHILD_PROTECTION_OFFICER};
  /** May read children's records of every school under their nodes. */
  static final Role[] CHILD_RECORDS = {Role.SYSTEM_ADMIN, Role.REGION_OFFICER, Role.SCHOOL_ADMIN, Role.SEN_COORDINATOR};
  /** May register and change schools, classes, children and staff under their nodes. */
  static final Role[] MANAGE = {Role.SYSTEM_ADMIN, Role.SCHOOL_ADMIN};

  private static final String TAUGHT = RegistryAccess.class.getName() + ".taught:";
  private final Callers callers;
  private final Guardianships guardianships;
  private final JdbcClient jdbc;

  RegistryAccess(Callers callers, Guardianships guardianships, JdbcClient jdbc) {
    this.callers = callers;
    this.guardianships = guardianships;
    this.jdbc = jdbc;
  }

  /** The children a caller may read, as parameters of {@link #CHILD_VISIBLE}. */
  public record ChildScope(String[] patterns, String[] classIds, String[] childIds) {}

  /** The SQL condition over {@code registry.child c} that keeps the children a {@link ChildScope} opens. */
  static final String CHILD_VISIBLE = """
      (c.school_path like any(cast(:patterns as text[]))
       or c.id = any(cast(:childIds as uuid[]))
       or exists (select 1 from registry.enrolment e join registry.org_unit eo on eo.id = e.school_id
                   where e.child_id = c.id and e.ends_on is null
                     and (e.class_id = any(cast(:classIds as uuid[])) or eo.path like any(cast(:patterns as text[])))))""";

  Caller caller() {
    return callers.current();
  }

  ChildScope childScope() {
    Caller caller = caller();
    var own = new ArrayList<String>();
    if (caller.has(Role.GUARDIAN)) {
      guardianships.childrenOf(caller.accountId()).forEach(id -> own.add(id.toString()));
    }
    if (caller.has(Role.STUDENT)) {
      jdbc.sql("select id from registry.child where account_id = :a").param("a", caller.accountId()).query(UUID.class).list()
          .forEach(id -> own.add(id.toString()));
    }
    List<String> classes = caller.has(Role.TEACHER, Role.TUTOR, Role.SPECIALIST) ? taughtClassIds(caller) : List.of();
    return new ChildScope(patterns(caller.scopes(CHILD_RECORDS)), classes.toArray(String[]::new), own.toArray(String[]::new));
  }

  /** Classes where the caller is homeroom teacher or has a teaching assignment; read once per request. */
  List<String> taughtClassIds(Caller caller) {
    return RequestMemo.get(TAUGHT + caller.accountId(), () -> jdbc.sql("""
        select k.id from registry.class k join registry.staff s on s.id = k.homeroom_staff_id where s.account_id = :a
        union
        select sa.class_id from registry.staff_assignment sa join registry.staff s on s.id = sa.staff_id where s.account_id = :a""")
        .param("a", caller.accountId()).query(UUID.class).list().stream().map(UUID::toString).toList());
  }

  /** After this request changed a class's homeroom teacher or teaching assignments. */
  void teachingChanged() {
    callers.find().ifPresent(caller -> RequestMemo.forget(TAUGHT + caller.accountId()));
  }

  public boolean canBrowse(String path) {
    return caller().covers(path, BROWSE);
  }

  public void requireBrowse(String path) {
    if (!canBrowse(path)) {
      throw new AccessDeniedException();
    }
  }

  public boolean canManage(String path) {
    return caller().covers(path, MANAGE);
  }

  public void requireManage(String path) {
    if (!canManage(path)) {
      throw new AccessDeniedException();
    }
  }

  boolean canReadChildRecordsOf(String schoolPath) {
    return caller().covers(schoolPath, CHILD_RECORDS);
  }

  static String[] patterns(List<String> paths) {
    return paths.stream().map(p -> p + "%").toArray(String[]::new);
  }
}
