package org.erdem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.erdem.IntegrationTest;
import org.erdem.assessment.AssessmentTestData;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The quiz storm's smoke run in CI: a small storm, then the same database check as the benchmark's (no timing asserted). */
@IntegrationTest
// MockMvc's csrf() in other test classes swaps the shared context's CSRF token store for a test one,
// which refuses the real HTTP clients' tokens; this storm speaks real HTTP, so it gets a clean context.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class QuizStormTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;
  @Autowired TransactionTemplate transactions;
  @LocalServerPort int port;

  @Test
  void everyAcknowledgedAnswerIsStoredExactlyOnce() throws Exception {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    UUID quiz = bank.quiz(null, 1, bank.singleChoice("MATH.5.FRA.1", 2), bank.numeric("MATH.5.FRA.1", 0.75), bank.singleChoice("MATH.5.FRA.1", 1));
    var school = data.school(data.soum(data.aimag("A"), "S"), "SCH");
    UUID klass = data.schoolClass(school, 5, "5А");
    var children = new ArrayList<String>();
    for (int i = 0; i < 12; i++) {
      children.add(data.studentAccount(data.child(school, klass, "Хүүхэд" + i), school, "storm" + i));
    }

    var result = new QuizStorm("http://localhost:" + port, RegistryTestData.PASSWORD).run(children, quiz, 5, Duration.ofSeconds(1));

    assertThat(result.errors()).isZero();
    assertThat(result.acks()).hasSize(12 * 5);
    assertThat(result.submitMicros()).hasSize(12);
    assertThat(result.report()).contains("acknowledged 60");
    var check = transactions.execute(status -> {
      jdbc.sql("create temp table storm_ack (attempt_id uuid, position int, client_id uuid, ord int) on commit drop").update();
      result.acks().forEach(a -> jdbc.sql("insert into storm_ack values (:a, :p, :c, :o)")
          .param("a", a.attemptId()).param("p", a.position()).param("c", a.clientId()).param("o", a.order()).update());
      return jdbc.sql(QuizStorm.CHECK).query((rs, n) -> new long[] {rs.getLong("lost"), rs.getLong("unacknowledged"), rs.getLong("not_last")}).single();
    });
    assertThat(check).as("lost, stored but not acknowledged, last answer not kept").containsExactly(0, 0, 0);
  }
}
