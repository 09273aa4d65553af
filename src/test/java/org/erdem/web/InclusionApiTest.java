package org.erdem.web;

import static org.erdem.web.DemoApi.as;
import static org.erdem.web.DemoApi.childOf;
import static org.erdem.web.DemoApi.teachersClass;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** SEN records over the API with the demo accounts: need-to-know, audited reads, and bad input refused in the caller's language. */
@IntegrationTest
class InclusionApiTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;




  @Test
  void onlyThoseWhoNeedToKnowReadTheRecordAndEveryReadIsAudited() throws Exception {
    UUID child = childOf(jdbc, "student2");
    long before = jdbc.sql("select count(*) from identity.audit_event where action = 'sen.read' and record_id = :c").param("c", child.toString())
        .query(Long.class).single();
    mvc.perform(as(get("/api/v1/children/" + child + "/sen"), "sencoord")).andExpect(status().isOk())
        .andExpect(jsonPath("$.consentInForce").value(true)).andExpect(jsonPath("$.ieps[0].status").value("active"))
        .andExpect(jsonPath("$.needs.profile.categories[0]").value("hearing"));
    mvc.perform(as(get("/api/v1/children/" + child + "/sen"), "specialist")).andExpect(status().isOk());
    mvc.perform(as(get("/api/v1/children/" + child + "/sen"), "tutor")).andExpect(status().isOk());
    for (String denied : new String[] {"teacher", "admin", "aimagofficer", "analyst", "eteacher", "student"}) {
      mvc.perform(as(get("/api/v1/children/" + child + "/sen"), denied)).andExpect(status().isForbidden());
    }
    long after = jdbc.sql("select count(*) from identity.audit_event where action = 'sen.read' and record_id = :c").param("c", child.toString())
        .query(Long.class).single();
    org.assertj.core.api.Assertions.assertThat(after - before).as("one audited read per allowed request").isEqualTo(3);

    mvc.perform(as(get("/api/v1/classes/" + teachersClass(jdbc) + "/accommodations"), "teacher")).andExpect(status().isOk())
        .andExpect(jsonPath("$[*].accommodations.EXTRA_TIME", hasItem(50)))
        .andExpect(content -> org.assertj.core.api.Assertions.assertThat(content.getResponse().getContentAsString()).doesNotContain("hearing"));
    mvc.perform(as(get("/api/v1/classes/" + teachersClass(jdbc) + "/accommodations"), "guardian")).andExpect(status().isForbidden());
    UUID school = jdbc.sql("select id from registry.org_unit where code = 'UB-001'").query(UUID.class).single();
    mvc.perform(as(get("/api/v1/schools/" + school + "/sen-register"), "sencoord")).andExpect(status().isOk())
        .andExpect(jsonPath("$.entries.length()").value(greaterThan(1))).andExpect(jsonPath("$.reviewsDue.length()").value(greaterThan(0)));
    mvc.perform(as(get("/api/v1/schools/" + school + "/sen-register"), "teacher")).andExpect(status().isForbidden());
    mvc.perform(as(get("/api/v1/schools/" + school + "/sen-register"), "aimagofficer")).andExpect(status().isForbidden());
  }

  @Test
  void badInputIsRefusedAndChangesNothing() throws Exception {
    UUID withoutConsent = childOf(jdbc, "student3");
    String plan = """
        {"presentLevels": "Уншлага удаан", "startsOn": "%s", "reviewOn": "%s", "endsOn": "%s",
         "goals": [{"kind": "functional", "description": "Reads aloud", "baseline": "1 line", "target": "5 lines", "measure": "%s", "targetDate": "%s"}],
         "accommodations": {"extra_time": 50}}""";
    LocalDate today = LocalDate.now();
    mvc.perform(as(post("/api/v1/children/" + withoutConsent + "/ieps"), "sencoord").header("Accept-Language", "en")
            .content(plan.formatted(today, today.plusMonths(3), today.plusMonths(9), "tally", today.plusMonths(2))))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(containsString("consent")));
    mvc.perform(as(post("/api/v1/children/" + withoutConsent + "/consents"), "sencoord").header("Accept-Language", "ru")
            .content("{\"givenBy\": \"Эх\", \"givenOn\": \"%s\"}".formatted(today.plusDays(3))))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("givenOn"));
    mvc.perform(as(post("/api/v1/children/" + withoutConsent + "/consents"), "teacher")
            .content("{\"givenBy\": \"Эх\", \"givenOn\": \"%s\"}".formatted(today))).andExpect(status().isForbidden());
    org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from inclusion.consent where child_id = :c").param("c", withoutConsent)
        .query(Long.class).single()).isZero();

    UUID child = childOf(jdbc, "student2");
    var sen = mvc.perform(as(get("/api/v1/children/" + child + "/sen"), "sencoord")).andReturn().getResponse().getContentAsString();
    String iep = com.jayway.jsonpath.JsonPath.read(sen, "$.ieps[0].id");
    mvc.perform(as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/ieps/" + iep), "sencoord")
            .header("Accept-Language", "ru").content(plan.formatted(today, today.minusDays(1), today.plusMonths(9), " ", today.plusMonths(2))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'goals[0].measure')].message").value(hasItem(containsString("измер"))))
        .andExpect(jsonPath("$.errors[?(@.field == 'reviewOn')]").isNotEmpty());
    mvc.perform(as(get("/api/v1/ieps/" + iep), "sencoord")).andExpect(jsonPath("$.goals.length()").value(2));
  }

  @Test
  void supportStaffLogSessionsThatMoveTheGoalChart() throws Exception {
    UUID child = childOf(jdbc, "student2");
    UUID room = jdbc.sql("select id from inclusion.support_room order by created_at limit 1").query(UUID.class).single();
    var sen = mvc.perform(as(get("/api/v1/children/" + child + "/sen"), "specialist")).andReturn().getResponse().getContentAsString();
    String iep = com.jayway.jsonpath.JsonPath.read(sen, "$.ieps[0].id");
    String goal = com.jayway.jsonpath.JsonPath.read(sen, "$.ieps[0].goals[0].id");
    String session = "{\"childId\": \"%s\", \"heldOn\": \"%s\", \"minutes\": %d, \"goalId\": \"%s\", \"progress\": 7, \"note\": \"7/10\"}";
    mvc.perform(as(post("/api/v1/support-rooms/" + room + "/sessions"), "specialist").header("Accept-Language", "en")
            .content(session.formatted(child, LocalDate.now().minusDays(1), 0, goal)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("minutes"));
    mvc.perform(as(post("/api/v1/support-rooms/" + room + "/sessions"), "teacher").content(session.formatted(child, LocalDate.now().minusDays(1), 30, goal)))
        .andExpect(status().isForbidden());
    mvc.perform(as(post("/api/v1/support-rooms/" + room + "/sessions"), "specialist").content(session.formatted(child, LocalDate.now().minusDays(1), 30, goal)))
        .andExpect(status().isCreated());
    mvc.perform(as(get("/api/v1/ieps/" + iep + "/progress"), "specialist")).andExpect(status().isOk())
        .andExpect(jsonPath("$['" + goal + "'].points.length()").value(greaterThan(4)))
        .andExpect(jsonPath("$['" + goal + "'].chart.dots.length()").value(greaterThan(4)));
    mvc.perform(as(get("/api/v1/ieps/" + iep + "/progress"), "teacher")).andExpect(status().isForbidden());
    mvc.perform(as(get("/api/v1/support-rooms/" + room), "teacher")).andExpect(status().isForbidden());
    mvc.perform(as(get("/api/v1/support-rooms/" + room), "sencoord")).andExpect(status().isOk()).andExpect(jsonPath("$.caseload.length()").value(greaterThan(1)));
  }

  @Autowired org.erdem.content.ReaderPreferences readerPreferences;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void aPlanSetsTheChildsDisplayAndLessonPreferences() {
    var child = new org.erdem.WebSession(port);
    child.login("student2", DemoLogins.PASSWORD);
    org.assertj.core.api.Assertions.assertThat(child.get("/my/work").body()).as("large text from the plan, by default")
        .containsPattern("<html[^>]*class=\"[^\"]*large-text");
    child.post("/settings/display", java.util.Map.of("text", "normal", "contrast", "normal", "back", "/my/work"));
    org.assertj.core.api.Assertions.assertThat(child.get("/my/work").body()).as("the child's own choice wins")
        .doesNotContainPattern("<html[^>]*class=\"[^\"]*large-text");
    var classmate = new org.erdem.WebSession(port);
    classmate.login("student3", DemoLogins.PASSWORD);
    org.assertj.core.api.Assertions.assertThat(classmate.get("/my/work").body()).doesNotContainPattern("<html[^>]*class=\"[^\"]*large-text");
    org.assertj.core.api.Assertions.assertThat(org.erdem.As.user("student2", () -> readerPreferences.current()).captionsOn()).isTrue();
    org.assertj.core.api.Assertions.assertThat(org.erdem.As.user("student3", () -> readerPreferences.current()).captionsOn()).isFalse();
  }

  @Test
  void thePlanDownloadsAsAPdfForThoseWhoMayReadIt() throws Exception {
    UUID child = childOf(jdbc, "student2");
    var sen = mvc.perform(as(get("/api/v1/children/" + child + "/sen"), "sencoord")).andReturn().getResponse().getContentAsString();
    String iep = com.jayway.jsonpath.JsonPath.read(sen, "$.ieps[0].id");
    byte[] pdf = mvc.perform(get("/ieps/" + iep + "/plan.pdf").with(httpBasic("sencoord", DemoLogins.PASSWORD)).header("Accept-Language", "mn"))
        .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      org.assertj.core.api.Assertions.assertThat(text).contains("Ялгаатай хуваарьтай бутархай нэмэх").contains("Хэл засал");
    }
    mvc.perform(get("/ieps/" + iep + "/plan.pdf").with(httpBasic("teacher", DemoLogins.PASSWORD))).andExpect(status().isForbidden());
  }
}
