package org.erdem.identity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.erdem.identity.Guardianships;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcGuardianships implements Guardianships {
  private final JdbcClient jdbc;

  JdbcGuardianships(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<UUID> childrenOf(UUID guardianAccountId) {
    return new HashSet<>(jdbc.sql("select child_id from identity.guardianship where guardian_id = :g")
        .param("g", guardianAccountId).query(UUID.class).list());
  }

  @Override
  public List<Guardian> guardiansOf(UUID childId) {
    return jdbc.sql("""
        select a.id, a.display_name, g.relationship from identity.guardianship g
          join identity.account a on a.id = g.guardian_id
         where g.child_id = :c order by a.display_name""")
        .param("c", childId)
        .query((rs, n) -> new Guardian(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("relationship")))
        .list();
  }

  @Override
  public void link(UUID guardianAccountId, UUID childId, String relationship) {
    jdbc.sql("""
        insert into identity.guardianship (guardian_id, child_id, relationship) values (:g, :c, :r)
        on conflict (guardian_id, child_id) do update set relationship = excluded.relationship""")
        .param("g", guardianAccountId).param("c", childId).param("r", relationship).update();
  }

  @Override
  public void unlink(UUID guardianAccountId, UUID childId) {
    jdbc.sql("delete from identity.guardianship where guardian_id = :g and child_id = :c").param("g", guardianAccountId).param("c", childId).update();
  }
}
