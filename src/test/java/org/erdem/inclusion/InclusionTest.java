package org.erdem.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.assessment.AssessmentTestData;
import org.erdem.assessment.TimeAccommodations;
import org.erdem.assessment.internal.AttemptService;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.QuizService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.inclusion.internal.ClassAccommodations;
import org.erdem.inclusion.internal.Consents;
import org.erdem.inclusion.internal.IepForm;
import org.erdem.inclusion.internal.Ieps;
import org.erdem.inclusion.internal.SenProfiles;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consent first; an IEP whose extra time applies itself to the child's next quiz; need-to-know with
 * every read audited; bad input refused with nothing changed; a withdrawal closes the plan.
 */
@IntegrationTest
class InclusionTest {
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired Consents consents;
  @Autowired SenProfiles profiles;
  @Autowired Ieps ieps;
  @Autowired ClassAccommodations classAccommodations;
  @Autowired TimeAccommodations time;
  @Autowired ItemService items;
  @Autowired QuizService quizzes;
  @Autowired AttemptService attempts;

  @Test
  void consentFirstThenAPlanWhoseExtraTimeAppliesItself() {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    var room = data.classroomWithPupil();
    UUID child = room.child();
    String coordinator = data.user("sen", Role.SEN_COORDINATOR, room.school().id());
    String guardian = data.guardianOf(child, "mother");
    String tutor = data.classStaff(room.school(), room.classId(), "tutor", Role.TUTOR);
    String elsewhere = data.user("sen2", Role.SEN_COORDINATOR, data.school(data.soum(data.aimag("B"), "S2"), "X2").id());
    String officer = data.user("officer", Role.REGION_OFFICER, data.country().id());
    // A tutor of another school who also teaches this class as a subject teacher is no support staff of this child.
    var otherSchool = data.school(data.soum(data.aimag("C"), "S3"), "X3");
    String outsider = data.classStaff(room.school(), room.classId(), "outsider", Role.TEACHER);
    accounts.grant(data.accountId(outsider), Role.TUTOR, otherSchool.id(), null, null);

    var plan = InclusionTestData.plan(Map.of("extra_time", 50, "large_text", 0));
    assertThatThrownBy(() -> As.user(coordinator, () -> profiles.saveProfile(child, new SenProfiles.Profile(List.of("hearing"), "Сонсгол"))))
        .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(key(e)).isEqualTo("validation.sen.noConsent"));
    assertThatThrownBy(() -> As.user(coordinator, () -> ieps.create(child, plan))).satisfies(e -> assertThat(key(e)).isEqualTo("validation.sen.noConsent"));
    assertThat(count("select count(*) from inclusion.profile where child_id = :c", child)).isZero();

    assertThatThrownBy(() -> As.user(room.teacher(), () -> consents.recordPaper(child, new Consents.PaperConsent("Эх", LocalDate.now()))))
        .as("a class teacher does not record SEN data").isInstanceOf(AccessDeniedException.class);
    As.user(coordinator, () -> consents.recordPaper(child, new Consents.PaperConsent("Д. Сараа (эх)", LocalDate.now().minusDays(1))));
    As.user(coordinator, () -> profiles.saveProfile(child, new SenProfiles.Profile(List.of("hearing"), "Сонсголын бэрхшээлтэй")));
    assertThatThrownBy(() -> As.user(coordinator, () -> profiles.saveProfile(child, new SenProfiles.Profile(List.of("wizardry"), null))))
        .isInstanceOf(ValidationException.class);

