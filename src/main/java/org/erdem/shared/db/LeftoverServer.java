package org.erdem.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with {@code kill -9} leaves its PostgreSQL running, and the next start would fail on
 * {@code postmaster.pid}. Its clients are gone with the JVM, so asking it to shut down is safe.
 */
final class LeftoverServer {
  private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private LeftoverServer() {}

  static void stopIfRunning(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> server = readPid(pidFile).flatMap(ProcessHandle::of).filter(LeftoverServer::isPostgres);
    if (server.isEmpty()) {
      // PostgreSQL itself ignores a pid file whose process is gone.
      return;
    }
    ProcessHandle process = server.get();
    log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by an earlier run", process.pid(), dataDir);
    signal("INT", process.pid()); // fast shutdown: roll back, then exit
    try {
      process.onExit().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("PostgreSQL (pid " + process.pid() + ") on " + dataDir + " did not stop; stop it and start again", e);
    }
  }

  private static Optional<Long> readPid(Path pidFile) throws IOException {
    try {
      return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(c -> c.endsWith("postgres")).orElse(true);
  }

  private static void signal(String signal, long pid) throws IOException {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
