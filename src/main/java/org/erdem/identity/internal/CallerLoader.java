package org.erdem.identity.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.shared.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Caller cached
        && cached.username().equalsIgnoreCase(auth.getName())) {
      return Optional.of(cached);
    }
    Optional<Caller> caller = load(auth.getName());
    if (request != null) {
      caller.ifPresent(c -> request.setAttribute(CACHE, c, RequestAttributes.SCOPE_REQUEST));
    }
    return caller;
  }

  Optional<Caller> load(String username) {
    LocalDate today = org.erdem.shared.Calendar.today();
    return accounts.findByUsername(username).filter(AccountStore.Account::enabled).map(a -> new Caller(a.id(), a.username(),
        a.displayName(), a.mustChangePassword(), accounts.grants(a.id()).stream().filter(g -> g.activeOn(today)).toList()));
  }

  /** Forgets the cached caller, after the caller's own account changed in this request. */
  void forget() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
