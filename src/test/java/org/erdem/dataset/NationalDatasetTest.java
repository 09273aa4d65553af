package org.erdem.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.identity.Accounts;
import org.erdem.mastery.internal.AchievementOverview;
import org.erdem.mastery.internal.ClassMastery;
import org.erdem.registry.Registry;
import org.erdem.registry.internal.OrgUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The generator's smoke run (two schools): the rows arrive, and the application works on them as on its own. */
@IntegrationTest
class NationalDatasetTest {
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Registry registry;
  @Autowired ClassMastery classes;
  @Autowired AchievementOverview achievement;
  @Autowired OrgUnits units;

  @Test
  void twoSchoolsOfChildrenWithGuardiansStaffAndMastery() throws Exception {
    new NationalDataset(dataSource, jdbc, accounts, "0.002").run(null);
    long children = jdbc.sql("select count(*) from registry.child where external_id like 'G%'").query(Long.class).single();
    assertThat(children).isEqualTo(2L * 12 * NationalDataset.CLASSES_PER_GRADE * NationalDataset.CHILDREN_PER_CLASS);
    assertThat(jdbc.sql("select count(*) from identity.guardianship g join registry.child c on c.id = g.child_id where c.external_id like 'G%'")
        .query(Long.class).single()).isEqualTo(children);

    var taught = As.user("g0-s-t8", registry::myClasses);
    assertThat(taught).singleElement().satisfies(k -> assertThat(k.grade()).isEqualTo(5));
    var overview = As.user("g0-s-t8", () -> classes.overview(taught.get(0).id(), "math"));
    assertThat(overview.map().children()).hasSize(NationalDataset.CHILDREN_PER_CLASS);
    assertThat(overview.map().outcomes()).isNotEmpty();
    assertThat(As.user("g0-s-s0", registry::self)).isPresent();
    UUID school = jdbc.sql("select id from registry.org_unit where code = 'G0-S'").query(UUID.class).single();
    assertThat(As.user("g0-s-a", () -> achievement.of(school, "math", 5)).total().children()).isEqualTo(2L * NationalDataset.CHILDREN_PER_CLASS);
    // The summary of the school's aimag counts the school's children (the query the summaries benchmark times).
    var aimag = units.get(units.get(units.get(school).parentId()).parentId());
    var soum = units.childrenWithCounts(aimag.id()).stream().filter(c -> c.unit().id().equals(units.get(school).parentId())).findFirst().orElseThrow();
    assertThat(soum.schools()).isGreaterThanOrEqualTo(1);
    assertThat(soum.children()).isEqualTo(jdbc.sql("select count(*) from registry.child where school_path like :p")
        .param("p", soum.unit().path() + "%").query(Long.class).single()).isGreaterThanOrEqualTo(children / 2);
    // A national user's home counts the whole country.
    var country = As.user("admin", registry::myScopes);
    assertThat(country).singleElement().satisfies(scope -> {
      assertThat(scope.children()).isEqualTo(jdbc.sql("select count(*) from registry.child").query(Long.class).single());
      assertThat(scope.schools()).isEqualTo(jdbc.sql("select count(*) from registry.org_unit where kind = 'school'").query(Long.class).single());
      assertThat(scope.staff()).isEqualTo(jdbc.sql("select count(*) from registry.staff where active").query(Long.class).single());
      assertThat(scope.classes()).isEqualTo(jdbc.sql("""
          select count(*) from registry.class k join registry.academic_year y on y.id = k.academic_year_id where y.is_current""")
          .query(Long.class).single());
    });
    new NationalDataset(dataSource, jdbc, accounts, "0.002").run(null);
    assertThat(jdbc.sql("select count(*) from registry.child where external_id like 'G%'").query(Long.class).single())
        .as("a second run changes nothing").isEqualTo(children);
  }
}
