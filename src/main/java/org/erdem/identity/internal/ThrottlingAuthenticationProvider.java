package org.erdem.identity.internal;

import java.util.concurrent.Semaphore;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password authentication with throttling and an audit entry for every attempt. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {
  /** Thrown when the client address is refused; the login page says so. */
  static class AddressBlockedException extends LockedException {
    AddressBlockedException() {
      super("address blocked");
    }
  }

  /**
   * Password checks at once: one per core. Each Argon2 check takes 16 MB of memory and a core's
   * worth of work, so more at once only fill the heap (a class signing in together did, at 300 MB).
   */
  private static final Semaphore HASHING = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  private final DaoAuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final AccountStore accounts;
  private final JdbcAuditLog audit;

  ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, AccountStore accounts, JdbcAuditLog audit) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : ClientAddress.current();
    var accountId = accounts.findByUsername(username).map(AccountStore.Account::id).orElse(null);
    if (throttle.addressBlocked(address)) {
      audit.recordLogin("login.refused.address", username, accountId);
      throw new AddressBlockedException();
    }
    try {
      Authentication result = checked(authentication);
      throttle.succeeded(username);
      audit.recordLogin("login.success", username, accountId);
      return result;
    } catch (LockedException e) {
      audit.recordLogin("login.refused.locked", username, accountId);
      throw e;
    } catch (BadCredentialsException e) {
      boolean locked = throttle.failed(username, address);
      audit.recordLogin(locked ? "login.failure.locked" : "login.failure", username, accountId);
      throw e;
    } catch (AuthenticationException e) {
      audit.recordLogin("login.failure", username, accountId);
      throw e;
    }
  }

  private Authentication checked(Authentication authentication) {
    HASHING.acquireUninterruptibly();
    try {
      return passwords.authenticate(authentication);
    } finally {
      HASHING.release();
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
