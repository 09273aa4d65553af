package org.erdem.identity.internal;

import java.util.UUID;
import java.util.function.Predicate;
import org.erdem.shared.db.ChangeNotices;
import org.erdem.shared.db.NodeCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's sessions and callers ({@link NodeCache}), kept true to the database through
 * {@link ChangeNotices}: triggers on the account, role and session tables announce every change
 * (migrations V4 and V5) as {@code session:<id>} or {@code account:<id>}.
 */
@Component
class IdentityChanges {
  private final NodeCache<FrugalSessionRepository.Snapshot> sessions;
  private final NodeCache<CallerLoader.Today> callers;

  IdentityChanges(ChangeNotices notices, @Value("${erdem.identity.cached-entries}") int capacity) {
    this.sessions = notices.cache("session", capacity);
    this.callers = new NodeCache<>(capacity);
    notices.follow("account", callers, this::accountAnnounced);
  }

  NodeCache<FrugalSessionRepository.Snapshot> sessions() {
    return sessions;
  }

  NodeCache<CallerLoader.Today> callers() {
    return callers;
  }

  private void accountAnnounced(String id) {
    callers.forgetIf(account(id) instanceof UUID account ? holds(account) : any -> true);
  }

  /**
   * What this node changed is forgotten at once, and again at commit, rather than when its own notice
   * comes back: the next request must see the change, even one that arrives before the notice.
   */
  void accountChanged(UUID account) {
    callers.forgetIfWhenCommitted(holds(account));
  }

  private static Predicate<CallerLoader.Today> holds(UUID account) {
    return today -> today.caller().accountId().equals(account);
  }

  private static UUID account(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
