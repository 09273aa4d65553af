package org.erdem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LoginThrottleTest {
  @Autowired JdbcClient jdbc;
  @Autowired AccountStore accounts;

  @Test
  void anAddressGuessingAcrossManyAccountsIsRefusedAndOthersAreNot() {
    var throttle = new LoginThrottle(jdbc, accounts, 5, 3, 15);
    String address = "198.51.100." + (System.nanoTime() % 200);
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.addressBlocked(address)).isFalse();
      throttle.failed("nobody-" + System.nanoTime() + "-" + i, address);
    }
    assertThat(throttle.addressBlocked(address)).isTrue();
    assertThat(throttle.addressBlocked("203.0.113.7")).isFalse();
  }
}
