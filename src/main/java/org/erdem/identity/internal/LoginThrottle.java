package org.erdem.identity.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: an account is locked for a while after repeated failures, and a
 * client address that fails too often (guessing across many accounts) is refused for a while.
 */
@Component
class LoginThrottle {
  private final JdbcClient jdbc;
  private final AccountStore accounts;
  private final int accountLimit;
  private final int addressLimit;
  private final Duration window;

  LoginThrottle(JdbcClient jdbc, AccountStore accounts,
      @Value("${erdem.login.account-failures:5}") int accountLimit,
      @Value("${erdem.login.address-failures:200}") int addressLimit,
      @Value("${erdem.login.lock-minutes:15}") int lockMinutes) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.accountLimit = accountLimit;
    this.addressLimit = addressLimit;
    this.window = Duration.ofMinutes(lockMinutes);
  }

  boolean addressBlocked(String address) {
    return address != null && failuresFromAddress(address) >= addressLimit;
  }

  /** Records a failure; returns true when this failure locked the account. */
  boolean failed(String username, String address) {
    jdbc.sql("delete from identity.login_failure where at < :before").param("before", OffsetDateTime.now().minus(window)).update();
    jdbc.sql("insert into identity.login_failure (username, client_address) values (:u, :a)")
        .param("u", username).param("a", address == null ? "" : address).update();
    long recent = jdbc.sql("select count(*) from identity.login_failure where lower(username) = lower(:u) and at > :since")
        .param("u", username).param("since", OffsetDateTime.now().minus(window)).query(Long.class).single();
    if (recent >= accountLimit) {
      accounts.lockUntil(username, OffsetDateTime.now().plus(window));
      return true;
    }
    return false;
  }

  void succeeded(String username) {
    jdbc.sql("delete from identity.login_failure where lower(username) = lower(:u)").param("u", username).update();
  }

  private long failuresFromAddress(String address) {
    return jdbc.sql("select count(*) from identity.login_failure where client_address = :a and at > :since")
        .param("a", address).param("since", OffsetDateTime.now().minus(window)).query(Long.class).single();
  }
}
