package org.erdem.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** JSON API calls as a demo account, and the demo records the API tests start from. */
final class DemoApi {
  private DemoApi() {}

  /** The request with HTTP Basic for the demo user, sending and accepting JSON. */
  static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
    return request.with(httpBasic(user, DemoLogins.PASSWORD)).accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON);
  }

  /** The class the demo `teacher` is homeroom teacher of (5А of UB-001). */
  static UUID teachersClass(JdbcClient jdbc) {
    return jdbc.sql("""
        select k.id from registry.class k join registry.staff s on s.id = k.homeroom_staff_id
          join identity.account a on a.id = s.account_id where a.username = 'teacher'""").query(UUID.class).single();
  }

  /** The child record of a demo student account. */
  static UUID childOf(JdbcClient jdbc, String username) {
    return jdbc.sql("select c.id from registry.child c join identity.account a on a.id = c.account_id where a.username = :u")
        .param("u", username).query(UUID.class).single();
  }
}
