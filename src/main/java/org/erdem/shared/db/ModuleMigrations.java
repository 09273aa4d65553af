package org.erdem.shared.db;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each module owns a schema and its migrations ({@code db/migration/<module>}), with its own
 * history table there. Modules migrate in dependency order; a test checks the order.
 */
@Configuration(proxyBeanMethods = false)
public class ModuleMigrations {
  /** Modules with migrations (the shared kernel's: functions for the others' triggers), each after the modules it depends on. */
  public static final List<String> ORDER = List.of("shared", "identity", "registry", "curriculum", "content", "assessment", "classroom", "mastery", "inclusion");

  @Bean
  FlywayMigrationStrategy perModuleMigration() {
    return flyway -> ORDER.forEach(module -> Flyway.configure()
        .configuration(flyway.getConfiguration())
        .schemas(module)
        .defaultSchema(module)
        .createSchemas(true)
        .locations("classpath:db/migration/" + module)
        .load()
        .migrate());
  }
}
