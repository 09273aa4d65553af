package org.erdem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The handler of a path is found among the mappings whose literal beginning it shares, asking the request for its method once. */
@IntegrationTest
class HandlerLookupTest {
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

  @Test
  void anAnswersHandlerIsFoundAskingTheRequestForItsMethodOnce() throws Exception {
    var asked = new AtomicInteger();
    var request = new MockHttpServletRequest("PUT", "/api/v1/attempts/01a234ce-a814-768c-9d6e-17e7fe25b583/answers/3") {
      @Override
      public String getMethod() {
        asked.incrementAndGet();
        return super.getMethod();
      }
    };
    ServletRequestPathUtils.parseAndCache(request);
    var handler = mapping.getHandler(request);
    assertThat(handler).isNotNull();
    assertThat(((HandlerMethod) handler.getHandler()).getMethod().getName()).isEqualTo("answer");
    assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(100);
    assertThat(asked.get()).isLessThanOrEqualTo(3);
  }

  private String handlerOf(String method, String path) throws Exception {
    var request = new MockHttpServletRequest(method, path);
    ServletRequestPathUtils.parseAndCache(request);
    var handler = mapping.getHandler(request);
    return handler == null ? null : ((HandlerMethod) handler.getHandler()).getBeanType().getSimpleName() + "." + ((HandlerMethod) handler.getHandler()).getMethod().getName();
  }

  @Test
  void theRightHandlerIsFoundAmongAllMappings() throws Exception {
    String attempt = "01a234ce-a814-768c-9d6e-17e7fe25b583";
    assertThat(handlerOf("PUT", "/api/v1/attempts/" + attempt + "/answers/3")).isEqualTo("AssessmentApi.answer");
    assertThat(handlerOf("GET", "/api/v1/quizzes/" + attempt)).startsWith("AssessmentApi.");
    assertThat(handlerOf("GET", "/quizzes/" + attempt)).startsWith("QuizController.");
    assertThat(handlerOf("GET", "/quizzes/" + attempt + "/statistics")).startsWith("TeacherToolsController.");
    assertThat(handlerOf("GET", "/lessons/" + attempt)).startsWith("LibraryController.");
    assertThat(handlerOf("GET", "/lessons/" + attempt + "/edit")).startsWith("AuthoringController.");
    assertThat(handlerOf("GET", "/classes/" + attempt + "/work")).startsWith("ClassroomController.");
    assertThat(handlerOf("GET", "/lessons/new")).as("a literal path beside a pattern").startsWith("AuthoringController.");
    assertThat(handlerOf("GET", "/no-such-page/" + attempt)).as("no such mapping").isNull();
    assertThat(handlerOf("PUT", "/api/v1/attempts/" + attempt + "/answers/%33")).as("an escaped path is matched decoded")
        .isEqualTo("AssessmentApi.answer");
    assertThat(handlerOf("GET", "/lesson%73/" + attempt)).as("even in its literal part").startsWith("LibraryController.");
    assertThat(handlerOf("GET", "/")).as("the root").isEqualTo("HomeController.home");
    assertThat(handlerOf("GET", "/account;jsessionid=1")).as("path parameters are not part of the segment").startsWith("AccountController.");
  }

  @Test
  void aPathMappedForOtherMethodsIsRefusedAsSpringRefusesIt() {
    assertThatThrownBy(() -> handlerOf("DELETE", "/account/password")).isInstanceOf(HttpRequestMethodNotSupportedException.class);
  }
}
