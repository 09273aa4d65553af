package org.erdem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.erdem.As;
import org.erdem.Eventually;
import org.erdem.IntegrationTest;
import org.erdem.WebSession;
import org.erdem.identity.internal.AccountService;
import org.erdem.registry.RegistryTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired AccountService accountService;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  RegistryTestData data;

  @BeforeEach
  void setUp() {
    data = new RegistryTestData(jdbc, accounts, guardianships);
  }

  private long audited(String action, String username) {
    return jdbc.sql("select count(*) from identity.audit_event where action = :a and actor_name = :u").param("a", action).param("u", username)
        .query(Long.class).single();
  }

  @Test
  void passwordsAreStoredWithArgon2() {
    String user = data.user("argon", Role.TEACHER, data.country().id());
    String hash = jdbc.sql("select password_hash from identity.account where username = :u").param("u", user).query(String.class).single();
    assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
  }

  @Test
  void signInIsAuditedAndTheSessionIsStoredInTheDatabase() {
    String user = data.user("ok", Role.TEACHER, data.country().id());
    var browser = new WebSession(port);
    var signedIn = browser.login(user, RegistryTestData.PASSWORD);
    assertThat(signedIn.location()).endsWith("/");
    assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
        assertThat(cookie).startsWith("ERDEM_SESSION=").contains("HttpOnly", "SameSite=Lax"));
    assertThat(browser.get("/").status()).isEqualTo(200);
    assertThat(new WebSession(port).login(user, "wrong-password").location()).endsWith("/login?error=bad");
    assertThat(audited("login.success", user)).isEqualTo(1);
    assertThat(audited("login.failure", user)).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from identity.spring_session where principal_name = :u").param("u", user).query(Long.class).single())
        .as("sessions live in PostgreSQL, so they survive a restart and any node can serve them").isEqualTo(1);
    assertThat(jdbc.sql("""
        select convert_from(a.attribute_bytes, 'UTF8') from identity.spring_session_attributes a
          join identity.spring_session s on s.primary_id = a.session_primary_id
         where s.principal_name = :u and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""").param("u", user).query(String.class).single())
        .as("the signed-in account is stored as its name, not as a Java-serialized security context").startsWith("erdem-signed-in:").endsWith(" " + user);
    assertThat(browser.post("/logout", java.util.Map.of()).location()).endsWith("/login?logout");
    assertThat(browser.get("/").status()).isEqualTo(302);
  }

  @Test
  void pagesDoNotRewriteTheSessionButASessionEndedElsewhereEndsHereToo() {
    String user = data.user("frugal", Role.TEACHER, data.country().id());
    var browser = new WebSession(port);
    browser.login(user, RegistryTestData.PASSWORD);
    assertThat(browser.get("/account").status()).isEqualTo(200);
    var touched = lastAccess(user);
    for (int i = 0; i < 3; i++) {
      assertThat(browser.get("/account").status()).isEqualTo(200);
    }
    assertThat(lastAccess(user)).as("the last-access time moves in steps of a minute, not on every page").isEqualTo(touched);
    // Another node signing the session out deletes its row: this node hears of it and signs the browser out too.
    jdbc.sql("delete from identity.spring_session where principal_name = :u").param("u", user).update();
    Eventually.until("the session ended elsewhere ends here", () -> browser.get("/account").status() == 302);
  }

  private Instant lastAccess(String user) {
    return Instant.ofEpochMilli(jdbc.sql("select last_access_time from identity.spring_session where principal_name = :u")
        .param("u", user).query(Long.class).single());
  }

  @Test
  void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
    String user = data.user("locked", Role.TEACHER, data.country().id());
    for (int i = 0; i < 5; i++) {
      assertThat(new WebSession(port).login(user, "wrong-" + i).location()).endsWith("/login?error=bad");
    }
    assertThat(new WebSession(port).login(user, RegistryTestData.PASSWORD).location()).endsWith("/login?error=locked");
    assertThat(audited("login.failure.locked", user)).isEqualTo(1);
    assertThat(audited("login.refused.locked", user)).isEqualTo(1);
  }

  @Test
  void anAdministratorsResetForcesAPasswordChangeBeforeAnythingElse() {
    String admin = data.user("admin", Role.SYSTEM_ADMIN, data.country().id());
    String user = data.user("reset", Role.TEACHER, data.country().id());
    As.user(admin, () -> accountService.resetPassword(data.accountId(user), "temporary-1"));
    var browser = new WebSession(port);
    browser.login(user, "temporary-1");
    assertThat(browser.get("/").location()).endsWith("/account/password");
    assertThat(browser.get("/account/password").status()).isEqualTo(200);
    var rejected = browser.post("/account/password", java.util.Map.of("current", "temporary-1", "password", "short", "repeat", "short"));
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.body()).contains("id=\"e-password\"");
    assertThat(browser.post("/account/password", java.util.Map.of("current", "temporary-1", "password", "my-own-secret", "repeat", "my-own-secret"))
        .location()).endsWith("/account");
    assertThat(browser.get("/").status()).isEqualTo(200);
    assertThat(audited("password.reset", admin)).isEqualTo(1);
    assertThat(audited("password.changed", user)).isEqualTo(1);
  }

  @Test
  void roleChangesAreAuditedAndOutOfScopeAssignmentsRefused() {
    String aimag = data.aimag("R").code();
    var aimagNode = jdbc.sql("select id from registry.org_unit where code = :c").param("c", aimag).query(java.util.UUID.class).single();
    String regionalAdmin = data.user("regionadmin", Role.SYSTEM_ADMIN, aimagNode);
    String user = data.user("target", Role.TEACHER, aimagNode);
    String national = data.user("national", Role.SYSTEM_ADMIN, data.country().id());
    assertThatThrownBy(() -> As.user(regionalAdmin, () -> accountService.resetPassword(data.accountId(national), "take-over-1")))
        .as("a regional administrator cannot take over a national account").isInstanceOf(org.erdem.shared.AccessDeniedException.class);
    assertThat(As.user(regionalAdmin, () -> accountService.search(data.code(""), org.erdem.shared.PageRequest.of(1, 50))).items())
        .extracting(a -> a.username()).contains(user, regionalAdmin).doesNotContain(national);
    As.user(regionalAdmin, () -> accountService.assignRole(data.accountId(user), new AccountService.GrantRequest("teacher", aimag, null, null)));
    assertThat(audited("role.assigned", regionalAdmin)).isEqualTo(1);
    assertThatThrownBy(() -> As.user(regionalAdmin, () -> accountService.assignRole(data.accountId(user),
        new AccountService.GrantRequest("teacher", "MN", null, null))))
        .isInstanceOf(org.erdem.shared.ValidationException.class);
  }

  @Test
  void aTemporaryPasswordDoesNotOpenTheApiEither() throws Exception {
    String admin = data.user("admin2", Role.SYSTEM_ADMIN, data.country().id());
    String user = data.user("basicreset", Role.TEACHER, data.country().id());
    As.user(admin, () -> accountService.resetPassword(data.accountId(user), "temporary-2"));
    mvc.perform(get("/api/v1/me").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(user, "temporary-2"))
        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isForbidden());
  }

  @Test
  void expiredRolesGiveNoAccess() throws Exception {
    String user = data.user("expired", null, null);
    accounts.grant(data.accountId(user), Role.SYSTEM_ADMIN, data.country().id(), java.time.LocalDate.now().minusYears(2), java.time.LocalDate.now().minusYears(1));
    mvc.perform(get("/api/v1/users").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theAuditLogIsAppendOnly() {
    assertThatThrownBy(() -> jdbc.sql("update identity.audit_event set action = 'x'").update()).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from identity.audit_event").update()).hasMessageContaining("append-only");
  }

  @Test
  void formsWithoutCsrfTokenAreRefused() throws Exception {
    mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
  }

  @Test
  void apiClientsMayUseBasicAuthentication() throws Exception {
    String user = data.user("basic", Role.TEACHER, data.country().id());
    mvc.perform(get("/api/v1/me").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(user, RegistryTestData.PASSWORD))
        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
  }
}
