package org.erdem.inclusion.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.erdem.inclusion.internal.ClassAccommodations;
import org.erdem.inclusion.internal.Consents;
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

  InclusionApi(SenRecords records, Consents consents, SenProfiles profiles, Ieps ieps, ClassAccommodations classes) {
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

  @GetMapping("/classes/{id}/accommodations")
  List<ClassAccommodations.ChildAccommodations> accommodations(@PathVariable UUID id) {
    return classes.of(id);
  }

  @GetMapping("/schools/{id}/sen-register")
  SenRecords.Register register(@PathVariable UUID id) {
    return records.register(id);
  }
}
