package org.erdem.inclusion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.erdem.inclusion.Accommodation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes an IEP and its parts; no access checks (the services check first). */
@Component
public class IepStore {
  private final JdbcClient jdbc;

  IepStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Goal(UUID id, int position, String kind, UUID outcomeId, String description, String baseline, String target, String measure,
      LocalDate targetDate) {}

  public record Given(Accommodation accommodation, Integer value) {}

  public record Iep(UUID id, UUID childId, UUID schoolId, String status, String presentLevels, LocalDate startsOn, LocalDate reviewOn,
      LocalDate endsOn, int version, List<Goal> goals, List<Given> accommodations, List<IepForm.Service> services,
      List<IepForm.Person> people) {
    public boolean inForce() {
      return status.equals("active") || status.equals("under_review");
    }

    public boolean reviewOverdue() {
      return inForce() && Ieps.overdue(reviewOn);
    }
  }

  private record Head(UUID id, UUID childId, UUID schoolId, String status, String presentLevels, LocalDate startsOn, LocalDate reviewOn,
      LocalDate endsOn, int version) {}

  private static final String HEAD = "select id, child_id, school_id, status, present_levels, starts_on, review_on, ends_on, version from inclusion.iep";

  Optional<Iep> find(UUID id) {
    return heads(HEAD + " where id = :p", id).stream().findFirst().map(this::whole);
  }

  List<Iep> ofChild(UUID childId) {
    return heads(HEAD + " where child_id = :p order by starts_on desc, created_at desc", childId).stream().map(this::whole).toList();
  }

  List<Iep> reviewsDue(UUID schoolId, LocalDate by) {
    return jdbc.sql(HEAD + " where school_id = :s and status in ('active', 'under_review') and review_on <= :by order by review_on")
        .param("s", schoolId).param("by", by).query(IepStore::head).list().stream().map(this::whole).toList();
  }

  private List<Head> heads(String sql, UUID param) {
    return jdbc.sql(sql).param("p", param).query(IepStore::head).list();
  }

  private static Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Head(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getInt(9));
  }

  private Iep whole(Head h) {
    var goals = jdbc.sql("""
        select id, position, kind, outcome_id, description, baseline, target, measure, target_date from inclusion.iep_goal
         where iep_id = :i order by position""")
        .param("i", h.id())
        .query((rs, n) -> new Goal(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class))).list();
    var given = new ArrayList<Given>();
    jdbc.sql("select code, value from inclusion.iep_accommodation where iep_id = :i").param("i", h.id())
        .query((rs, n) -> {
          Integer value = (Integer) rs.getObject(2);
          Accommodation.fromCode(rs.getString(1)).ifPresent(a -> given.add(new Given(a, value)));
          return null;
        }).list();
    given.sort(java.util.Comparator.comparing(Given::accommodation));
    var services = jdbc.sql("select type, provider, frequency, minutes, place from inclusion.iep_service where iep_id = :i order by position")
        .param("i", h.id())
        .query((rs, n) -> new IepForm.Service(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5))).list();
    var people = jdbc.sql("select role, name, relation from inclusion.iep_person where iep_id = :i order by position").param("i", h.id())
        .query((rs, n) -> new IepForm.Person(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    return new Iep(h.id(), h.childId(), h.schoolId(), h.status(), h.presentLevels(), h.startsOn(), h.reviewOn(), h.endsOn(), h.version(),
        goals, given, services, people);
  }

  /** Replaces goals, accommodations, services and people with those of the form. */
  void replaceParts(UUID iepId, IepForm form, Function<String, UUID> outcomeId) {
    for (String table : List.of("iep_goal", "iep_accommodation", "iep_service", "iep_person")) {
      jdbc.sql("delete from inclusion." + table + " where iep_id = :i").param("i", iepId).update();
    }
    int position = 0;
    for (var g : form.goalList()) {
      jdbc.sql("""
          insert into inclusion.iep_goal (id, iep_id, position, kind, outcome_id, description, baseline, target, measure, target_date)
          values (:id, :i, :n, :k, :o, :d, :b, :t, :m, :td)""")
          .param("id", org.erdem.shared.Ids.newId()).param("i", iepId).param("n", position++).param("k", g.kind())
          .param("o", g.kind().equals("academic") ? outcomeId.apply(g.outcomeCode().strip()) : null).param("d", g.description().strip())
          .param("b", g.baseline().strip()).param("t", g.target().strip()).param("m", g.measure().strip()).param("td", g.targetDate()).update();
    }
    form.accommodationMap().forEach((code, value) -> jdbc.sql("insert into inclusion.iep_accommodation (iep_id, code, value) values (:i, :c, :v)")
        .param("i", iepId).param("c", code).param("v", Accommodation.fromCode(code).orElseThrow().hasValue() ? value : null).update());
    position = 0;
    for (var s : form.serviceList()) {
      jdbc.sql("""
          insert into inclusion.iep_service (id, iep_id, position, type, provider, frequency, minutes, place)
          values (:id, :i, :n, :t, :p, :f, :m, :pl)""")
          .param("id", org.erdem.shared.Ids.newId()).param("i", iepId).param("n", position++).param("t", s.type().strip())
          .param("p", s.provider().strip()).param("f", s.frequency().strip()).param("m", s.minutes()).param("pl", s.place()).update();
    }
    position = 0;
    for (var p : form.personList()) {
      jdbc.sql("insert into inclusion.iep_person (iep_id, position, role, name, relation) values (:i, :n, :r, :name, :rel)")
          .param("i", iepId).param("n", position++).param("r", p.role()).param("name", p.name().strip()).param("rel", p.relation().strip()).update();
    }
  }
}
