package org.erdem.identity;

import java.util.Optional;
import java.util.UUID;

/** The org hierarchy as identity needs it to place role assignments; implemented by the registry. */
public interface OrgDirectory {
  Optional<OrgNode> findNode(UUID id);

  Optional<OrgNode> findNodeByCode(String code);

  record OrgNode(UUID id, String code, String path, String name) {}
}
