package org.erdem.inclusion.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.registry.StaffCard;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Calendar;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inclusive Education Support Rooms: per school the rooms, their tutors and specialists, each
 * one's caseload (the school's total against a cap, default 40, beyond which a confirmation is
 * needed), a weekly schedule and the session log, whose entries can carry a goal's progress.
 */
@Service
public class SupportRooms {
  private final JdbcClient jdbc;
  private final InclusionAccess access;
  private final Registry registry;
  private final GoalProgress progress;
  private final IepStore store;
  private final Consents consents;
  private final int cap;

  SupportRooms(JdbcClient jdbc, InclusionAccess access, Registry registry, GoalProgress progress, IepStore store, Consents consents,
      @Value("${erdem.inclusion.caseload-cap:40}") int cap) {
    this.consents = consents;
    this.store = store;
    this.jdbc = jdbc;
    this.access = access;
    this.registry = registry;
    this.progress = progress;
    this.cap = cap;
  }

  public record Room(UUID id, UUID schoolId, String name, String location) {}

  public record Member(UUID accountId, String name, String position) {}

  public record Assignment(UUID childId, String childName, UUID accountId, String staffName, LocalDate assignedOn) {}

  public record Slot(UUID id, int weekday, LocalTime startsAt, LocalTime endsAt, String staffName, String activity) {}

  public record Session(UUID id, LocalDate heldOn, String childName, String staffName, int minutes, String goal, String note) {}

  public record RoomView(Room room, List<Member> staff, List<Assignment> caseload, List<Slot> schedule, List<Session> sessions,
      long schoolCaseload, int cap, boolean canManage, boolean canLog, List<StaffCard> candidates) {
    public boolean overCap() {
      return schoolCaseload > cap;
    }
  }

  public record SchoolRooms(UUID schoolId, List<Room> rooms, long caseload, int cap, boolean canManage) {}

  public record SessionForm(UUID childId, LocalDate heldOn, Integer minutes, UUID goalId, BigDecimal progress, String note) {}

  public record SlotForm(Integer weekday, LocalTime startsAt, LocalTime endsAt, UUID accountId, String activity) {}

