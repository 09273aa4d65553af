package org.erdem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.erdem.As;
import org.erdem.Eventually;
import org.erdem.IntegrationTest;
import org.erdem.WebSession;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.erdem.registry.RegistryTestData;
import org.erdem.shared.db.ChangeNotices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions and callers kept on this node, and how what changes, here or on another node, reaches them. */
@IntegrationTest
class KeptOnThisNodeTest {
  private static final String ADMIN_ONLY = "/api/v1/users";
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;
  @Autowired AccountService accountService;
  @Autowired IdentityChanges changes;
  @LocalServerPort int port;
  RegistryTestData data;

  @BeforeEach
  void setUp() {
    data = new RegistryTestData(jdbc, accounts, guardianships);
    Eventually.until("listening to identity changes", changes.sessions()::isOpen);
  }

  private WebSession signedIn(String user) {
    var browser = new WebSession(port);
    browser.login(user, RegistryTestData.PASSWORD);
    assertThat(status(browser)).isEqualTo(200);
    return browser;
  }

  private static int status(WebSession browser) {
    return browser.get(ADMIN_ONLY, "application/json").status();
  }

  private String sessionOf(String user) {
    return jdbc.sql("select session_id from identity.spring_session where principal_name = :u").param("u", user).query(String.class).single();
  }

  /** What another node does: a change straight in the database, not through this node. */
  private void revokedElsewhere(String user) {
    jdbc.sql("delete from identity.role_assignment where account_id = :a").param("a", data.accountId(user)).update();
  }

  @Test
  void aSignedInRequestIsServedFromWhatThisNodeKept() {
    String user = data.user("kept", Role.SYSTEM_ADMIN, data.country().id());
    var browser = signedIn(user);
    assertThat(status(browser)).isEqualTo(200);
    assertThat(changes.sessions().find(sessionOf(user))).as("the session, kept").isNotNull();
    assertThat(changes.callers().find(user).caller().has(Role.SYSTEM_ADMIN)).as("the caller and roles, kept").isTrue();
  }

  @Test
  void aRoleRevokedOnAnotherNodeEndsHereWhenItsNoticeArrives() {
    String user = data.user("kept-elsewhere", Role.SYSTEM_ADMIN, data.country().id());
    var browser = signedIn(user);
    revokedElsewhere(user);
    Eventually.until("the revoked role is refused", () -> status(browser) == 403);
    jdbc.sql("update identity.account set enabled = false where id = :a").param("a", data.accountId(user)).update();
    Eventually.until("the caller is forgotten", () -> changes.callers().find(user) == null);
  }

  @Test
  void aRoleRevokedOnThisNodeEndsAtTheNextRequest() {
    String admin = data.user("kept-revoker", Role.SYSTEM_ADMIN, data.country().id());
    String user = data.user("kept-revoked", Role.SYSTEM_ADMIN, data.country().id());
    var browser = signedIn(user);
    UUID account = data.accountId(user);
    UUID grant = jdbc.sql("select id from identity.role_assignment where account_id = :a").param("a", account).query(UUID.class).single();
    As.user(admin, () -> accountService.revokeRole(account, grant));
    assertThat(status(browser)).as("at once, not when the notice comes back").isEqualTo(403);
  }

  @Test
  void whileItCannotHearOfChangesItKeepsNothingAndThenListensAgain() {
    String user = data.user("kept-unheard", Role.SYSTEM_ADMIN, data.country().id());
    var browser = signedIn(user);
    String session = sessionOf(user);
    assertThat(changes.sessions().find(session)).isNotNull();
    jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where query = :q").param("q", "listen " + ChangeNotices.CHANNEL)
        .query(Boolean.class).list();
    Eventually.until("the lost connection forgets what was kept", () -> changes.sessions().find(session) == null);
    Eventually.until("listening again", changes.sessions()::isOpen);
    assertThat(status(browser)).isEqualTo(200);
    assertThat(changes.sessions().find(session)).isNotNull();
    revokedElsewhere(user);
    Eventually.until("a change is heard again", () -> status(browser) == 403);
  }
}
