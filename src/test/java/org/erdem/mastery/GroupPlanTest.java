package org.erdem.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.mastery.internal.ClassMastery;
import org.erdem.mastery.internal.RemediationPlans;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** One plan for the children of a class who share a gap; each child's part closes on its own, the plan with the last. */
@IntegrationTest
class GroupPlanTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ClassMastery classes;
  @Autowired RemediationPlans plans;
  @Autowired Curriculum curriculum;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate tx;

  @Test
  void aGroupSharingAGapFollowsOnePlan() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var answers = new MasteryTestData(publisher, curriculum, tx);
    var room = data.classroomWithPupil();
    UUID school = room.school().id();
    UUID first = room.child();
    UUID second = data.child(room.school(), room.classId(), "Болд");
    UUID third = data.child(room.school(), room.classId(), "Сараа");
    String secondStudent = data.studentAccount(second, room.school(), "student2");
    String guardian = data.guardianOf(first, "father");
    for (UUID child : List.of(first, second, third)) {
      answers.answers(child, school, "MATH.5.FRA.1", false, true);
    }
    // The first two share gaps on grade-3 and grade-4 fractions; the third knows grade-3 fractions.
    answers.answers(first, school, "MATH.3.FRA.1", false, false);
    answers.answers(second, school, "MATH.3.FRA.1", false);
    answers.masters(third, school, "MATH.3.FRA.1");
    for (UUID child : List.of(first, second, third)) {
      answers.answers(child, school, "MATH.4.FRA.1", false);
    }

    var overview = As.user(room.teacher(), () -> classes.overview(room.classId(), "math"));
    var shared = overview.commonGaps().stream().filter(g -> g.outcome().code().equals("MATH.4.FRA.1")).findFirst().orElseThrow();
    assertThat(shared.children()).extracting(c -> c.id()).containsExactlyInAnyOrder(first, second, third);
    UUID grade3 = curriculum.findOutcomeByCode("MATH.3.FRA.1").orElseThrow().id();
    UUID grade4 = shared.outcome().id();

    assertThatThrownBy(() -> As.user(room.teacher(), () -> plans.proposeForGroup(room.classId(), grade3, List.of(first, third))))
        .as("the third child has no gap on grade-3 fractions").isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> As.user(room.teacher(), () -> plans.proposeForGroup(room.classId(), grade3, List.of())))
        .isInstanceOf(ValidationException.class);
    String otherTeacher = new RegistryTestData(jdbc, accounts, guardianships).classroomWithPupil().teacher();
    assertThatThrownBy(() -> As.user(otherTeacher, () -> plans.proposeForGroup(room.classId(), grade3, List.of(first, second))))
        .isInstanceOf(AccessDeniedException.class);

    UUID own = As.user(room.teacher(), () -> plans.propose(first));
    assertThat(As.user(room.teacher(), () -> plans.get(own)).steps()).as("prerequisites and earlier grades first")
        .extracting(s -> s.outcome().code()).containsExactly("MATH.3.FRA.1", "MATH.4.FRA.1");

    UUID planId = As.user(room.teacher(), () -> plans.proposeForGroup(room.classId(), grade3, List.of(first, second)));
    var plan = As.user(room.teacher(), () -> plans.get(planId));
    assertThat(plan.isGroup()).isTrue();
    assertThat(plan.steps()).extracting(s -> s.outcome().code()).containsExactly("MATH.3.FRA.1");
    assertThat(plan.members()).extracting(RemediationPlans.Member::childId).containsExactlyInAnyOrder(first, second);
    assertThatThrownBy(() -> As.user(guardian, () -> plans.get(planId))).as("a parent does not see the other children of a group")
        .isInstanceOf(AccessDeniedException.class);

    UUID wider = As.user(room.teacher(), () -> plans.proposeForGroup(room.classId(), grade4, List.of(first, second, third)));
    assertThat(As.user(room.teacher(), () -> plans.get(wider)).steps()).as("the grade-3 gap is not shared by all three")
        .extracting(s -> s.outcome().code()).containsExactly("MATH.4.FRA.1");

    As.user(room.teacher(), () -> plans.approve(planId));
    assertThat(As.user(secondStudent, () -> plans.mine())).singleElement().satisfies(p -> {
      assertThat(p.members()).as("a child sees only their own part").extracting(RemediationPlans.Member::childId).containsExactly(second);
      assertThat(p.nextFor(second).outcome().code()).isEqualTo("MATH.3.FRA.1");
    });
    assertThat(As.user(guardian, () -> plans.forChild(first))).singleElement()
        .satisfies(p -> assertThat(p.members()).extracting(RemediationPlans.Member::childId).containsExactly(first));

    answers.masters(first, school, "MATH.3.FRA.1");
    var half = As.user(room.teacher(), () -> plans.get(planId));
    assertThat(half.status()).isEqualTo("approved");
    assertThat(half.member(first).closedAt()).isNotNull();
    assertThat(half.doneBy(0)).isEqualTo(1);
    answers.masters(second, school, "MATH.3.FRA.1");
    assertThat(As.user(room.teacher(), () -> plans.get(planId)).status()).isEqualTo("closed");
    assertThat(As.user(room.teacher(), () -> classes.overview(room.classId(), "math")).plans()).extracting(RemediationPlans.Plan::id)
        .as("the closed plan leaves the list in progress; the proposed ones stay").containsExactlyInAnyOrder(wider, own);
  }
}
