package org.erdem.identity;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The signed-in user with the roles active today. Every access decision starts from here. */
public record Caller(UUID accountId, String username, String displayName, boolean mustChangePassword, List<Grant> grants) {

  public boolean has(Role... roles) {
    return grants.stream().anyMatch(g -> Arrays.asList(roles).contains(g.role()));
  }

  /** The node paths at which the caller holds any of these roles: the roots of what they may see. */
  public List<String> scopes(Role... roles) {
    var wanted = Arrays.asList(roles);
    return grants.stream().filter(g -> wanted.contains(g.role())).map(Grant::nodePath).distinct().toList();
  }

  /** Whether one of these roles is held at the root of the hierarchy, the country. */
  public boolean hasNationally(Role... roles) {
    var wanted = Arrays.asList(roles);
    return grants.stream().anyMatch(g -> wanted.contains(g.role()) && g.nodePath().chars().filter(c -> c == '/').count() == 2);
  }

  /** The node where one of these roles is held highest in the hierarchy: where an overview of the caller's area starts. */
  public java.util.Optional<java.util.UUID> widestNode(Role... roles) {
    var wanted = Arrays.asList(roles);
    return grants.stream().filter(g -> wanted.contains(g.role())).min(java.util.Comparator.comparingInt(g -> g.nodePath().length())).map(Grant::nodeId);
  }

  /** Whether one of these roles is held at the node with this path or above it. */
  public boolean covers(String path, Role... roles) {
    var wanted = Arrays.asList(roles);
    return grants.stream().anyMatch(g -> wanted.contains(g.role()) && g.covers(path));
  }
}
