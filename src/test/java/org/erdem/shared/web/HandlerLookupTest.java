package org.erdem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The handler of a path with variables is found among all mappings asking the request for its method once. */
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
}
