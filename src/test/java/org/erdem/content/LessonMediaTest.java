package org.erdem.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.As;
import org.erdem.IntegrationTest;
import org.erdem.content.internal.LessonService;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LessonMediaTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired LessonService lessons;

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3, 4};
  static final byte[] MP4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm'};

  @Test
  void filesAreCheckedByContentStreamedInRangesAndHiddenUntilPublished() throws Exception {
    var data = new RegistryTestData(jdbc, accounts, guardianships);
    String author = data.user("author", Role.CONTENT_AUTHOR, data.country().id());
    String reviewer = data.user("reviewer", Role.REVIEWER, data.country().id());
    String student = data.user("student", Role.STUDENT, data.country().id());
    UUID lesson = As.user(author, () -> lessons.create(new LessonService.LessonDraft("math", 5, 20, List.of(), null, null, null,
        Map.of("mn", new LessonService.VariantText("Зурагтай хичээл", "", "Текст")))));
    String url = "/api/v1/lessons/" + lesson + "/media";

    mvc.perform(multipart(url).file(new MockMultipartFile("file", "chart.png", "image/png", PNG)).with(user(author)).with(csrf()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("altText"));
    mvc.perform(multipart(url).file(new MockMultipartFile("file", "video.mp4", "video/mp4", "just text, not a video".getBytes()))
        .with(user(author)).with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(multipart(url).file(new MockMultipartFile("file", "chart.png", "image/png", PNG)).param("altText", "Бутархайн дугуй диаграм")
        .with(user(author)).with(csrf())).andExpect(status().isCreated());
    mvc.perform(multipart(url).file(new MockMultipartFile("file", "lesson.mp4", "application/octet-stream", MP4)).with(user(author)).with(csrf()))
        .andExpect(status().isCreated());
    UUID video = jdbc.sql("select m.id from content.media m join content.lesson_version v on v.id = m.version_id where v.lesson_id = :l and m.kind = 'video'")
        .param("l", lesson).query(UUID.class).single();
    mvc.perform(multipart(url).file(new MockMultipartFile("file", "mn.vtt", "text/vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nСайн уу".getBytes(StandardCharsets.UTF_8)))
        .param("captionsFor", video.toString()).param("language", "mn").with(user(author)).with(csrf())).andExpect(status().isCreated());
    mvc.perform(multipart(url).file(new MockMultipartFile("file", "chart.png", "image/png", PNG)).param("altText", "x")
        .with(user(student)).with(csrf())).andExpect(status().isForbidden());

    UUID image = jdbc.sql("select m.id from content.media m join content.lesson_version v on v.id = m.version_id where v.lesson_id = :l and m.kind = 'image'")
        .param("l", lesson).query(UUID.class).single();
    mvc.perform(get("/media/" + image).with(user(student))).andExpect(status().isForbidden());
    As.user(author, () -> lessons.submit(lesson));
    As.user(reviewer, () -> lessons.approve(lesson, null));
    mvc.perform(get("/media/" + image).with(user(student)).header("Range", "bytes=0-3"))
        .andExpect(status().isPartialContent())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(header().string("Content-Range", "bytes 0-3/" + PNG.length))
        .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("immutable")));
    assertThat(As.user(student, () -> lessons.read(lesson, "mn")).media()).hasSize(3);
    assertThat(As.user(student, () -> lessons.search(new org.erdem.content.internal.Lessons.Query("Зурагтай", null, null, null, null, "video"),
        org.erdem.shared.PageRequest.of(1, 10))).items()).extracting(c -> c.lessonId()).contains(lesson);
    assertThat(As.user(student, () -> lessons.search(new org.erdem.content.internal.Lessons.Query("Зурагтай", null, null, null, null, "pdf"),
        org.erdem.shared.PageRequest.of(1, 10))).items()).extracting(c -> c.lessonId()).doesNotContain(lesson);
  }
}
