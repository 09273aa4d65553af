package org.erdem.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of an account; roles are not authorities here, they are scoped and read per request. */
@Component
class AccountUserDetailsService implements UserDetailsService {
  private final AccountStore accounts;

  AccountUserDetailsService(AccountStore accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .disabled(!account.enabled())
        .accountLocked(account.lockedAt(OffsetDateTime.now()))
        .authorities(List.of(SessionAttributeCodec.SIGNED_IN))
        .build();
  }
}