    // Bad plans: a goal without a measure, dates out of order, extra time of nothing.
    var noMeasure = InclusionTestData.withGoal(plan, new IepForm.Goal("functional", null, "Reads aloud", "1 line", "5 lines", " ", plan.reviewOn()));
    assertThatThrownBy(() -> As.user(coordinator, () -> ieps.create(child, noMeasure))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).anySatisfy(f -> {
          assertThat(f.field()).isEqualTo("goals[0].measure");
          assertThat(f.messageKey()).isEqualTo("validation.iep.goalMeasure");
        }));
    var backwards = new IepForm(plan.presentLevels(), plan.startsOn(), plan.startsOn().minusDays(1), plan.endsOn(), plan.goals(),
        Map.of("extra_time", 0), plan.services(), plan.people());
    assertThatThrownBy(() -> As.user(coordinator, () -> ieps.create(child, backwards))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field()).contains("reviewOn", "accommodations.extra_time"));
    assertThat(count("select count(*) from inclusion.iep where child_id = :c", child)).as("nothing changed").isZero();

    UUID iep = As.user(coordinator, () -> ieps.create(child, plan));
    assertThat(time.of(child)).as("a draft gives nothing yet").isEmpty();
    assertThatThrownBy(() -> As.user(coordinator, () -> ieps.create(child, plan))).satisfies(e -> assertThat(key(e)).isEqualTo("validation.iep.oneOpen"));
    As.user(coordinator, () -> ieps.activate(iep));
    assertThat(time.of(child)).hasValueSatisfying(t -> {
      assertThat(t.extraPercent()).isEqualTo(50);
      assertThat(t.source()).isEqualTo("iep");
    });
    var bank = AssessmentTestData.withNewAuthors(data, items, quizzes);
    UUID quiz = bank.quiz(600, 1, bank.singleChoice("MATH.5.FRA.1", 2));
    var attempt = As.user(room.student(), () -> attempts.start(quiz, null));
    assertThat(attempt.secondsLeft()).as("the child's next quiz has the extra time").isGreaterThan(850L);
    assertThat(As.user(coordinator, () -> ieps.versions(iep))).extracting(Ieps.Version::status).containsExactly("active", "draft");

    // Need to know: the class teacher sees the accommodation, never the needs.
    assertThat(As.user(room.teacher(), () -> classAccommodations.of(room.classId()))).singleElement()
        .satisfies(c -> assertThat(c.accommodations()).containsKeys(Accommodation.EXTRA_TIME, Accommodation.LARGE_TEXT));
    assertThatThrownBy(() -> As.user(room.teacher(), () -> profiles.of(child))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(room.teacher(), () -> ieps.get(iep))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(elsewhere, () -> profiles.of(child))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(officer, () -> profiles.of(child))).as("officers see counts only").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(outsider, () -> profiles.of(child))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user("admin", () -> profiles.of(child))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> As.user(guardian, () -> classAccommodations.of(room.classId()))).isInstanceOf(AccessDeniedException.class);
    assertThat(As.user(tutor, () -> profiles.of(child)).profile()).hasValueSatisfying(p -> assertThat(p.categories()).containsExactly("hearing"));
    assertThat(As.user(guardian, () -> ieps.get(iep)).goals()).hasSize(2);
    assertThat(count("select count(*) from identity.audit_event where action = 'sen.read' and record_id = cast(:c as text)", child))
        .as("every read is audited").isGreaterThanOrEqualTo(2);

    // The guardian withdraws consent: the plan closes, its time goes, and only the SEN team still reads what was kept.
    As.user(guardian, () -> consents.withdraw(child));
    assertThat(count("select count(*) from identity.audit_event where action = 'sen.write' and details = 'consent.withdrawn' and record_id = cast(:c as text)",
        child)).as("the guardian's withdrawal is audited").isEqualTo(1);
    assertThat(As.user(coordinator, () -> ieps.get(iep)).status()).isEqualTo("closed");
    assertThat(time.of(child)).hasValueSatisfying(t -> assertThat(t.extraPercent()).isZero());
    assertThatThrownBy(() -> As.user(tutor, () -> profiles.of(child))).isInstanceOf(AccessDeniedException.class);
    assertThat(As.user(coordinator, () -> profiles.of(child)).profile()).isPresent();
    assertThatThrownBy(() -> As.user(coordinator, () -> profiles.saveProfile(child, new SenProfiles.Profile(List.of("visual"), null))))
        .satisfies(e -> assertThat(key(e)).isEqualTo("validation.sen.noConsent"));
    assertThat(As.user(coordinator, () -> consents.of(child))).singleElement().satisfies(c -> assertThat(c.inForce()).isFalse());
  }

  private long count(String sql, UUID child) {
    return jdbc.sql(sql).param("c", child).query(Long.class).single();
  }

  private static String key(Throwable e) {
    return ((ValidationException) e).errors().get(0).messageKey();
  }
}
