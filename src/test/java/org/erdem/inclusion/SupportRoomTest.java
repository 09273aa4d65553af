package org.erdem.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.inclusion.internal.Consents;
import org.erdem.inclusion.internal.GoalProgress;
import org.erdem.inclusion.internal.Ieps;
import org.erdem.inclusion.internal.SupportRooms;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A support room: staff, a caseload held to the school's cap, a schedule, and sessions whose progress values move the goal's chart. */
@IntegrationTest
class SupportRoomTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired Consents consents;
  @Autowired Ieps ieps;
  @Autowired SupportRooms rooms;
  @Autowired GoalProgress progress;

  @Test
  void sessionsFeedGoalProgressAndTheCapNeedsConfirmation() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var room = data.classroomWithPupil();
    UUID child = room.child();
    String coordinator = data.user("sen", Role.SEN_COORDINATOR, room.school().id());
    String tutor = data.classStaff(room.school(), room.classId(), "tutor", Role.TUTOR);
    String otherTutor = data.classStaff(room.school(), room.classId(), "tutor2", Role.TUTOR);
    UUID tutorAccount = data.accountId(tutor);
    As.user(coordinator, () -> consents.recordPaper(child, new Consents.PaperConsent("Эх", LocalDate.now().minusDays(2))));
    UUID iep = As.user(coordinator, () -> ieps.create(child, InclusionTestData.plan(Map.of("breaks", 0))));
    As.user(coordinator, () -> ieps.activate(iep));
    UUID goal = As.user(coordinator, () -> ieps.get(iep)).goals().get(0).id();

    assertThatThrownBy(() -> As.user(tutor, () -> rooms.create(room.school().id(), "Танхим", null))).isInstanceOf(AccessDeniedException.class);
    UUID supportRoom = As.user(coordinator, () -> rooms.create(room.school().id(), "Танхим", "104"));
    assertThatThrownBy(() -> As.user(coordinator, () -> rooms.create(room.school().id(), "Танхим", null))).isInstanceOf(ValidationException.class);
    As.user(coordinator, () -> rooms.addStaff(supportRoom, tutorAccount));
    assertThatThrownBy(() -> As.user(coordinator, () -> rooms.addStaff(supportRoom, data.accountId(room.teacher()))))
        .as("only tutors and specialists work in the room").isInstanceOf(ValidationException.class);
    As.user(coordinator, () -> rooms.assign(supportRoom, child, tutorAccount, false));
    assertThatThrownBy(() -> As.user(coordinator, () -> rooms.addSlot(supportRoom,
        new SupportRooms.SlotForm(1, LocalTime.of(11, 0), LocalTime.of(10, 0), tutorAccount, "Уншлага")))).isInstanceOf(ValidationException.class);
    As.user(coordinator, () -> rooms.addSlot(supportRoom, new SupportRooms.SlotForm(1, LocalTime.of(10, 0), LocalTime.of(10, 40), tutorAccount, "Уншлага")));

    As.user(tutor, () -> rooms.logSession(supportRoom, new SupportRooms.SessionForm(child, LocalDate.now().minusDays(7), 30, goal, new BigDecimal("4"), "4/10")));
    As.user(tutor, () -> rooms.logSession(supportRoom, new SupportRooms.SessionForm(child, LocalDate.now(), 30, goal, new BigDecimal("6"), "6/10")));
    var series = As.user(coordinator, () -> progress.forPlan(iep)).get(goal);
    assertThat(series.points()).extracting(p -> p.value().intValue()).containsExactly(4, 6);
    assertThat(series.chart().dots()).hasSize(2);
    assertThat(series.chart().dots().get(1).y()).as("the chart moves up").isLessThan(series.chart().dots().get(0).y());
    // Removing the first goal leaves the second one's data where it was: progress belongs to a goal, not to a place in the list.
    var saved = As.user(coordinator, () -> ieps.formOf(ieps.get(iep)));
    As.user(coordinator, () -> ieps.update(iep, new org.erdem.inclusion.internal.IepForm(saved.presentLevels(), saved.startsOn(), saved.reviewOn(),
        saved.endsOn(), saved.goals().subList(1, 2), saved.accommodations(), saved.services(), saved.people())));
    var after = As.user(coordinator, () -> progress.forPlan(iep));
    assertThat(after).doesNotContainKey(goal);
    assertThat(after.values()).singleElement().satisfies(s -> assertThat(s.points()).isEmpty());
    var view = As.user(tutor, () -> rooms.view(supportRoom));
    assertThat(view.sessions()).hasSize(2);
    assertThat(view.schedule()).hasSize(1);

    assertThatThrownBy(() -> As.user(otherTutor, () -> rooms.logSession(supportRoom,
        new SupportRooms.SessionForm(child, LocalDate.now(), 30, null, null, null)))).as("not staff of the room").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(room.teacher(), () -> rooms.view(supportRoom))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(tutor, () -> rooms.logSession(supportRoom,
        new SupportRooms.SessionForm(child, LocalDate.now().plusDays(2), 30, null, new BigDecimal("1"), null)))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field()).contains("heldOn", "goalId"));

    // The cap: past it only with a confirmation.
    int cap = 40;
    for (int i = 1; i < cap; i++) {
      UUID another = data.child(room.school(), room.classId(), "Хүүхэд" + i);
      As.user(coordinator, () -> {
        consents.recordPaper(another, new Consents.PaperConsent("Эх", LocalDate.now().minusDays(2)));
        rooms.assign(supportRoom, another, tutorAccount, false);
      });
    }
    UUID oneMore = data.child(room.school(), room.classId(), "Нэмэлт");
    assertThatThrownBy(() -> As.user(coordinator, () -> rooms.assign(supportRoom, oneMore, tutorAccount, true)))
        .as("no caseload without consent").isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey()).isEqualTo("validation.sen.noConsent"));
    As.user(coordinator, () -> consents.recordPaper(oneMore, new Consents.PaperConsent("Эх", LocalDate.now().minusDays(2))));
    assertThatThrownBy(() -> As.user(coordinator, () -> rooms.assign(supportRoom, oneMore, tutorAccount, false))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey()).isEqualTo("validation.room.overCap"));
    As.user(coordinator, () -> rooms.assign(supportRoom, oneMore, tutorAccount, true));
    assertThat(As.user(coordinator, () -> rooms.view(supportRoom)).overCap()).isTrue();
  }
}
