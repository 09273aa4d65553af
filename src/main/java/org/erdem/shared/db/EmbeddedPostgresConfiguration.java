package org.erdem.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured
 * ({@code spring.datasource.url}, set from {@code ERDEM_DB_URL}, is blank).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
    Path dataDir = Path.of(env.getProperty("erdem.db.embedded.data-dir", "data/postgres")).toAbsolutePath();
    boolean clean = env.getProperty("erdem.db.embedded.clean", Boolean.class, false);
    int port = env.getProperty("erdem.db.embedded.port", Integer.class, 0);
    Files.createDirectories(dataDir);
    LeftoverServer.stopIfRunning(dataDir);
    var builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(clean)
        // zonky turns durability off for throw-away test databases; this one holds real data.
        .setServerConfig("fsync", env.getProperty("erdem.db.embedded.fsync", "on"))
        .setServerConfig("synchronous_commit", env.getProperty("erdem.db.embedded.fsync", "on"))
        .setServerConfig("max_connections", "100")
        .setLocaleConfig("encoding", "UTF8")
        .setLocaleConfig("locale", "C.UTF-8");
    if (port > 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    var ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    ds.setUsername("postgres");
    return ds;
  }
}
