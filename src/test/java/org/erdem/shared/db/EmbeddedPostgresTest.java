package org.erdem.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** The embedded PostgreSQL holds real data: durable settings, kept across restarts, recovers from a killed JVM. */
class EmbeddedPostgresTest {
  private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

  @Test
  void durableKeptAcrossRestartsAndRecoversFromALeftoverServer() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "pg-durability");
    var env = new MockEnvironment().withProperty("erdem.db.embedded.data-dir", dir.toString());

    var first = configuration.embeddedPostgres(env);
    JdbcClient jdbc = JdbcClient.create(first.getPostgresDatabase());
    assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
    assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    jdbc.sql("create table kept (value text)").update();
    jdbc.sql("insert into kept values ('эрдэм')").update();
    long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());

    // As after kill -9 of the JVM: the server still runs on the folder; the next start stops it first.
    LeftoverServer.stopIfRunning(dir);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("the leftover server was stopped").isFalse();
    try {
      first.close();
    } catch (Exception alreadyStopped) {
      // its server is gone already
    }

    var second = configuration.embeddedPostgres(env);
    try {
      DataSource ds = second.getPostgresDatabase();
      assertThat(JdbcClient.create(ds).sql("select value from kept").query(String.class).single()).isEqualTo("эрдэм");
    } finally {
      second.close();
    }
  }
}
