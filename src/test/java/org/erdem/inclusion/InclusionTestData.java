package org.erdem.inclusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.erdem.inclusion.internal.IepForm;

/** IEP forms for tests: a whole valid plan, to change one thing in. */
public final class InclusionTestData {
  private InclusionTestData() {}

  public static IepForm plan(Map<String, Integer> accommodations) {
    LocalDate start = LocalDate.now().minusDays(7);
    return new IepForm("Уншихдаа удаан, сонсголын аппарат хэрэглэдэг.", start, start.plusMonths(3), start.plusMonths(9),
        List.of(new IepForm.Goal("academic", "MATH.5.FRA.1", "Ялгаатай хуваарьтай бутархай нэмэх", "2 of 10", "8 of 10", "Weekly quiz of 10 items",
            start.plusMonths(6)), new IepForm.Goal("functional", null, "Asks for help when stuck", "0 times a lesson", "2 times a lesson",
            "Tutor's tally", start.plusMonths(3))),
        accommodations, List.of(new IepForm.Service("speech therapy", "Speech therapist", "weekly", 30, "support_room")),
        List.of(new IepForm.Person("responsible", "Б. Сараа", "SEN coordinator"), new IepForm.Person("participant", "Д. Болд", "father")));
  }

  public static IepForm withGoal(IepForm form, IepForm.Goal goal) {
    return new IepForm(form.presentLevels(), form.startsOn(), form.reviewOn(), form.endsOn(), List.of(goal), form.accommodations(),
        form.services(), form.people());
  }
}
