package org.erdem.registry.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.erdem.identity.Caller;
import org.erdem.identity.Role;
import org.erdem.registry.Breakdown;
import org.erdem.registry.ChildCard;
import org.erdem.registry.ClassCard;
import org.erdem.registry.Registry;
import org.erdem.registry.ScopeSummary;
import org.erdem.registry.StaffCard;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.LocalizedJson;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.RequestMemo;
import org.erdem.shared.web.ThisPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class RegistryFacade implements Registry {
  private final JdbcClient jdbc;
  private final RegistryAccess access;
  private final ClassService classes;
  private final OrgBreakdowns breakdowns;
  private final OrgUnits units;
  private final Rosters rosters;

  RegistryFacade(JdbcClient jdbc, RegistryAccess access, ClassService classes, OrgBreakdowns breakdowns, OrgUnits units,
      Rosters rosters) {
    this.jdbc = jdbc;
    this.access = access;
    this.classes = classes;
    this.breakdowns = breakdowns;
    this.units = units;
    this.rosters = rosters;
  }

  @Override
  public Optional<Breakdown> breakdown(UUID nodeId) {
    return breakdowns.of(nodeId);
  }

  @Override
  public List<ChildCard> myChildren() {
    var scope = access.childScope();
    if (scope.childIds().length == 0) {
      return List.of();
    }
    return cards("c.id = any(cast(:ids as uuid[]))", Map.of("ids", scope.childIds()));
  }

  @Override
  public Optional<ChildCard> self() {
    Caller caller = access.caller();
    // Asked by the page and by the shell (the child's display defaults) in the same request.
    Optional<ChildCard> self = RequestMemo.get("registry.self:" + caller.accountId(),
        () -> cards("c.account_id = :a", Map.of("a", caller.accountId())).stream().findFirst());
    self.ifPresent(child -> ThisPage.shows(Notice.child(child.id())));
    return self;
  }

  @Override
  public Optional<ChildCard> visibleChild(UUID childId) {
    var scope = access.childScope();
    var params = new HashMap<String, Object>(ChildService.scopeParams(scope));
    params.put("id", childId);
    ThisPage.shows(Notice.child(childId));
    return cards("c.id = :id and " + RegistryAccess.CHILD_VISIBLE, params).stream().findFirst();
  }

  @Override
  public List<StaffCard> staff(UUID schoolId) {
    String path = units.find(schoolId).orElseThrow(AccessDeniedException::new).path();
    access.requireBrowse(path);
    return jdbc.sql("""
        select id, account_id, family_name, given_name, position from registry.staff where school_id = :s and active
         order by lower(family_name), lower(given_name)""")
        .param("s", schoolId)
        .query((rs, n) -> new StaffCard(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getString(5))).list();
  }

  @Override
  public List<ChildCard> children(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return List.of();
    }
    var params = new HashMap<String, Object>(ChildService.scopeParams(access.childScope()));
    params.put("ids", childIds.stream().map(UUID::toString).toArray(String[]::new));
    ThisPage.shows(childIds.stream().map(Notice::child).toList());
    return cards("c.id = any(cast(:ids as uuid[])) and " + RegistryAccess.CHILD_VISIBLE, params);
  }

  private List<ChildCard> cards(String condition, Map<String, ?> params) {
    // A class's children share a school: its names are parsed once.
    var schoolNames = new HashMap<String, Map<String, String>>();
    return jdbc.sql("""
        select c.id, c.family_name, c.given_name, c.school_id, c.home_language, k.id as class_id, k.name as class_name, k.grade,
               (select o.names from registry.org_unit o where o.id = c.school_id) as names
          from registry.child c
          left join registry.enrolment e on e.child_id = c.id and e.ends_on is null and e.kind = 'home'
          left join registry.class k on k.id = e.class_id
         where\s""" + condition + " order by c.given_name")
        .params(params)
        .query((rs, n) -> new ChildCard(rs.getObject("id", UUID.class), rs.getString("family_name"), rs.getString("given_name"),
            rs.getObject("school_id", UUID.class), schoolNames.computeIfAbsent(rs.getString("names"), LocalizedJson::parse), rs.getObject("class_id", UUID.class),
            rs.getString("class_name"), (Integer) rs.getObject("grade"), rs.getString("home_language")))
        .list();
  }

  @Override
  public List<ChildCard> roster(UUID classId) {
    classes.requireRoster(classId);
    ThisPage.shows(Notice.roster(classId));
    return rosters.get(classId,
        () -> cards("c.id in (select r.child_id from registry.enrolment r where r.class_id = :k and r.ends_on is null)", Map.of("k", classId)));
  }

  @Override
  public List<UUID> currentClassIds(UUID childId) {
    ThisPage.shows(Notice.child(childId));
    return jdbc.sql("select class_id from registry.enrolment where child_id = :c and ends_on is null").param("c", childId).query(UUID.class).list();
  }

  @Override
  public boolean canTeach(UUID classId) {
    if (access.taughtClassIds(access.caller()).contains(classId.toString())) {
      return true;
    }
    var k = classes.find(classId);
    return k.isPresent() && access.canManage(units.get(k.get().schoolId()).path());
  }

  @Override
  public List<ClassCard> myClasses() {
    Caller caller = access.caller();
    List<String> ids = access.taughtClassIds(caller);
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        select k.id, k.name, k.grade, k.language, k.school_id, o.names,
               (select count(*) from registry.enrolment e where e.class_id = k.id and e.ends_on is null) as enrolled
          from registry.class k join registry.academic_year y on y.id = k.academic_year_id and y.is_current
          join registry.org_unit o on o.id = k.school_id
         where k.id = any(cast(:ids as uuid[])) order by k.grade, k.name""")
        .param("ids", ids.toArray(String[]::new))
        .query((rs, n) -> new ClassCard(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("grade"), rs.getString("language"),
            rs.getObject("school_id", UUID.class), LocalizedJson.parse(rs.getString("names")), rs.getLong("enrolled")))
        .list();
  }

  @Override
  public List<ScopeSummary> myScopes() {
    Caller caller = access.caller();
    List<UUID> nodes = caller.grants().stream()
        .filter(g -> Arrays.asList(RegistryAccess.BROWSE).contains(g.role()) && g.role() != Role.TEACHER)
        .map(g -> g.nodeId()).distinct().toList();
    if (nodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        select n.id, n.kind, n.names,
               (select count(*) from registry.org_unit s where s.kind = 'school' and s.path like n.path || '%') as schools,
               (select count(*) from registry.class k join registry.org_unit s on s.id = k.school_id
                  join registry.academic_year y on y.id = k.academic_year_id and y.is_current where s.path like n.path || '%') as classes,
               (select count(*) from registry.child c where c.school_path like n.path || '%') as children,
               (select count(*) from registry.staff st join registry.org_unit s on s.id = st.school_id where st.active and s.path like n.path || '%') as staff
          from registry.org_unit n where n.id = any(cast(:ids as uuid[])) order by n.path""")
        .param("ids", nodes.stream().map(UUID::toString).toArray(String[]::new))
        .query((rs, n) -> new ScopeSummary(rs.getObject("id", UUID.class), rs.getString("kind"), LocalizedJson.parse(rs.getString("names")),
            rs.getLong("schools"), rs.getLong("classes"), rs.getLong("children"), rs.getLong("staff")))
        .list();
  }
}
