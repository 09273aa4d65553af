package org.erdem.inclusion.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.erdem.inclusion.internal.ClassAccommodations;
import org.erdem.inclusion.internal.Consents;
import org.erdem.inclusion.internal.GoalProgress;
import org.erdem.inclusion.internal.PeerSupport;
import org.erdem.inclusion.internal.Supervision;
import org.erdem.inclusion.internal.SupportRooms;
import org.erdem.inclusion.internal.IepForm;
import org.erdem.inclusion.internal.IepStore;
import org.erdem.inclusion.internal.Ieps;
import org.erdem.inclusion.internal.SenProfiles;
import org.erdem.inclusion.internal.SenRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Consents, SEN records and IEPs over JSON, with the same need-to-know as the pages; every read audited. */
@RestController
@RequestMapping("/api/v1")
class InclusionApi {
  private final SenRecords records;
  private final Consents consents;
  private final SenProfiles profiles;
  private final Ieps ieps;
  private final ClassAccommodations classes;
  private final GoalProgress progress;
  private final SupportRooms rooms;
  private final Supervision supervision;
  private final PeerSupport peers;

  InclusionApi(SenRecords records, Consents consents, SenProfiles profiles, Ieps ieps, ClassAccommodations classes, GoalProgress progress,
      SupportRooms rooms, Supervision supervision, PeerSupport peers) {
    this.supervision = supervision;
    this.peers = peers;
    this.progress = progress;
    this.rooms = rooms;
    this.records = records;
    this.consents = consents;
    this.profiles = profiles;
    this.ieps = ieps;
    this.classes = classes;
  }

  @GetMapping("/children/{id}/sen")
  SenRecords.SenRecord record(@PathVariable UUID id) {
    return records.of(id);
  }

  @PostMapping("/children/{id}/consents")
  ResponseEntity<List<Consents.Consent>> paperConsent(@PathVariable UUID id, @RequestBody Consents.PaperConsent body) {
    consents.recordPaper(id, body);
    return ResponseEntity.status(201).body(consents.of(id));
  }

  @PostMapping("/children/{id}/consents/online")
  ResponseEntity<Void> onlineConsent(@PathVariable UUID id) {
    consents.giveOnline(id);
    return ResponseEntity.status(201).build();
  }

