package org.erdem.mastery.internal;

import static org.erdem.shared.DemoUser.as;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A term of practice answers for every demo child, through the same updates as real answers: the
 * grade's mathematics and the grade before it, with children of rural and remote schools answering
 * right less often, so that the officers' urban / rural split shows. The demo student also gets a gap
 * on grade-3 fractions and an approved plan for it. Deterministic: the same seed gives the same data.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "erdem.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoMastery implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoMastery.class);
  private static final Map<String, Double> ABILITY = Map.of("urban", 0.8, "rural", 0.66, "remote", 0.55);
  private final JdbcClient jdbc;
  private final MasteryService mastery;
  private final RemediationPlans plans;
  private final Registry registry;
  private final Curriculum curriculum;
  private final TransactionTemplate tx;
  private final Random random = new Random(20261201L);
  private final org.erdem.identity.OrgDirectory org;

  DemoMastery(org.erdem.identity.OrgDirectory org, JdbcClient jdbc, MasteryService mastery, RemediationPlans plans, Registry registry, Curriculum curriculum, TransactionTemplate tx) {
    this.org = org;
    this.jdbc = jdbc;
    this.mastery = mastery;
    this.plans = plans;
    this.registry = registry;
    this.curriculum = curriculum;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from mastery.estimate").query(Long.class).single() > 0) {
      return;
    }
    var country = org.findNodeByCode("MN").flatMap(node -> as("admin", () -> registry.breakdown(node.id())));
    if (country.isEmpty()) {
      return;
    }
    int children = 0;
    for (var school : country.get().schools().entrySet()) {
      double ability = ABILITY.getOrDefault(school.getValue().locality(), 0.65);
      var classes = as("admin", () -> registry.breakdown(school.getKey())).map(b -> b.parts()).orElse(List.of());
      for (var klass : classes) {
        for (ChildCard child : as("admin", () -> registry.roster(klass.id()))) {
          if (child.grade() != null && child.schoolId().equals(school.getKey())) {
            double own = Math.max(0.2, Math.min(0.97, ability + random.nextGaussian() * 0.12));
            tx.executeWithoutResult(s -> mastery.record(child.id(), child.schoolId(), answers(child.grade(), own)));
            children++;
          }
        }
      }
    }
    planForDemoStudent();
    log.info("Demo mastery: practice answers for {} children", children);
  }

  private Map<UUID, List<Boolean>> answers(int grade, double ability) {
    var outcomes = new ArrayList<OutcomeRef>(curriculum.outcomesOf("math", grade));
    if (grade > 1) {
      outcomes.addAll(curriculum.outcomesOf("math", grade - 1));
    }
    var answers = new LinkedHashMap<UUID, List<Boolean>>();
    for (var outcome : outcomes) {
      if (random.nextDouble() < 0.75) {
        var given = new ArrayList<Boolean>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
          given.add(random.nextDouble() < ability);
        }
        answers.put(outcome.id(), given);
      }
    }
    return answers;
  }

  /** The demo student's grade-3 fractions are shown not yet learned, and the teacher's plan for it is approved. */
  private void planForDemoStudent() {
    var student = as("student", registry::self);
    var fractions = curriculum.findOutcomeByCode("MATH.3.FRA.1");
    var current = curriculum.findOutcomeByCode("MATH.5.FRA.1");
    if (student.isEmpty() || fractions.isEmpty() || current.isEmpty()) {
      return;
    }
    var child = student.get();
    tx.executeWithoutResult(s -> mastery.record(child.id(), child.schoolId(),
        Map.of(current.get().id(), List.of(true, false, true), fractions.get().id(), List.of(false, false, true, false))));
    tx.executeWithoutResult(s -> {
      UUID plan = as("teacher", () -> plans.propose(child.id()));
      as("teacher", () -> {
        plans.approve(plan);
        return null;
      });
    });
  }

}
