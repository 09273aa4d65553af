package org.erdem.web;

import static org.erdem.web.DemoApi.as;
import static org.erdem.web.DemoApi.teachersClass;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import com.jayway.jsonpath.JsonPath;
import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The same journey through the JSON API alone, as an app or a school server would use it, with the demo accounts. */
@IntegrationTest
class LearningApiJourneyTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private String call(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
    return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
  }


  @Test
  void authorReviewerTeacherChildThroughTheApi() throws Exception {
    String lesson = call(as(post("/api/v1/lessons"), "author").content("""
        {"subject": "math", "grade": 5, "durationMinutes": 15, "outcomeCodes": ["MATH.5.FRA.1"],
         "variants": {"mn": {"title": "API хичээл", "summary": "", "body": "## Бутархай"}, "ru": {"title": "Урок через API", "summary": "", "body": "Дроби"}}}"""), 201);
    String lessonId = JsonPath.read(lesson, "$.version.lessonId");
    call(as(post("/api/v1/lessons/" + lessonId + "/submit"), "author"), 200);
    call(as(post("/api/v1/lessons/" + lessonId + "/approve"), "reviewer").content("{\"comment\": \"Болсон\"}"), 200);

    UUID classId = teachersClass(jdbc);
    UUID quizId = jdbc.sql("select id from assessment.quiz where subject_code = 'math' and grade = 5 order by created_at limit 1").query(UUID.class).single();
    call(as(post("/api/v1/assignments"), "teacher").content("""
        {"classId": "%s", "lessonId": "%s", "mode": "at_home", "startsOn": "%s"}""".formatted(classId, lessonId, LocalDate.now())), 201);
    String quizWork = call(as(post("/api/v1/assignments"), "teacher").content("""
        {"classId": "%s", "quizId": "%s", "mode": "in_class", "startsOn": "%s"}""".formatted(classId, quizId, LocalDate.now())), 201);
    String workId = JsonPath.read(quizWork, "$.assignment.id");

    mvc.perform(as(get("/api/v1/lessons/" + lessonId).param("lang", "ru"), "student"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.variant.title").value("Урок через API"));
    String attempt = call(as(post("/api/v1/quizzes/" + quizId + "/attempts").param("context", workId), "student"), 200);
    String attemptId = JsonPath.read(attempt, "$.attemptId");
    String question = call(as(get("/api/v1/attempts/" + attemptId + "/questions/0"), "student"), 200);
    String type = JsonPath.read(question, "$.type");
    String response = switch (type) {
      case "single" -> "{\"choice\": 0}";
      case "multiple" -> "{\"choices\": [0]}";
      case "truefalse" -> "{\"value\": true}";
      case "numeric" -> "{\"value\": \"1\"}";
      case "short" -> "{\"text\": \"a\"}";
      default -> "{\"" + (type.equals("ordering") ? "order" : "matches") + "\": " + JsonPath.read(question, "$.choices[*].value").toString() + "}";
    };
    String answer = "{\"clientId\": \"" + UUID.randomUUID() + "\", \"seq\": 1, \"response\": " + response + "}";
    mvc.perform(as(put("/api/v1/attempts/" + attemptId + "/answers/0"), "student").content(answer))
        .andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(false));
    mvc.perform(as(put("/api/v1/attempts/" + attemptId + "/answers/0"), "student").content(answer))
        .andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
    mvc.perform(as(put("/api/v1/attempts/" + attemptId + "/answers/0"), "student2").content(answer.replaceAll("\"clientId\": \"[^\"]+\"", "\"clientId\": \"" + UUID.randomUUID() + "\"")))
        .andExpect(status().isForbidden());
    call(as(post("/api/v1/attempts/" + attemptId + "/submit"), "student"), 200);
    mvc.perform(as(put("/api/v1/attempts/" + attemptId + "/answers/0"), "student").header("Accept-Language", "ru")
            .content(answer.replaceAll("\"clientId\": \"[^\"]+\"", "\"clientId\": \"" + UUID.randomUUID() + "\"")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ответ")));

    mvc.perform(as(get("/api/v1/assignments/" + workId), "teacher"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.children[?(@.completedAt != null)]").isNotEmpty());
    mvc.perform(as(get("/api/v1/assignments/" + workId), "eteacher")).andExpect(status().isForbidden());
    mvc.perform(as(get("/api/v1/quizzes/" + quizId + "/statistics").param("context", workId), "teacher")).andExpect(status().isOk());
  }
}
