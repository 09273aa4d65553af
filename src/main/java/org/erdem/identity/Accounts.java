package org.erdem.identity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Accounts and role assignments, for other modules (demo data, staff import). */
public interface Accounts {
  UUID create(NewAccount account);

  /** Creates the account with an already encoded password; for bulk seeding of demo data. */
  UUID createEncoded(NewAccount account, String encodedPassword);

  String encode(String rawPassword);

  Optional<UUID> findByUsername(String username);

  UUID grant(UUID accountId, Role role, UUID nodeId, LocalDate validFrom, LocalDate validTo);

  /** Whether the account holds this role anywhere today. */
  boolean holds(UUID accountId, Role role);
}
