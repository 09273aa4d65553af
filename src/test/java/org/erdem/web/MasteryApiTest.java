package org.erdem.web;

import static org.erdem.web.DemoApi.as;
import static org.erdem.web.DemoApi.teachersClass;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Mastery over the API with the demo accounts and their demo answers: who may read what, and bad input. */
@IntegrationTest
class MasteryApiTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;


  private UUID node(String code) {
    return jdbc.sql("select id from registry.org_unit where code = :c").param("c", code).query(UUID.class).single();
  }


  @Test
  void theChildSeesOwnProgressAchievementAndPlan() throws Exception {
    mvc.perform(as(get("/api/v1/me/progress"), "student")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(greaterThan(0)));
    mvc.perform(as(get("/api/v1/me/achievement"), "student")).andExpect(status().isOk()).andExpect(jsonPath("$[0].level").exists());
    mvc.perform(as(get("/api/v1/me/plans"), "student")).andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("approved"))
        .andExpect(jsonPath("$[0].members.length()").value(1));
    mvc.perform(as(get("/api/v1/me/plans"), "teacher")).andExpect(status().isForbidden());
  }

  @Test
  void theTeacherSeesHerClassAndNobodyElseDoes() throws Exception {
    UUID klass = teachersClass(jdbc);
    mvc.perform(as(get("/api/v1/classes/" + klass + "/mastery/overview"), "teacher")).andExpect(status().isOk())
        .andExpect(jsonPath("$.map.children.length()").value(greaterThan(0))).andExpect(jsonPath("$.commonGaps").isArray());
    mvc.perform(as(get("/api/v1/classes/" + klass + "/mastery"), "eteacher")).andExpect(status().isForbidden());
    mvc.perform(as(get("/api/v1/classes/" + klass + "/mastery/overview"), "guardian")).andExpect(status().isForbidden());
    mvc.perform(as(get("/api/v1/classes/" + klass + "/mastery/overview"), "analyst")).andExpect(status().isForbidden());
    mvc.perform(as(post("/api/v1/classes/" + klass + "/plans"), "guardian").content("{\"outcomeId\": \"%s\", \"childIds\": []}".formatted(UUID.randomUUID())))
        .andExpect(status().isForbidden());
  }

  @Test
  void badPlanInputIsRefusedInTheCallersLanguage() throws Exception {
    UUID klass = teachersClass(jdbc);
    mvc.perform(as(post("/api/v1/classes/" + klass + "/plans"), "teacher").header("Accept-Language", "ru")
            .content("{\"outcomeId\": \"%s\", \"childIds\": []}".formatted(UUID.randomUUID())))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(containsString("Отметьте")));
    mvc.perform(as(post("/api/v1/classes/" + klass + "/plans"), "teacher").header("Accept-Language", "en")
            .content("{\"outcomeId\": \"%s\", \"childIds\": [\"%s\"]}".formatted(UUID.randomUUID(), UUID.randomUUID())))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(containsString("have this gap open")));
    UUID plan = jdbc.sql("""
        select m.plan_id from mastery.plan_member m join registry.child c on c.id = m.child_id
          join identity.account a on a.id = c.account_id where a.username = 'student'""").query(UUID.class).single();
    mvc.perform(as(put("/api/v1/plans/" + plan + "/steps/0/lesson"), "teacher").content("{\"lessonId\": \"%s\"}".formatted(UUID.randomUUID())))
        .andExpect(status().isBadRequest());
    mvc.perform(as(get("/api/v1/plans/" + plan), "eteacher")).andExpect(status().isForbidden());
  }

  @Test
  void officersSeeCountsForTheirRegionOnly() throws Exception {
    mvc.perform(as(get("/api/v1/org-units/" + node("83") + "/achievement").param("subject", "math"), "aimagofficer"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total.levels.length()").value(4))
        .andExpect(jsonPath("$.parts.length()").value(greaterThan(0))).andExpect(jsonPath("$.byLocality.rural").exists());
    mvc.perform(as(get("/api/v1/org-units/" + node("UB-001") + "/achievement"), "aimagofficer")).andExpect(status().isForbidden());
    mvc.perform(as(get("/api/v1/org-units/" + node("UB-001") + "/achievement"), "schooladmin")).andExpect(status().isOk());
    UUID country = jdbc.sql("select id from registry.org_unit where parent_id is null").query(UUID.class).single();
    mvc.perform(as(get("/api/v1/org-units/" + country + "/achievement").param("grade", "5"), "analyst")).andExpect(status().isOk())
        .andExpect(jsonPath("$.grade").value(5));
    mvc.perform(as(get("/api/v1/org-units/" + country + "/achievement"), "teacher")).andExpect(status().isForbidden());
    mvc.perform(as(get("/api/v1/org-units/" + country + "/achievement"), "guardian")).andExpect(status().isForbidden());
  }
}
