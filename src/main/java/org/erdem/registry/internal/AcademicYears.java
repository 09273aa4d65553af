package org.erdem.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.erdem.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Academic years; exactly one is current. */
@Repository
public class AcademicYears {
  private final JdbcClient jdbc;

  AcademicYears(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record AcademicYear(UUID id, String name, LocalDate startsOn, LocalDate endsOn, boolean current) {}

  public List<AcademicYear> all() {
    return jdbc.sql("select id, name, starts_on, ends_on, is_current from registry.academic_year order by starts_on desc")
        .query((rs, n) -> new AcademicYear(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getBoolean("is_current")))
        .list();
  }

  public Optional<AcademicYear> current() {
    return all().stream().filter(AcademicYear::current).findFirst();
  }

  /** The Mongolian school year runs from 1 September to the end of June. */
  public UUID ensureCurrent(LocalDate today) {
    int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    String name = startYear + "-" + (startYear + 1);
    var existing = jdbc.sql("select id from registry.academic_year where name = :n").param("n", name).query(UUID.class).optional();
    if (existing.isPresent()) {
      return existing.get();
    }
    UUID id = Ids.newId();
    jdbc.sql("update registry.academic_year set is_current = false where is_current").update();
    jdbc.sql("insert into registry.academic_year (id, name, starts_on, ends_on, is_current) values (:id, :n, :s, :e, true)")
        .param("id", id).param("n", name).param("s", LocalDate.of(startYear, 9, 1)).param("e", LocalDate.of(startYear + 1, 6, 30)).update();
    return id;
  }
}
