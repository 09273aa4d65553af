package org.erdem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.WebSession;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.internal.CurriculumService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.mastery.MasteryTestData;
import org.erdem.mastery.internal.ClassMastery;
import org.erdem.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The teacher's class view for 40 children × 100 outcomes: server time of the overview (heat map,
 * who needs help, common gaps, plans), the whole page over HTTP with its compressed size, and what
 * one more handed-in answer touches. Prints its figures; asserts only that the page is whole.
 * Run: {@code ./mvnw -Pbench test -Dtest=HeatMapBench} (see bench/README.md).
 */
@IntegrationTest
class HeatMapBench {
  static final int CHILDREN = Integer.getInteger("bench.children", 40);
  static final int OUTCOMES = Integer.getInteger("bench.outcomes", 100);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 300);
  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired CurriculumService curriculumService;
  @Autowired Curriculum curriculum;
  @Autowired ClassMastery classes;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;

  @Test
  void classOfFortyByAHundredOutcomes() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var answers = new MasteryTestData(events, curriculum, tx);
    var room = data.classroomWithPupil();
    var children = new ArrayList<UUID>(List.of(room.child()));
    while (children.size() < CHILDREN) {
      children.add(data.child(room.school(), room.classId(), "Хүүхэд" + children.size()));
    }
    // Outcomes in grades 4 and 5, each grade-5 outcome building on the grade-4 one before it.
    String author = data.user("methodologist", Role.CONTENT_AUTHOR, data.country().id());
    var codes = new ArrayList<String>();
    As.user(author, () -> {
      for (int i = 0; i < OUTCOMES; i++) {
        String code = data.code("O" + i).replace("-", ".");
        int grade = i < OUTCOMES / 2 ? 4 : 5;
        curriculumService.create(new CurriculumService.OutcomeForm(code, "math", grade, "Үр дүн " + i, "Outcome " + i, null, null, null, null, null, null));
        if (grade == 5) {
          curriculumService.addPrerequisite(code, codes.get(i - OUTCOMES / 2));
        }
        codes.add(code);
      }
    });
    long seeded = System.nanoTime();
    var random = new java.util.Random(42);
    for (UUID child : children) {
      for (String code : codes) {
        answers.answers(child, room.school().id(), code, random.nextBoolean(), random.nextBoolean());
      }
    }
    double seedSeconds = (System.nanoTime() - seeded) / 1e9;

    // Fresh statistics, as autovacuum keeps them on a running server; then warm the code paths up.
    jdbc.sql("analyze mastery.estimate").update();
    jdbc.sql("analyze mastery.gap").update();
    jdbc.sql("analyze mastery.achievement").update();
    for (int i = 0; i < ROUNDS / 3; i++) {
      As.user(room.teacher(), () -> classes.overview(room.classId(), null));
    }
    var service = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long t = System.nanoTime();
      var overview = As.user(room.teacher(), () -> classes.overview(room.classId(), null));
      service[i] = System.nanoTime() - t;
      assertThat(overview.map().outcomes()).hasSizeGreaterThanOrEqualTo(OUTCOMES);
    }
    var web = new WebSession(port);
    web.login(room.teacher(), RegistryTestData.PASSWORD);
    for (int i = 0; i < ROUNDS / 3; i++) {
      web.get("/classes/" + room.classId() + "/mastery");
    }
    var page = new long[ROUNDS];
    WebSession.Page last = null;
    for (int i = 0; i < ROUNDS; i++) {
      long t = System.nanoTime();
      last = web.get("/classes/" + room.classId() + "/mastery");
      page[i] = System.nanoTime() - t;
    }
    assertThat(last.status()).isEqualTo(200);
    var baseline = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long t = System.nanoTime();
      web.get("/account");
      baseline[i] = System.nanoTime() - t;
    }

    OffsetDateTime before = jdbc.sql("select now()").query(OffsetDateTime.class).single();
    long t = System.nanoTime();
    answers.answers(room.child(), room.school().id(), codes.get(OUTCOMES - 1), true);
    double answerMs = (System.nanoTime() - t) / 1e6;
    long estimates = touched("select count(*) from mastery.estimate where updated_at >= :t", before);
    long standings = touched("select count(*) from mastery.achievement where updated_at >= :t", before);
    long classRows = jdbc.sql("select count(*) from mastery.estimate where child_id = any(cast(:ids as uuid[]))")
        .param("ids", children.stream().map(UUID::toString).toArray(String[]::new)).query(Long.class).single();

    System.out.printf("""
        HeatMapBench: %d children x %d outcomes (%d estimates), seeded in %.1f s
          overview (service, %d rounds): p50 %.2f ms, p99 %.2f ms
          page over HTTP (%d rounds):    p50 %.2f ms, p99 %.2f ms; %d bytes of HTML, %d bytes gzip
          baseline page (/account):      p50 %.2f ms, p99 %.2f ms
          one more answer: %.2f ms; rows written: %d estimate, %d achievement (of %d estimates in the class)
        """, CHILDREN, OUTCOMES, classRows, seedSeconds, ROUNDS, ms(service, 50), ms(service, 99), ROUNDS, ms(page, 50), ms(page, 99),
        last.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, last.compressedBytes(), ms(baseline, 50), ms(baseline, 99), answerMs, estimates, standings, classRows);
  }

  private long touched(String sql, OffsetDateTime since) {
    return jdbc.sql(sql).param("t", since).query(Long.class).single();
  }

  private static double ms(long[] nanos, int percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
