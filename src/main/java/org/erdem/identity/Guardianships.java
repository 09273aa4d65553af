package org.erdem.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Links between guardians' accounts and children (registry records). */
public interface Guardianships {
  Set<UUID> childrenOf(UUID guardianAccountId);

  List<Guardian> guardiansOf(UUID childId);

  void link(UUID guardianAccountId, UUID childId, String relationship);

  void unlink(UUID guardianAccountId, UUID childId);

  record Guardian(UUID accountId, String displayName, String relationship) {}
}
