package org.erdem.mastery.api;

import java.util.List;
import java.util.UUID;
import org.erdem.mastery.internal.MasteryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class MasteryApi {
  private final MasteryService mastery;
  private final org.erdem.mastery.internal.RemediationPlans plans;

  MasteryApi(MasteryService mastery, org.erdem.mastery.internal.RemediationPlans plans) {
    this.mastery = mastery;
    this.plans = plans;
  }

  @GetMapping("/me/progress")
  List<MasteryService.Estimate> mine() {
    return mastery.mine();
  }

  @GetMapping("/children/{id}/gaps")
  List<MasteryService.Gap> gaps(@PathVariable UUID id) {
    return mastery.gaps(id);
  }

  @GetMapping("/classes/{id}/mastery")
  MasteryService.HeatMap heatMap(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) String subject) {
    return mastery.heatMap(id, subject);
  }

  @org.springframework.web.bind.annotation.PostMapping("/children/{id}/plans")
  org.springframework.http.ResponseEntity<org.erdem.mastery.internal.RemediationPlans.Plan> propose(@PathVariable UUID id) {
    UUID plan = plans.propose(id);
    return org.springframework.http.ResponseEntity.created(java.net.URI.create("/api/v1/plans/" + plan)).body(plans.get(plan));
  }

  @GetMapping("/plans/{id}")
  org.erdem.mastery.internal.RemediationPlans.Plan plan(@PathVariable UUID id) {
    return plans.get(id);
  }

  @org.springframework.web.bind.annotation.PostMapping("/plans/{id}/approve")
  org.erdem.mastery.internal.RemediationPlans.Plan approve(@PathVariable UUID id) {
    plans.approve(id);
    return plans.get(id);
  }

  @org.springframework.web.bind.annotation.DeleteMapping("/plans/{id}/steps/{position}")
  org.erdem.mastery.internal.RemediationPlans.Plan removeStep(@PathVariable UUID id, @PathVariable int position) {
    plans.removeStep(id, position);
    return plans.get(id);
  }

  @GetMapping("/me/plans")
  List<org.erdem.mastery.internal.RemediationPlans.Plan> myPlans() {
    return plans.mine();
  }

  @GetMapping("/children/{id}/mastery")
  List<MasteryService.Estimate> child(@PathVariable UUID id) {
    return mastery.forChild(id);
  }
}
