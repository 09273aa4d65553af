package org.erdem.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.curriculum.Curriculum;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.mastery.internal.AchievementOverview;
import org.erdem.mastery.internal.Achievements;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Achievement levels and gaps counted by soum, school and class, split urban / rural; counts for officers only. */
@IntegrationTest
class AchievementOverviewTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired AchievementOverview overview;
  @Autowired Achievements achievements;
  @Autowired Curriculum curriculum;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate tx;

  @Test
  void officersSeeLevelsAndGapsByPlaceAndLocality() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var answers = new MasteryTestData(publisher, curriculum, tx);
    var aimag = data.aimag("A");
    var town = data.soum(aimag, "TOWN");
    var steppe = data.soum(aimag, "STEPPE");
    var urban = data.school(town, "U", "general", "urban", "mn");
    var rural = data.school(steppe, "R", "general", "rural", "mn");
    UUID urbanClass = data.schoolClass(urban, 3, "3А");
    UUID ruralClass = data.schoolClass(rural, 3, "3Б");
    UUID strong = data.child(urban, urbanClass, "Тэмүүлэн");
    UUID weak = data.child(rural, ruralClass, "Номин");
    UUID middling = data.child(rural, ruralClass, "Оюу");
    for (var outcome : curriculum.outcomesOf("math", 3)) {
      answers.masters(strong, urban.id(), outcome.code());
    }
    answers.answers(weak, rural.id(), "MATH.3.FRA.1", false, false);
    answers.answers(middling, rural.id(), "MATH.3.FRA.1", true, true, true);
    answers.answers(middling, rural.id(), "MATH.3.OPS.1", false);

    String officer = data.user("officer", Role.REGION_OFFICER, aimag.id());
    var whole = As.user(officer, () -> overview.of(aimag.id(), "math", 3));
    assertThat(whole.total().children()).isEqualTo(3);
    assertThat(whole.total().levels()[Achievement.ADVANCED.ordinal()]).as("every grade-3 outcome mastered").isEqualTo(1);
    assertThat(whole.total().levels()[Achievement.BELOW_BASIC.ordinal()]).isEqualTo(2);
    assertThat(whole.byLocality().get("urban").children()).isEqualTo(1);
    assertThat(whole.byLocality().get("rural").children()).isEqualTo(2);
    assertThat(whole.byLocality().get("remote").children()).isZero();
    assertThat(whole.parts()).extracting(p -> p.part().id()).containsExactly(steppe.id(), town.id());
    assertThat(whole.parts().get(0).tally().childrenWithGaps()).as("the middling child's grade-3 fractions build on multiplication")
        .isEqualTo(1);
    assertThat(whole.commonGaps()).extracting(g -> g.outcome().code()).containsExactly("MATH.3.OPS.1");
    assertThat(whole.grades()).containsExactly(3);

    var school = As.user(officer, () -> overview.of(rural.id(), "math", null));
    assertThat(school.grade()).as("the grade with data is chosen").isEqualTo(3);
    assertThat(school.parts()).singleElement().satisfies(p -> {
      assertThat(p.part().id()).isEqualTo(ruralClass);
      assertThat(p.tally().children()).isEqualTo(2);
    });

    String otherOfficer = data.user("elsewhere", Role.REGION_OFFICER, data.aimag("B").id());
    String teacher = data.homeroomTeacher(rural, ruralClass, "teacher");
    String guardian = data.guardianOf(weak, "mother");
    String schoolAdmin = data.user("admin", Role.SCHOOL_ADMIN, rural.id());
    assertThat(As.user(schoolAdmin, () -> overview.of(rural.id(), "math", 3)).total().children()).isEqualTo(2);
    assertThatThrownBy(() -> As.user(schoolAdmin, () -> overview.of(aimag.id(), "math", 3))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(otherOfficer, () -> overview.of(aimag.id(), "math", 3))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(teacher, () -> overview.of(rural.id(), "math", 3))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(guardian, () -> overview.of(rural.id(), "math", 3))).isInstanceOf(AccessDeniedException.class);
    assertThat(As.user(guardian, () -> achievements.forChild(weak))).singleElement()
        .satisfies(s -> assertThat(s.level()).isEqualTo(Achievement.BELOW_BASIC));
  }
}
