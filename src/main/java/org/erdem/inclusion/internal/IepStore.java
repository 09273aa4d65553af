package org.erdem.inclusion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    return whole(heads(HEAD + " where id = :p", id)).stream().findFirst();
  }

  List<Iep> ofChild(UUID childId) {
    return whole(heads(HEAD + " where child_id = :p order by starts_on desc, created_at desc", childId));
  }

  /** The plans in force of these children, in one read. */
  List<Iep> inForceOf(java.util.Collection<UUID> childIds) {
    return whole(jdbc.sql(HEAD + " where child_id = any(cast(:ids as uuid[])) and status in ('active', 'under_review')")
        .param("ids", childIds.stream().map(UUID::toString).toArray(String[]::new)).query(IepStore::head).list());
  }

  List<Iep> openOfSchool(UUID schoolId) {
    return whole(heads(HEAD + " where school_id = :p and status <> 'closed' order by review_on", schoolId));
  }

  List<Iep> reviewsDue(UUID schoolId, LocalDate by) {
    return whole(jdbc.sql(HEAD + " where school_id = :s and status in ('active', 'under_review') and review_on <= :by order by review_on")
        .param("s", schoolId).param("by", by).query(IepStore::head).list());
  }

  private List<Head> heads(String sql, UUID param) {
    return jdbc.sql(sql).param("p", param).query(IepStore::head).list();
  }

  private static Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Head(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getInt(9));
  }

  /** The plans with their parts, in five queries however many plans. */
  private List<Iep> whole(List<Head> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    var ids = heads.stream().map(h -> h.id().toString()).toArray(String[]::new);
    var goals = new HashMap<UUID, List<Goal>>();
    jdbc.sql("""
        select iep_id, id, position, kind, outcome_id, description, baseline, target, measure, target_date from inclusion.iep_goal
         where iep_id = any(cast(:ids as uuid[])) order by position""")
        .param("ids", ids)
        .query((rs, n) -> goals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Goal(rs.getObject(2, UUID.class),
            rs.getInt(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getObject(10, LocalDate.class)))).list();
    var given = new HashMap<UUID, List<Given>>();
    jdbc.sql("select iep_id, code, value from inclusion.iep_accommodation where iep_id = any(cast(:ids as uuid[]))").param("ids", ids)
        .query((rs, n) -> {
          UUID iep = rs.getObject(1, UUID.class);
          Integer value = (Integer) rs.getObject(3);
          Accommodation.fromCode(rs.getString(2)).ifPresent(a -> given.computeIfAbsent(iep, k -> new ArrayList<>()).add(new Given(a, value)));
          return null;
        }).list();
    given.values().forEach(l -> l.sort(java.util.Comparator.comparing(Given::accommodation)));
    var services = new HashMap<UUID, List<IepForm.Service>>();
    jdbc.sql("select iep_id, type, provider, frequency, minutes, place from inclusion.iep_service where iep_id = any(cast(:ids as uuid[])) order by position")
        .param("ids", ids)
        .query((rs, n) -> services.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
            .add(new IepForm.Service(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6)))).list();
    var people = new HashMap<UUID, List<IepForm.Person>>();
    jdbc.sql("select iep_id, role, name, relation from inclusion.iep_person where iep_id = any(cast(:ids as uuid[])) order by position")
        .param("ids", ids)
        .query((rs, n) -> people.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
            .add(new IepForm.Person(rs.getString(2), rs.getString(3), rs.getString(4)))).list();
    return heads.stream().map(h -> new Iep(h.id(), h.childId(), h.schoolId(), h.status(), h.presentLevels(), h.startsOn(), h.reviewOn(),
        h.endsOn(), h.version(), goals.getOrDefault(h.id(), List.of()), given.getOrDefault(h.id(), List.of()),
        services.getOrDefault(h.id(), List.of()), people.getOrDefault(h.id(), List.of()))).toList();
  }

  /** Replaces goals, accommodations, services and people with those of the form. */
  void replaceParts(UUID iepId, IepForm form, Function<String, UUID> outcomeId) {
    // Accommodations, services and people are replaced whole.
    for (String table : List.of("iep_accommodation", "iep_service", "iep_person")) {
      jdbc.sql("delete from inclusion." + table + " where iep_id = :i").param("i", iepId).update();
    }
    // Goals keep their rows, and so their progress data, by id: removed ones go, kept ones move to their new place, new ones are added.
    var kept = form.goalList().stream().map(IepForm.Goal::id).filter(java.util.Objects::nonNull).map(UUID::toString).toArray(String[]::new);
    jdbc.sql("delete from inclusion.iep_goal where iep_id = :i and not (id = any(cast(:kept as uuid[])))").param("i", iepId).param("kept", kept).update();
    jdbc.sql("update inclusion.iep_goal set position = -1 - position where iep_id = :i").param("i", iepId).update();
    int position = 0;
    for (var g : form.goalList()) {
      UUID outcome = g.kind().equals("academic") ? outcomeId.apply(g.outcomeCode().strip()) : null;
      int updated = g.id() == null ? 0 : jdbc.sql("""
          update inclusion.iep_goal set position = :n, kind = :k, outcome_id = :o, description = :d, baseline = :b, target = :t, measure = :m,
                 target_date = :td where id = :id and iep_id = :i""")
          .param("n", position).param("k", g.kind()).param("o", outcome).param("d", g.description().strip()).param("b", g.baseline().strip())
          .param("t", g.target().strip()).param("m", g.measure().strip()).param("td", g.targetDate()).param("id", g.id()).param("i", iepId).update();
      if (updated == 0) {
        jdbc.sql("""
            insert into inclusion.iep_goal (id, iep_id, position, kind, outcome_id, description, baseline, target, measure, target_date)
            values (:id, :i, :n, :k, :o, :d, :b, :t, :m, :td)""")
            .param("id", org.erdem.shared.Ids.newId()).param("i", iepId).param("n", position).param("k", g.kind()).param("o", outcome)
            .param("d", g.description().strip()).param("b", g.baseline().strip()).param("t", g.target().strip()).param("m", g.measure().strip())
            .param("td", g.targetDate()).update();
      }
      position++;
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
