package org.erdem.inclusion.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Peer support and participation, kept by the school's SEN team: buddy pairs, the student council, awareness activities. */
@Service
public class PeerSupport {
  static final List<String> AUDIENCES = List.of("children", "parents", "staff", "community", "mixed");
  private final JdbcClient jdbc;
  private final InclusionAccess access;
  private final Registry registry;

  PeerSupport(JdbcClient jdbc, InclusionAccess access, Registry registry) {
    this.jdbc = jdbc;
    this.access = access;
    this.registry = registry;
  }

  public record Pair(UUID id, String child, String buddy, LocalDate startsOn) {}

  public record CouncilMember(UUID childId, String name, String role, LocalDate since) {}

  public record Activity(UUID id, String title, LocalDate heldOn, String audience, int participants) {}

  /** The school's SEN children (to pair and to seat on the council) and their classmates (the buddies to choose from). */
  public record Participation(UUID schoolId, List<Pair> buddies, List<CouncilMember> council, List<Activity> activities, List<ChildCard> children,
      List<ChildCard> classmates) {}

  public record ActivityForm(String title, LocalDate heldOn, String audience, Integer participants) {}

  public Participation of(UUID schoolId) {
    access.team(schoolId, "participation");
    record PairRow(UUID id, UUID child, UUID buddy, LocalDate on) {}
    var pairs = jdbc.sql("select id, child_id, buddy_id, starts_on from inclusion.peer_buddy where school_id = :s and ends_on is null order by starts_on")
        .param("s", schoolId).query((rs, n) -> new PairRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
            rs.getObject(4, LocalDate.class))).list();
    record MemberRow(UUID child, String role, LocalDate since) {}
    var members = jdbc.sql("select child_id, role, since from inclusion.council_member where school_id = :s order by since").param("s", schoolId)
        .query((rs, n) -> new MemberRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
    var ids = new java.util.HashSet<UUID>();
    pairs.forEach(p -> {
      ids.add(p.child());
      ids.add(p.buddy());
    });
    members.forEach(m -> ids.add(m.child()));
    Map<UUID, String> names = registry.children(ids).stream()
        .collect(Collectors.toMap(ChildCard::id, c -> c.familyName() + " " + c.givenName(), (a, b) -> a));
    var activities = jdbc.sql("""
        select id, title, held_on, audience, participants from inclusion.awareness_activity where school_id = :s order by held_on desc""")
        .param("s", schoolId).query((rs, n) -> new Activity(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getString(4), rs.getInt(5))).list();
    var children = registry.children(jdbc.sql("select child_id from inclusion.profile where school_id = :s").param("s", schoolId)
        .query(UUID.class).list());
    var classmates = children.stream().map(ChildCard::classId).filter(java.util.Objects::nonNull).distinct()
        .flatMap(k -> registry.roster(k).stream()).sorted(java.util.Comparator.comparing(ChildCard::familyName).thenComparing(ChildCard::givenName))
        .toList();
    return new Participation(schoolId,
        pairs.stream().map(p -> new Pair(p.id(), names.getOrDefault(p.child(), ""), names.getOrDefault(p.buddy(), ""), p.on())).toList(),
        members.stream().map(m -> new CouncilMember(m.child(), names.getOrDefault(m.child(), ""), m.role(), m.since())).toList(),
        activities, children, classmates);
  }

  /** A buddy for a child: both of the school, not the same child, not already paired. */
  @Transactional
  public UUID pair(UUID schoolId, UUID childId, UUID buddyId) {
    access.teamWrite(schoolId, "buddy");
    if (childId == null || buddyId == null) {
      throw ValidationException.of("buddyId", "validation.required");
    }
    var both = registry.children(java.util.Arrays.asList(childId, buddyId)).stream().filter(c -> c.schoolId().equals(schoolId)).count();
    new Validation().check(childId != null && !childId.equals(buddyId), "buddyId", "validation.peer.sameChild")
        .check(both == 2, "buddyId", "validation.room.notOfSchool").throwIfInvalid();
    if (jdbc.sql("select count(*) from inclusion.peer_buddy where child_id = :c and buddy_id = :b and ends_on is null")
        .param("c", childId).param("b", buddyId).query(Long.class).single() > 0) {
      throw ValidationException.of("buddyId", "validation.peer.paired");
    }
    UUID id = Ids.newId();
    jdbc.sql("insert into inclusion.peer_buddy (id, school_id, child_id, buddy_id, starts_on) values (:id, :s, :c, :b, :on)")
        .param("id", id).param("s", schoolId).param("c", childId).param("b", buddyId).param("on", Calendar.today()).update();
    return id;
  }

  @Transactional
  public void joinCouncil(UUID schoolId, UUID childId, String role) {
    access.teamWrite(schoolId, "council");
    if (childId == null) {
      throw ValidationException.of("childId", "validation.required");
    }
    new Validation().check(registry.children(java.util.List.of(childId)).stream().anyMatch(c -> c.schoolId().equals(schoolId)), "childId",
            "validation.room.notOfSchool").required("role", Text.blankToNull(role)).maxLength("role", role, 100).throwIfInvalid();
    jdbc.sql("""
        insert into inclusion.council_member (school_id, child_id, role, since) values (:s, :c, :r, :on)
        on conflict (school_id, child_id) do update set role = excluded.role""")
        .param("s", schoolId).param("c", childId).param("r", role.strip()).param("on", Calendar.today()).update();
  }

  @Transactional
  public UUID addActivity(UUID schoolId, ActivityForm form) {
    access.teamWrite(schoolId, "awareness");
    new Validation().required("title", Text.blankToNull(form.title())).maxLength("title", form.title(), 200).required("heldOn", form.heldOn())
        .check(form.audience() != null && AUDIENCES.contains(form.audience()), "audience", "validation.choice").required("participants", form.participants())
        .range("participants", form.participants(), 1, 100000).throwIfInvalid();
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into inclusion.awareness_activity (id, school_id, title, held_on, audience, participants, recorded_by)
        values (:id, :s, :t, :on, :a, :p, :by)""")
        .param("id", id).param("s", schoolId).param("t", form.title().strip()).param("on", form.heldOn()).param("a", form.audience())
        .param("p", form.participants()).param("by", access.caller().accountId()).update();
    return id;
  }
}
