package org.erdem.curriculum.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Mathematics and Mongolian language grades 1 to 12, and a few other subjects, through the CSV importer. */
@Component
@org.springframework.core.annotation.Order(20)
@ConditionalOnProperty(name = "erdem.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class CurriculumDemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(CurriculumDemoData.class);
  private final Outcomes outcomes;
  private final CurriculumCsv csv;

  CurriculumDemoData(Outcomes outcomes, CurriculumCsv csv) {
    this.outcomes = outcomes;
    this.csv = csv;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (outcomes.count() > 0) {
      return;
    }
    var report = csv.load(new ClassPathResource("curriculum/demo-outcomes.csv").getContentAsString(StandardCharsets.UTF_8));
    if (!report.applied()) {
      throw new IllegalStateException("the demo curriculum does not import: " + report.invalidRows() + report.fileErrors());
    }
    log.info("Demo curriculum loaded: {} outcomes", report.rows().size());
  }
}
