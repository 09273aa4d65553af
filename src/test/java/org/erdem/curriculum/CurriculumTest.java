package org.erdem.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.curriculum.internal.CurriculumCsv;
import org.erdem.curriculum.internal.CurriculumService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.ImportReport;
import org.erdem.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CurriculumTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired Curriculum curriculum;
  @Autowired CurriculumService service;
  @Autowired CurriculumCsv csv;

  RegistryTestData data;
  String author;
  String teacher;

  @BeforeEach
  void setUp() {
    data = new RegistryTestData(jdbc, accounts, guardianships);
    author = data.user("author", Role.CONTENT_AUTHOR, data.country().id());
    teacher = data.user("teacher", Role.TEACHER, data.country().id());
  }

  private String code(String suffix) {
    return data.code(suffix).replace("-", ".");
  }

  @Test
  void theDemoCurriculumTracesFractionsBackToCountingInGradeOne() {
    var fractions = curriculum.findOutcomeByCode("MATH.5.FRA.1").orElseThrow();
    var behind = curriculum.outcomes(curriculum.prerequisitesOf(List.of(fractions.id())).get(fractions.id()));
    assertThat(behind).extracting(OutcomeRef::code).contains("MATH.3.FRA.1");
    assertThat(behind).extracting(OutcomeRef::grade).contains(1, 2, 3, 4);
    assertThat(jdbc.sql("select count(*) from curriculum.outcome where subject_code in ('math', 'mongolian')").query(Long.class).single()).isGreaterThan(100);
  }

  @Test
  void aPrerequisiteThatClosesACircleIsRefusedAndNothingChanges() {
    String a = code("A");
    String b = code("B");
    String c = code("C");
    As.user(author, () -> {
      for (String x : List.of(a, b, c)) {
        service.create(new CurriculumService.OutcomeForm(x, "math", 4, "Гарчиг " + x, "Title " + x, null, null, null, null, null, null));
      }
      service.addPrerequisite(b, a);
      service.addPrerequisite(c, b);
    });
    assertThatThrownBy(() -> As.user(author, () -> service.addPrerequisite(a, c)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("prerequisite"));
    assertThat(As.user(author, () -> service.get(a)).prerequisites()).isEmpty();
  }

  @Test
  void otherModulesSeeAnEditAtTheNextReadThoughTheyReadTheCurriculumFromMemory() {
    String base = code("BASE");
    String built = code("BUILT");
    assertThat(curriculum.findOutcomeByCode(base)).as("read once, so the snapshot is loaded before the edit").isEmpty();
    As.user(author, () -> {
      service.create(new CurriculumService.OutcomeForm(base, "math", 4, "Суурь", "Base", null, null, null, null, null, null));
      service.create(new CurriculumService.OutcomeForm(built, "math", 4, "Дээр", "Built", null, null, null, null, null, null));
      service.addPrerequisite(built, base);
    });
    var baseRef = curriculum.findOutcomeByCode(base).orElseThrow();
    var builtRef = curriculum.findOutcomeByCode(built).orElseThrow();
    assertThat(curriculum.outcomesOf("math", 4)).extracting(OutcomeRef::code).contains(base, built);
    assertThat(curriculum.prerequisitesOf(List.of(builtRef.id())).get(builtRef.id())).contains(baseRef.id());
    As.user(author, () -> service.update(base, new CurriculumService.OutcomeForm(base, "math", 4, "Шинэ", "Renamed", null, null, null, null, null, null)));
    assertThat(curriculum.findOutcome(baseRef.id()).orElseThrow().titles()).containsEntry("en", "Renamed");
    As.user(author, () -> service.removePrerequisite(built, base));
    assertThat(curriculum.prerequisitesOf(List.of(builtRef.id()))).doesNotContainKey(builtRef.id());
  }

  @Test
  void everyoneReadsOnlyNationalMethodologistsWrite() throws Exception {
    String body = """
        {"code": "%s", "subject": "math", "grade": 3, "titleMn": "Тоо", "titleEn": "Numbers"}""".formatted(code("API"));
    mvc.perform(get("/api/v1/outcomes/MATH.5.FRA.1").with(user(teacher))).andExpect(status().isOk())
        .andExpect(jsonPath("$.prerequisites.length()").value(org.hamcrest.Matchers.greaterThan(0)));
    mvc.perform(post("/api/v1/outcomes").with(user(teacher)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    String regionalAuthor = data.user("regional", Role.CONTENT_AUTHOR, data.aimag("R").id());
    mvc.perform(post("/api/v1/outcomes").with(user(regionalAuthor)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/outcomes").with(user(author)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/outcomes").with(user(author)).with(csrf()).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"grade\": 3", "\"grade\": 13")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("grade", "code")));
  }

  static final String HEADER = "code,subject,grade,title_mn,title_en,prerequisites\n";

  @Test
  void aCsvWithBadRowsOrACircleChangesNothing() {
    String x = code("X");
    String y = code("Y");
    String bad = HEADER + x + ",math,3,Нэг,One,\n" + y + ",physics,14,,Two,NO.SUCH " + x + "\n";
    ImportReport rejected = As.user(author, () -> csv.importCsv(bad));
    assertThat(rejected.applied()).isFalse();
    assertThat(rejected.invalidRows()).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(3);
      assertThat(row.errors()).extracting(ValidationException.FieldError::field).contains("subject", "grade", "title_mn", "prerequisites");
    });
    String circle = HEADER + x + ",math,3,Нэг,One," + y + "\n" + y + ",math,3,Хоёр,Two," + x + "\n";
    ImportReport circular = As.user(author, () -> csv.importCsv(circle));
    assertThat(circular.applied()).isFalse();
    assertThat(circular.invalidRows()).hasSize(2);
    assertThat(curriculum.findOutcomeByCode(x)).isEmpty();
  }

  @Test
  void importingTwiceAndExportingRoundTripChangeNothing() {
    String x = code("P");
    String y = code("Q");
    String file = HEADER + x + ",math,3,Нэг,One,MATH.2.NUM.1\n" + y + ",math,4,Хоёр,Two," + x + "\n";
    var first = As.user(author, () -> csv.importCsv(file));
    assertThat(first.applied()).isTrue();
    assertThat(first.count(ImportReport.Status.CREATED)).isEqualTo(2);
    assertThat(As.user(author, () -> csv.importCsv(file)).count(ImportReport.Status.UNCHANGED)).isEqualTo(2);
    String exported = As.user(author, () -> csv.exportCsv());
    assertThat(exported.indexOf(x + ",")).as("prerequisites come first").isLessThan(exported.indexOf(y + ","));
    var again = As.user(author, () -> csv.importCsv(exported));
    assertThat(again.applied()).isTrue();
    assertThat(again.count(ImportReport.Status.CREATED) + again.count(ImportReport.Status.UPDATED)).isZero();
    assertThatThrownBy(() -> As.user(teacher, () -> csv.importCsv(file))).isInstanceOf(org.erdem.shared.AccessDeniedException.class);
    As.user(author, () -> csv.importCsv("code,subject,grade,title_mn,title_ru\n" + x + ",math,3,Нэг,Один\n"));
    assertThat(curriculum.findOutcomeByCode(x).orElseThrow().titles()).as("a language without a column keeps its text")
        .containsEntry("en", "One").containsEntry("ru", "Один");
    assertThat(As.user(author, () -> service.get(x)).prerequisites()).as("no prerequisites column keeps them").extracting(o -> o.code())
        .containsExactly("MATH.2.NUM.1");
  }
}