  @PostMapping("/children/{id}/consents/withdraw")
  ResponseEntity<Void> withdraw(@PathVariable UUID id) {
    consents.withdraw(id);
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/children/{id}/sen-profile")
  SenProfiles.Record profile(@PathVariable UUID id, @RequestBody SenProfiles.Profile body) {
    profiles.saveProfile(id, body);
    return profiles.of(id);
  }

  @PostMapping("/children/{id}/referrals")
  ResponseEntity<SenProfiles.Record> referral(@PathVariable UUID id, @RequestBody SenProfiles.Referral body) {
    profiles.addReferral(id, body);
    return ResponseEntity.status(201).body(profiles.of(id));
  }

  @PostMapping("/children/{id}/assessments")
  ResponseEntity<SenProfiles.Record> assessment(@PathVariable UUID id, @RequestBody SenProfiles.Assessment body) {
    profiles.addAssessment(id, body);
    return ResponseEntity.status(201).body(profiles.of(id));
  }

  @PostMapping("/children/{id}/ieps")
  ResponseEntity<IepStore.Iep> createIep(@PathVariable UUID id, @RequestBody IepForm body) {
    UUID iep = ieps.create(id, body);
    return ResponseEntity.created(URI.create("/api/v1/ieps/" + iep)).body(ieps.get(iep));
  }

  @GetMapping("/ieps/{id}")
  IepStore.Iep iep(@PathVariable UUID id) {
    return ieps.get(id);
  }

  @PutMapping("/ieps/{id}")
  IepStore.Iep updateIep(@PathVariable UUID id, @RequestBody IepForm body) {
    ieps.update(id, body);
    return ieps.get(id);
  }

  @PostMapping("/ieps/{id}/activate")
  IepStore.Iep activate(@PathVariable UUID id) {
    ieps.activate(id);
    return ieps.get(id);
  }

  @PostMapping("/ieps/{id}/review")
  IepStore.Iep review(@PathVariable UUID id) {
    ieps.startReview(id);
    return ieps.get(id);
  }

  @PostMapping("/ieps/{id}/close")
  IepStore.Iep close(@PathVariable UUID id) {
    ieps.close(id);
    return ieps.get(id);
  }

  @GetMapping("/ieps/{id}/versions")
  List<Ieps.Version> versions(@PathVariable UUID id) {
    return ieps.versions(id);
  }

  record DataPoint(java.time.LocalDate recordedOn, java.math.BigDecimal value, String note) {}

  record NewRoom(String name, String location) {}

  record StaffMember(UUID accountId) {}

  record CaseloadEntry(UUID childId, UUID accountId, boolean confirmOverCap) {}

  @GetMapping("/ieps/{id}/progress")
  java.util.Map<UUID, GoalProgress.Series> progress(@PathVariable UUID id) {
    return progress.forPlan(id);
  }

  @PostMapping("/goals/{id}/progress")
  ResponseEntity<java.util.Map<UUID, GoalProgress.Series>> recordProgress(@PathVariable UUID id, @RequestBody DataPoint body) {
    UUID iep = progress.record(id, body.recordedOn(), body.value(), body.note());
    return ResponseEntity.status(201).body(progress.forPlan(iep));
  }

  @GetMapping("/schools/{id}/support-rooms")
  SupportRooms.SchoolRooms rooms(@PathVariable UUID id) {
    return rooms.ofSchool(id);
  }

  @PostMapping("/schools/{id}/support-rooms")
  ResponseEntity<SupportRooms.RoomView> createRoom(@PathVariable UUID id, @RequestBody NewRoom body) {
    UUID room = rooms.create(id, body.name(), body.location());
    return ResponseEntity.created(URI.create("/api/v1/support-rooms/" + room)).body(rooms.view(room));
  }

  @GetMapping("/support-rooms/{id}")
  SupportRooms.RoomView room(@PathVariable UUID id) {
    return rooms.view(id);
  }

  @PostMapping("/support-rooms/{id}/staff")
  SupportRooms.RoomView addStaff(@PathVariable UUID id, @RequestBody StaffMember body) {
    rooms.addStaff(id, body.accountId());
    return rooms.view(id);
  }

  @PostMapping("/support-rooms/{id}/caseload")
  SupportRooms.RoomView assign(@PathVariable UUID id, @RequestBody CaseloadEntry body) {
    rooms.assign(id, body.childId(), body.accountId(), body.confirmOverCap());
    return rooms.view(id);
  }

  @PostMapping("/support-rooms/{id}/schedule")
  SupportRooms.RoomView slot(@PathVariable UUID id, @RequestBody SupportRooms.SlotForm body) {
    rooms.addSlot(id, body);
    return rooms.view(id);
  }

  @PostMapping("/support-rooms/{id}/sessions")
  ResponseEntity<SupportRooms.RoomView> session(@PathVariable UUID id, @RequestBody SupportRooms.SessionForm body) {
    rooms.logSession(id, body);
    return ResponseEntity.status(201).body(rooms.view(id));
  }

  record Buddy(UUID childId, UUID buddyId) {}

  record Council(UUID childId, String role) {}

  @GetMapping("/supervision/{nodeId}")
  List<Supervision.SchoolStatus> supervisionStatus(@PathVariable UUID nodeId) {
    return supervision.schools(nodeId);
  }

  @GetMapping("/schools/{id}/supervision-visits")
  List<Supervision.Visit> visits(@PathVariable UUID id) {
    return supervision.ofSchool(id);
  }

  @PostMapping("/schools/{id}/supervision-visits")
  ResponseEntity<Supervision.Visit> recordVisit(@PathVariable UUID id, @RequestBody Supervision.VisitForm body) {
    UUID visit = supervision.record(id, body);
    return ResponseEntity.created(URI.create("/api/v1/supervision-visits/" + visit)).body(supervision.get(visit));
  }

  @GetMapping("/supervision-visits/{id}")
  Supervision.Visit visit(@PathVariable UUID id) {
    return supervision.get(id);
  }

  @PostMapping("/follow-ups/{id}/done")
  ResponseEntity<Void> followUpDone(@PathVariable UUID id) {
    supervision.done(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/schools/{id}/participation")
  PeerSupport.Participation participation(@PathVariable UUID id) {
    return peers.of(id);
  }

  @PostMapping("/schools/{id}/buddies")
  ResponseEntity<PeerSupport.Participation> pair(@PathVariable UUID id, @RequestBody Buddy body) {
    peers.pair(id, body.childId(), body.buddyId());
    return ResponseEntity.status(201).body(peers.of(id));
  }

  @PostMapping("/schools/{id}/council")
  PeerSupport.Participation council(@PathVariable UUID id, @RequestBody Council body) {
    peers.joinCouncil(id, body.childId(), body.role());
    return peers.of(id);
  }

  @PostMapping("/schools/{id}/awareness")
  ResponseEntity<PeerSupport.Participation> awareness(@PathVariable UUID id, @RequestBody PeerSupport.ActivityForm body) {
    peers.addActivity(id, body);
    return ResponseEntity.status(201).body(peers.of(id));
  }

  @GetMapping("/classes/{id}/accommodations")
  List<ClassAccommodations.ChildAccommodations> accommodations(@PathVariable UUID id) {
    return classes.of(id);
  }

  @GetMapping("/schools/{id}/sen-register")
  SenRecords.Register register(@PathVariable UUID id) {
    return records.register(id);
  }
}