  public SchoolRooms ofSchool(UUID schoolId) {
    boolean manage = access.isTeam(schoolId);
    if (!manage && !isStaffOfAnyRoom(schoolId)) {
      throw new AccessDeniedException();
    }
    var rooms = jdbc.sql("select id, school_id, name, location from inclusion.support_room where school_id = :s order by name")
        .param("s", schoolId).query((rs, n) -> new Room(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)))
        .list();
    return new SchoolRooms(schoolId, rooms, schoolCaseload(schoolId), cap, manage);
  }

  @Transactional
  public UUID create(UUID schoolId, String name, String location) {
    access.teamWrite(schoolId, "room.created");
    new Validation().required("name", Text.blankToNull(name)).maxLength("name", name, 120).maxLength("location", location, 200).throwIfInvalid();
    if (jdbc.sql("select count(*) from inclusion.support_room where school_id = :s and name = :n").param("s", schoolId).param("n", name.strip())
        .query(Long.class).single() > 0) {
      throw ValidationException.of("name", "validation.room.taken");
    }
    UUID id = Ids.newId();
    jdbc.sql("insert into inclusion.support_room (id, school_id, name, location) values (:id, :s, :n, :l)")
        .param("id", id).param("s", schoolId).param("n", name.strip()).param("l", Text.blankToNull(location)).update();
    return id;
  }

  public RoomView view(UUID roomId) {
    var room = room(roomId);
    boolean manage = access.isTeam(room.schoolId());
    boolean staff = isStaff(roomId);
    if (!manage && !staff) {
      throw new AccessDeniedException();
    }
    access.auditRead(room.schoolId(), "room");
    var members = jdbc.sql("select account_id, name, position from inclusion.room_staff where room_id = :r order by name").param("r", roomId)
        .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    var names = members.stream().collect(Collectors.toMap(Member::accountId, Member::name));
    record Placed(UUID child, UUID account, LocalDate on) {}
    var rows = jdbc.sql("select child_id, account_id, assigned_on from inclusion.caseload where room_id = :r and ended_on is null order by assigned_on")
        .param("r", roomId).query((rs, n) -> new Placed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)))
        .list();
    var children = childNames(rows.stream().map(Placed::child).toList());
    var caseload = rows.stream().map(r -> new Assignment(r.child(), children.getOrDefault(r.child(), ""), r.account(),
        names.getOrDefault(r.account(), ""), r.on())).toList();
    var schedule = jdbc.sql("select id, weekday, starts_at, ends_at, account_id, activity from inclusion.schedule_slot where room_id = :r order by weekday, starts_at")
        .param("r", roomId).query((rs, n) -> new Slot(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, LocalTime.class),
            rs.getObject(4, LocalTime.class), names.getOrDefault(rs.getObject(5, UUID.class), ""), rs.getString(6))).list();
    record Held(UUID id, LocalDate on, UUID child, UUID account, int minutes, String goal, String note) {}
    var sessionRows = jdbc.sql("""
        select s.id, s.held_on, s.child_id, s.account_id, s.minutes, g.description, s.note from inclusion.support_session s
          left join inclusion.iep_goal g on g.id = s.goal_id where s.room_id = :r order by s.held_on desc, s.recorded_at desc limit 50""")
        .param("r", roomId).query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class),
            rs.getObject(4, UUID.class), rs.getInt(5), rs.getString(6), rs.getString(7))).list();
    var sessionChildren = childNames(sessionRows.stream().map(Held::child).distinct().toList());
    var sessions = sessionRows.stream().map(r -> new Session(r.id(), r.on(), sessionChildren.getOrDefault(r.child(), ""),
        names.getOrDefault(r.account(), ""), r.minutes(), r.goal(), r.note())).toList();
    var candidates = manage ? registry.staff(room.schoolId()).stream()
        .filter(s -> s.accountId() != null && (s.position().equals("tutor") || s.position().equals("specialist"))).toList() : List.<StaffCard>of();
    return new RoomView(room, members, caseload, schedule, sessions, schoolCaseload(room.schoolId()), cap, manage, staff, candidates);
  }

  /** The room the calling tutor or specialist works in (the first, when several). */
  public java.util.Optional<UUID> myRoom() {
    return jdbc.sql("""
        select r.id from inclusion.room_staff m join inclusion.support_room r on r.id = m.room_id where m.account_id = :a order by r.name limit 1""")
        .param("a", access.caller().accountId()).query(UUID.class).optional();
  }

  @Transactional
  public void addStaff(UUID roomId, UUID accountId) {
    var room = room(roomId);
    access.teamWrite(room.schoolId(), "room.staff");
    var member = registry.staff(room.schoolId()).stream().filter(s -> accountId != null && accountId.equals(s.accountId()))
        .filter(s -> s.position().equals("tutor") || s.position().equals("specialist")).findFirst()
        .orElseThrow(() -> ValidationException.of("accountId", "validation.room.notSupportStaff"));
    jdbc.sql("insert into inclusion.room_staff (room_id, account_id, name, position) values (:r, :a, :n, :p) on conflict do nothing")
        .param("r", roomId).param("a", accountId).param("n", member.givenName() + " " + member.familyName()).param("p", member.position()).update();
  }

  /** A child into a staff member's caseload; past the school's cap only with confirmation. */
  @Transactional
  public void assign(UUID roomId, UUID childId, UUID accountId, boolean confirmOverCap) {
    var room = room(roomId);
    access.teamWrite(room.schoolId(), "caseload");
    var child = registry.visibleChild(childId).filter(c -> c.schoolId().equals(room.schoolId()))
        .orElseThrow(() -> ValidationException.of("childId", "validation.room.notOfSchool"));
    if (!isMember(roomId, accountId)) {
      throw ValidationException.of("accountId", "validation.room.notStaff");
    }
    consents.require(childId);
    boolean alreadyCounted = jdbc.sql("select count(*) from inclusion.caseload where school_id = :s and child_id = :c and ended_on is null")
        .param("s", room.schoolId()).param("c", childId).query(Long.class).single() > 0;
    if (!alreadyCounted && schoolCaseload(room.schoolId()) >= cap && !confirmOverCap) {
      throw ValidationException.of("confirm", "validation.room.overCap", cap);
    }
    jdbc.sql("""
        insert into inclusion.caseload (room_id, child_id, school_id, account_id, assigned_on) values (:r, :c, :s, :a, :on)
        on conflict (room_id, child_id, account_id) do update set ended_on = null, assigned_on = excluded.assigned_on""")
        .param("r", roomId).param("c", child.id()).param("s", room.schoolId()).param("a", accountId).param("on", Calendar.today()).update();
  }

  @Transactional
  public void unassign(UUID roomId, UUID childId, UUID accountId) {
    var room = room(roomId);
    access.teamWrite(room.schoolId(), "caseload");
    jdbc.sql("update inclusion.caseload set ended_on = :on where room_id = :r and child_id = :c and account_id = :a and ended_on is null")
        .param("on", Calendar.today()).param("r", roomId).param("c", childId).param("a", accountId).update();
  }

  @Transactional
  public UUID addSlot(UUID roomId, SlotForm form) {
    var room = room(roomId);
    access.teamWrite(room.schoolId(), "schedule");
    new Validation().required("weekday", form.weekday()).range("weekday", form.weekday(), 1, 7).required("startsAt", form.startsAt())
        .required("endsAt", form.endsAt())
        .check(form.startsAt() == null || form.endsAt() == null || form.endsAt().isAfter(form.startsAt()), "endsAt", "validation.room.endBeforeStart")
        .check(isMember(roomId, form.accountId()), "accountId", "validation.room.notStaff")
        .required("activity", Text.blankToNull(form.activity())).maxLength("activity", form.activity(), 200).throwIfInvalid();
    UUID id = Ids.newId();
    jdbc.sql("insert into inclusion.schedule_slot (id, room_id, weekday, starts_at, ends_at, account_id, activity) values (:id, :r, :w, :s, :e, :a, :act)")
        .param("id", id).param("r", roomId).param("w", form.weekday()).param("s", form.startsAt()).param("e", form.endsAt())
        .param("a", form.accountId()).param("act", form.activity().strip()).update();
    return id;
  }

  /** A tutor or specialist of the room logs a session with a child of their caseload; a progress value goes to the goal's chart. */
  @Transactional
  public UUID logSession(UUID roomId, SessionForm form) {
    var room = room(roomId);
    var caller = access.caller();
    boolean mine = form.childId() != null && jdbc.sql("""
        select count(*) from inclusion.caseload where room_id = :r and child_id = :c and account_id = :a and ended_on is null""")
        .param("r", roomId).param("c", form.childId()).param("a", caller.accountId()).query(Long.class).single() > 0;
    if (!isStaff(roomId)) {
      throw new AccessDeniedException();
    }
    new Validation().check(mine, "childId", "validation.room.notInCaseload").required("heldOn", form.heldOn())
        .check(form.heldOn() == null || !form.heldOn().isAfter(Calendar.today()), "heldOn", "validation.date.future")
        .required("minutes", form.minutes()).range("minutes", form.minutes(), 1, 600)
        .check(form.progress() == null || form.goalId() != null, "goalId", "validation.room.progressNeedsGoal")
        .check(form.goalId() == null || form.childId() == null || goalsOf(form.childId()).contains(form.goalId()), "goalId", "validation.choice")
        .maxLength("note", form.note(), 2000).throwIfInvalid();
    access.support(form.childId(), "session");
    consents.require(form.childId());
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into inclusion.support_session (id, room_id, school_id, child_id, account_id, held_on, minutes, goal_id, note)
        values (:id, :r, :s, :c, :a, :on, :m, :g, :n)""")
        .param("id", id).param("r", roomId).param("s", room.schoolId()).param("c", form.childId()).param("a", caller.accountId())
        .param("on", form.heldOn()).param("m", form.minutes()).param("g", form.goalId()).param("n", Text.blankToNull(form.note())).update();
    if (form.progress() != null) {
      progress.fromSession(form.goalId(), form.childId(), form.heldOn(), form.progress(), form.note(), id);
    }
    return id;
  }

  /** The goals of plans in force of the children in the caller's caseload of this room, for the session form. */
  public Map<UUID, List<IepStore.Goal>> goalsOfMyCaseload(UUID roomId) {
    var children = jdbc.sql("select child_id from inclusion.caseload where room_id = :r and account_id = :a and ended_on is null")
        .param("r", roomId).param("a", access.caller().accountId()).query(UUID.class).list();
    var goals = new java.util.HashMap<UUID, List<IepStore.Goal>>();
    store.inForceOf(children).forEach(i -> goals.put(i.childId(), i.goals()));
    return goals;
  }

  private List<UUID> goalsOf(UUID childId) {
    return store.inForceOf(List.of(childId)).stream().flatMap(i -> i.goals().stream()).map(IepStore.Goal::id).toList();
  }

  /** A child whose consent is withdrawn leaves every caseload. */
  @org.springframework.context.event.EventListener
  void on(Consents.ConsentWithdrawn withdrawn) {
    jdbc.sql("update inclusion.caseload set ended_on = :today where child_id = :c and ended_on is null")
        .param("today", Calendar.today()).param("c", withdrawn.childId()).update();
  }

  private Map<UUID, String> childNames(List<UUID> ids) {
    return registry.children(ids).stream().collect(Collectors.toMap(ChildCard::id, c -> c.familyName() + " " + c.givenName(), (a, b) -> a));
  }

  private long schoolCaseload(UUID schoolId) {
    return jdbc.sql("select count(distinct child_id) from inclusion.caseload where school_id = :s and ended_on is null").param("s", schoolId)
        .query(Long.class).single();
  }

  private boolean isMember(UUID roomId, UUID accountId) {
    return accountId != null && jdbc.sql("select count(*) from inclusion.room_staff where room_id = :r and account_id = :a")
        .param("r", roomId).param("a", accountId).query(Long.class).single() > 0;
  }

  private boolean isStaff(UUID roomId) {
    return isMember(roomId, access.caller().accountId());
  }

  private boolean isStaffOfAnyRoom(UUID schoolId) {
    return jdbc.sql("""
        select count(*) from inclusion.room_staff m join inclusion.support_room r on r.id = m.room_id where r.school_id = :s and m.account_id = :a""")
        .param("s", schoolId).param("a", access.caller().accountId()).query(Long.class).single() > 0;
  }

  private Room room(UUID roomId) {
    return jdbc.sql("select id, school_id, name, location from inclusion.support_room where id = :r").param("r", roomId)
        .query((rs, n) -> new Room(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4))).optional()
        .orElseThrow(() -> new NotFoundException("support room " + roomId));
  }
}
