package org.erdem.mastery.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.erdem.mastery.internal.AchievementOverview;
import org.erdem.mastery.internal.Achievements;
import org.erdem.mastery.internal.ClassMastery;
import org.erdem.mastery.internal.KnowledgeGaps;
import org.erdem.mastery.internal.MasteryService;
import org.erdem.mastery.internal.RemediationPlans;
import org.erdem.mastery.internal.RemediationPlans.Plan;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Mastery, achievement, gaps and plans over JSON, with the same access rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class MasteryApi {
  private final MasteryService mastery;
  private final Achievements achievements;
  private final KnowledgeGaps gaps;
  private final ClassMastery classes;
  private final RemediationPlans plans;
  private final AchievementOverview overview;

  MasteryApi(MasteryService mastery, Achievements achievements, KnowledgeGaps gaps, ClassMastery classes, RemediationPlans plans,
      AchievementOverview overview) {
    this.mastery = mastery;
    this.achievements = achievements;
    this.gaps = gaps;
    this.classes = classes;
    this.plans = plans;
    this.overview = overview;
  }

  record ChildGroupPlan(UUID outcomeId, List<UUID> childIds) {}

  record LessonChoice(UUID lessonId) {}

  @GetMapping("/me/progress")
  List<MasteryService.Estimate> mine() {
    return mastery.mine();
  }

  @GetMapping("/me/achievement")
  List<Achievements.Standing> myAchievement() {
    return achievements.mine();
  }

  @GetMapping("/me/plans")
  List<Plan> myPlans() {
    return plans.mine();
  }

  @GetMapping("/children/{id}/mastery")
  List<MasteryService.Estimate> child(@PathVariable UUID id) {
    return mastery.forChild(id);
  }

  @GetMapping("/children/{id}/achievement")
  List<Achievements.Standing> childAchievement(@PathVariable UUID id) {
    return achievements.forChild(id);
  }

  @GetMapping("/children/{id}/gaps")
  List<KnowledgeGaps.Gap> gaps(@PathVariable UUID id) {
    return gaps.of(id);
  }

  @GetMapping("/children/{id}/plans")
  List<Plan> childPlans(@PathVariable UUID id) {
    return plans.forChild(id);
  }

  @PostMapping("/children/{id}/plans")
  ResponseEntity<Plan> propose(@PathVariable UUID id) {
    return created(plans.propose(id));
  }

  @GetMapping("/classes/{id}/mastery")
  ClassMastery.HeatMap heatMap(@PathVariable UUID id, @RequestParam(required = false) String subject) {
    return classes.heatMap(id, subject);
  }

  @GetMapping("/classes/{id}/mastery/overview")
  ClassMastery.Overview classOverview(@PathVariable UUID id, @RequestParam(required = false) String subject) {
    return classes.overview(id, subject);
  }

  @PostMapping("/classes/{id}/plans")
  ResponseEntity<Plan> proposeForGroup(@PathVariable UUID id, @RequestBody ChildGroupPlan body) {
    return created(plans.proposeForGroup(id, body.outcomeId(), body.childIds() == null ? List.of() : body.childIds()));
  }

  @GetMapping("/plans/{id}")
  Plan plan(@PathVariable UUID id) {
    return plans.get(id);
  }

  @PostMapping("/plans/{id}/approve")
  Plan approve(@PathVariable UUID id) {
    plans.approve(id);
    return plans.get(id);
  }

  @DeleteMapping("/plans/{id}/steps/{position}")
  Plan removeStep(@PathVariable UUID id, @PathVariable int position) {
    plans.removeStep(id, position);
    return plans.get(id);
  }

  @PutMapping("/plans/{id}/steps/{position}/lesson")
  Plan chooseLesson(@PathVariable UUID id, @PathVariable int position, @RequestBody LessonChoice body) {
    plans.chooseLesson(id, position, body.lessonId());
    return plans.get(id);
  }

  @GetMapping("/org-units/{id}/achievement")
  AchievementOverview.Overview achievement(@PathVariable UUID id, @RequestParam(required = false) String subject,
      @RequestParam(required = false) Integer grade) {
    return overview.of(id, subject, grade);
  }

  private ResponseEntity<Plan> created(UUID plan) {
    return ResponseEntity.created(URI.create("/api/v1/plans/" + plan)).body(plans.get(plan));
  }
}
