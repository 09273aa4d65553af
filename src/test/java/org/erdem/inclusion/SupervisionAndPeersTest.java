package org.erdem.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.inclusion.internal.Consents;
import org.erdem.inclusion.internal.PeerSupport;
import org.erdem.inclusion.internal.SenProfiles;
import org.erdem.inclusion.internal.Supervision;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Annual supervision visits with follow-ups, schools due and overdue; buddies, council and awareness activities. */
@IntegrationTest
class SupervisionAndPeersTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired Supervision supervision;
  @Autowired PeerSupport peers;
  @Autowired Consents consents;
  @Autowired SenProfiles profiles;

  @Test
  void aVisitWithFollowUpsAndTheSchoolsDueOrOverdue() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var aimag = data.aimag("A");
    var soum = data.soum(aimag, "S");
    var visited = data.school(soum, "V");
    var never = data.school(soum, "N");
    String supervisor = data.user("supervisor", Role.SUPERVISOR, aimag.id());
    String coordinator = data.user("sen", Role.SEN_COORDINATOR, visited.id());
    String teacher = data.user("teacher", Role.TEACHER, visited.id());
    var today = LocalDate.now().minusDays(1);
    var checklist = supervision.checklist();
    var items = List.of(new Supervision.Item(checklist.get(0), "partly", "no ramp"), new Supervision.Item(checklist.get(1), "met", null));

    assertThatThrownBy(() -> As.user(supervisor, () -> supervision.record(visited.id(), new Supervision.VisitForm(today, "БСГ", "", 5, items,
        List.of(new Supervision.FollowUpForm("Ramp", "Director", today.minusDays(3))))))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field()).contains("findings", "rating", "followUps[0].dueOn"));
    assertThatThrownBy(() -> As.user(coordinator, () -> supervision.record(visited.id(), new Supervision.VisitForm(today, "БСГ", "ok", 3, items,
        List.of())))).as("a school does not supervise itself").isInstanceOf(AccessDeniedException.class);
    UUID visit = As.user(supervisor, () -> supervision.record(visited.id(), new Supervision.VisitForm(today, "БСГ", "Танхим дутуу", 3, items,
        List.of(new Supervision.FollowUpForm("Ramp", "Director", today.plusMonths(1))))));

    var statuses = As.user(supervisor, () -> supervision.schools(aimag.id()));
    assertThat(statuses).extracting(Supervision.SchoolStatus::schoolId).containsExactly(never.id(), visited.id());
    assertThat(statuses.get(0).status()).isEqualTo("overdue");
    assertThat(statuses.get(1).status()).isEqualTo("visited");
    var read = As.user(coordinator, () -> supervision.get(visit));
    assertThat(read.items()).hasSize(2);
    assertThat(read.followUps()).singleElement().satisfies(f -> assertThat(f.doneOn()).isNull());
    As.user(coordinator, () -> supervision.done(read.followUps().get(0).id()));
    assertThat(As.user(supervisor, () -> supervision.get(visit)).followUps().get(0).doneOn()).isNotNull();
    assertThatThrownBy(() -> As.user(teacher, () -> supervision.get(visit))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(data.user("far", Role.SUPERVISOR, data.aimag("B").id()), () -> supervision.schools(aimag.id())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void buddiesCouncilAndAwareness() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var room = data.classroomWithPupil();
    UUID child = room.child();
    UUID classmate = data.child(room.school(), room.classId(), "Найз");
    String coordinator = data.user("sen", Role.SEN_COORDINATOR, room.school().id());
    As.user(coordinator, () -> {
      consents.recordPaper(child, new Consents.PaperConsent("Эх", LocalDate.now().minusDays(2)));
      profiles.saveProfile(child, new SenProfiles.Profile(List.of("physical"), null));
    });
    assertThatThrownBy(() -> As.user(coordinator, () -> peers.pair(room.school().id(), child, child))).isInstanceOf(ValidationException.class);
    As.user(coordinator, () -> peers.pair(room.school().id(), child, classmate));
    assertThatThrownBy(() -> As.user(coordinator, () -> peers.pair(room.school().id(), child, classmate))).isInstanceOf(ValidationException.class);
    As.user(coordinator, () -> peers.joinCouncil(room.school().id(), child, "Гишүүн"));
    assertThatThrownBy(() -> As.user(coordinator, () -> peers.addActivity(room.school().id(),
        new PeerSupport.ActivityForm("Өдөрлөг", LocalDate.now(), "aliens", 0)))).isInstanceOf(ValidationException.class);
    As.user(coordinator, () -> peers.addActivity(room.school().id(), new PeerSupport.ActivityForm("Өдөрлөг", LocalDate.now(), "mixed", 80)));
    var participation = As.user(coordinator, () -> peers.of(room.school().id()));
    assertThat(participation.buddies()).singleElement().satisfies(p -> assertThat(p.buddy()).contains("Найз"));
    assertThat(participation.council()).hasSize(1);
    assertThat(participation.activities()).singleElement().satisfies(a -> assertThat(a.participants()).isEqualTo(80));
    assertThat(participation.classmates()).extracting(c -> c.id()).contains(classmate);
    assertThatThrownBy(() -> As.user(room.teacher(), () -> peers.of(room.school().id()))).isInstanceOf(AccessDeniedException.class);
  }
}
