package org.erdem.registry.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.erdem.registry.Breakdown;
import org.erdem.registry.Breakdown.Part;
import org.erdem.registry.Breakdown.SchoolPlace;
import org.erdem.shared.LocalizedJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Splits an org node into the parts an overview counts by: the units below it, or a school's classes. */
@Component
class OrgBreakdowns {
  private final JdbcClient jdbc;
  private final OrgUnits units;
  private final RegistryAccess access;

  OrgBreakdowns(JdbcClient jdbc, OrgUnits units, RegistryAccess access) {
    this.jdbc = jdbc;
    this.units = units;
    this.access = access;
  }

  Optional<Breakdown> of(UUID nodeId) {
    var node = units.find(nodeId).filter(u -> access.canBrowse(u.path()));
    return node.map(u -> u.isSchool() ? school(u) : region(u));
  }

  private Breakdown region(OrgUnits.OrgUnit node) {
    var parts = new LinkedHashMap<String, Part>();
    jdbc.sql("select id, kind, path, names from registry.org_unit where parent_id = :p order by kind, names ->> 'mn'").param("p", node.id())
        .query((rs, n) -> parts.put(rs.getString("path"),
            new Part(rs.getObject("id", UUID.class), rs.getString("kind"), LocalizedJson.parse(rs.getString("names"))))).list();
    var schools = new HashMap<UUID, SchoolPlace>();
    int depth = node.path().length();
    jdbc.sql("select s.id, s.locality, s.type, o.path, o.names from registry.school s join registry.org_unit o on o.id = s.id where o.path like :prefix")
        .param("prefix", node.path() + "%")
        .query((rs, n) -> {
          String path = rs.getString("path");
          // The part is the unit whose path is the node's path and one more segment.
          String partPath = path.substring(0, path.indexOf('/', depth) + 1);
          var part = parts.get(partPath);
          return schools.put(rs.getObject("id", UUID.class), new SchoolPlace(rs.getString("locality"), rs.getString("type"), part == null ? null : part.id(),
              LocalizedJson.parse(rs.getString("names"))));
        }).list();
    return new Breakdown(node.id(), node.kind(), node.path(), node.names(), List.copyOf(parts.values()), schools, Map.of());
  }

  private Breakdown school(OrgUnits.OrgUnit school) {
    var parts = jdbc.sql("""
        select k.id, k.name from registry.class k join registry.academic_year y on y.id = k.academic_year_id and y.is_current
         where k.school_id = :s order by k.grade, k.name""")
        .param("s", school.id())
        .query((rs, n) -> new Part(rs.getObject("id", UUID.class), "class", Map.of("mn", rs.getString("name")))).list();
    var classOfChild = new HashMap<UUID, UUID>();
    jdbc.sql("""
        select e.child_id, e.class_id from registry.enrolment e join registry.class k on k.id = e.class_id
          join registry.academic_year y on y.id = k.academic_year_id and y.is_current
         where e.school_id = :s and e.ends_on is null""")
        .param("s", school.id())
        .query((rs, n) -> classOfChild.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    var place = jdbc.sql("select locality, type from registry.school where id = :s").param("s", school.id())
        .query((rs, n) -> new SchoolPlace(rs.getString(1), rs.getString(2), null, school.names())).single();
    return new Breakdown(school.id(), school.kind(), school.path(), school.names(), parts, Map.of(school.id(), place), classOfChild);
  }
}
