package org.erdem.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.inclusion.internal.Consents;
import org.erdem.inclusion.internal.Ieps;
import org.erdem.inclusion.internal.InclusionIndicators;
import org.erdem.inclusion.internal.SenProfiles;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Indicators by soum and locality for an aimag officer: counts only, small cells suppressed, special schools apart. */
@IntegrationTest
class IndicatorsTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired Consents consents;
  @Autowired SenProfiles profiles;
  @Autowired Ieps ieps;
  @Autowired InclusionIndicators indicators;

  @Test
  void countsByPlaceWithSmallCellsSuppressed() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var aimag = data.aimag("A");
    var town = data.soum(aimag, "TOWN");
    var steppe = data.soum(aimag, "STEPPE");
    var ordinary = data.school(town, "ORD", "general", "urban", "mn");
    var special = data.school(steppe, "SPEC", "special", "rural", "mn");
    UUID ordinaryClass = data.schoolClass(ordinary, 4, "4А");
    UUID specialClass = data.schoolClass(special, 4, "4Б");
    String ordinaryCoordinator = data.user("sen1", Role.SEN_COORDINATOR, ordinary.id());
    String specialCoordinator = data.user("sen2", Role.SEN_COORDINATOR, special.id());
    for (int i = 0; i < 6; i++) {
      record(ordinaryCoordinator, data.child(ordinary, ordinaryClass, "Хүүхэд" + i), i < 2);
    }
    for (int i = 0; i < 2; i++) {
      record(specialCoordinator, data.child(special, specialClass, "Тусгай" + i), false);
    }

    String officer = data.user("officer", Role.REGION_OFFICER, aimag.id());
    var result = As.user(officer, () -> indicators.of(aimag.id()));
    assertThat(result.total().withSen().value()).isEqualTo(8);
    assertThat(result.total().inInclusiveSchools().value()).as("the special school's children are not in inclusive schools").isEqualTo(6);
    assertThat(result.parts()).extracting(r -> r.id()).containsExactly(steppe.id(), town.id());
    assertThat(result.parts().get(0).withSen().suppressed()).as("2 children: too few to show").isTrue();
    assertThat(result.parts().get(0).withSen().shown()).isEqualTo("<5");
    assertThat(result.parts().get(1).withSen().value()).isEqualTo(6);
    assertThat(result.parts().get(1).withPlan().shown()).isEqualTo("<5");
    assertThat(result.byLocality().get("urban").withSen().value()).isEqualTo(6);
    assertThat(result.byLocality().get("remote").withSen().value()).isZero();
    String csv = As.user(officer, () -> indicators.csv(aimag.id()));
    assertThat(csv.lines().toList()).as("two soums, three localities, the total").hasSize(7).anySatisfy(l -> assertThat(l).contains("<5"));
    assertThat(csv).doesNotContain("Хүүхэд");

    String teacher = data.homeroomTeacher(ordinary, ordinaryClass, "teacher");
    assertThatThrownBy(() -> As.user(teacher, () -> indicators.of(ordinary.id()))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(data.user("elsewhere", Role.REGION_OFFICER, data.aimag("B").id()), () -> indicators.of(aimag.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(As.user(ordinaryCoordinator, () -> indicators.of(ordinary.id())).total().withSen().value()).isEqualTo(6);
    assertThatThrownBy(() -> As.user(ordinaryCoordinator, () -> indicators.of(aimag.id()))).isInstanceOf(AccessDeniedException.class);
  }

  private void record(String coordinator, UUID child, boolean withPlan) {
    As.user(coordinator, () -> {
      consents.recordPaper(child, new Consents.PaperConsent("Эх", LocalDate.now().minusDays(3)));
      profiles.saveProfile(child, new SenProfiles.Profile(List.of("learning_difficulty"), null));
      if (withPlan) {
        ieps.activate(ieps.create(child, InclusionTestData.plan(Map.of("breaks", 0))));
      }
    });
  }
}
