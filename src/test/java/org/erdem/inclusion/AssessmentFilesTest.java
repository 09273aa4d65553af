package org.erdem.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.inclusion.internal.AssessmentFiles;
import org.erdem.inclusion.internal.Consents;
import org.erdem.inclusion.internal.SenProfiles;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An assessment's file is recognised by its first bytes; a file of the wrong type is refused and nothing is stored. */
@IntegrationTest
class AssessmentFilesTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired Consents consents;
  @Autowired SenProfiles profiles;
  @Autowired AssessmentFiles files;

  @Test
  void aReportIsKeptAndAFileOfTheWrongTypeRefused() throws Exception {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var room = data.classroomWithPupil();
    String coordinator = data.user("sen", Role.SEN_COORDINATOR, room.school().id());
    UUID assessment = As.user(coordinator, () -> {
      consents.recordPaper(room.child(), new Consents.PaperConsent("Эх", LocalDate.now().minusDays(2)));
      profiles.saveProfile(room.child(), new SenProfiles.Profile(List.of("visual"), null));
      return profiles.addAssessment(room.child(), new SenProfiles.Assessment(null, LocalDate.now().minusDays(1), "Сэтгэл зүйч", "WISC", "…"));
    });
    assertThatThrownBy(() -> As.user(coordinator, () -> files.attach(assessment, "report.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
        .as("named .pdf, but not a PDF").isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).messageKey()).isEqualTo("validation.sen.fileType"));
    assertThat(jdbc.sql("select count(*) from inclusion.assessment_file where assessment_id = :a").param("a", assessment).query(Long.class).single()).isZero();
    byte[] pdf = "%PDF-1.4\n% report\n".getBytes(StandardCharsets.US_ASCII);
    UUID file = As.user(coordinator, () -> files.attach(assessment, "../report\".pdf", pdf));
    var opened = As.user(coordinator, () -> files.open(file));
    assertThat(opened.file().mediaType()).isEqualTo("application/pdf");
    assertThat(opened.file().filename()).doesNotContain("/").doesNotContain("\"");
    try (var in = opened.content().getInputStream()) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    assertThatThrownBy(() -> As.user(room.teacher(), () -> files.open(file))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(room.teacher(), () -> files.attach(assessment, "x.pdf", pdf))).isInstanceOf(AccessDeniedException.class);
  }
}
