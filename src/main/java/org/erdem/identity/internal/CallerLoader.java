package org.erdem.identity.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Calendar;
import org.erdem.shared.db.NodeCache;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.RequestMemo;
import org.erdem.shared.web.ThisPage;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The caller's account and active roles, read from the database once and then kept on this node
 * ({@link IdentityChanges}) until the account or its roles change: a revoked role or a disabled
 * account takes effect at the next request on this node, and on every other node as soon as
 * PostgreSQL's notice of the change reaches it.
 */
@Component
class CallerLoader implements Callers {
  private static final String CACHE = CallerLoader.class.getName();
  private final AccountStore accounts;
  private final NodeCache<Today> kept;

  CallerLoader(AccountStore accounts, IdentityChanges changes) {
    this.accounts = accounts;
    this.kept = changes.callers();
  }

  /** A caller with the roles active on that day: tomorrow a role may have ended or begun. */
  record Today(LocalDate day, Caller caller) {}

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
    Optional<Caller> caller = RequestMemo.get(key(auth.getName()), () -> load(auth.getName()));
    // Every page made for a caller shows what the caller may do, and the caller's name.
    caller.ifPresent(c -> ThisPage.shows(Notice.account(c.accountId())));
    return caller;
  }

  private static String key(String username) {
    return CACHE + ":" + username.toLowerCase(Locale.ROOT);
  }

  private Optional<Caller> load(String username) {
    LocalDate today = Calendar.today();
    String key = username.toLowerCase(Locale.ROOT);
    Today known = kept.get(key, k -> read(username, today));
    if (known != null && !known.day().equals(today)) {
      kept.forget(key);
      known = kept.get(key, k -> read(username, today));
    }
    return Optional.ofNullable(known).map(Today::caller);
  }

  private Today read(String username, LocalDate today) {
    return accounts.findWithGrants(username).filter(h -> h.account().enabled())
        .map(h -> new Today(today, new Caller(h.account().id(), h.account().username(), h.account().displayName(),
            h.account().mustChangePassword(), h.grants().stream().filter(g -> g.activeOn(today)).toList())))
        .orElse(null);
  }

  /** Forgets the caller worked out for this request, after the caller's own account changed in this request. */
  void forget() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null) {
      RequestMemo.forget(key(auth.getName()));
    }
  }
}
