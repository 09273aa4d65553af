package org.erdem.identity.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.web.RequestMemo;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the caller's account and active roles from the database once per request, so that a revoked
 * role or a disabled account takes effect at the next request, on every app node.
 */
@Component
class CallerLoader implements Callers {
  private static final String CACHE = CallerLoader.class.getName();
  private final AccountStore accounts;

  CallerLoader(AccountStore accounts) {
    this.accounts = accounts;
  }

  @Override
  public Caller current() {
    return find().orElseThrow(AccessDeniedException::new);
  }

  @Override
  public Optional<Caller> find() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return RequestMemo.get(key(auth.getName()), () -> load(auth.getName()));
  }

  private static String key(String username) {
    return CACHE + ":" + username.toLowerCase(Locale.ROOT);
  }

  Optional<Caller> load(String username) {
    LocalDate today = org.erdem.shared.Calendar.today();
    return accounts.findWithGrants(username).filter(h -> h.account().enabled()).map(h -> new Caller(h.account().id(), h.account().username(),
        h.account().displayName(), h.account().mustChangePassword(), h.grants().stream().filter(g -> g.activeOn(today)).toList()));
  }

  /** Forgets the cached caller, after the caller's own account changed in this request. */
  void forget() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null) {
      RequestMemo.forget(key(auth.getName()));
    }
  }
}
