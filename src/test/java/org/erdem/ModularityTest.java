package org.erdem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.erdem.shared.db.ModuleMigrations;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {
  static final ApplicationModules MODULES = ApplicationModules.of(ErdemApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void migrationsRunAfterTheMigrationsOfTheModulesTheyDependOn() {
    List<String> order = ModuleMigrations.ORDER;
    for (String name : order) {
      ApplicationModule module = MODULES.getModuleByName(name).orElseThrow();
      for (ApplicationModule dependency : module.getDirectDependencies(MODULES).uniqueModules().toList()) {
        if (order.contains(dependency.getName())) {
          assertThat(order.indexOf(dependency.getName())).as(name + " depends on " + dependency.getName()).isLessThan(order.indexOf(name));
        }
      }
    }
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    assertThat(new ArrayList<>(MODULES.stream().map(ApplicationModule::getName).toList())).contains("identity", "registry", "portal", "shared");
  }
}
