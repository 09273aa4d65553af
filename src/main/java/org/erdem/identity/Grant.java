package org.erdem.identity;

import java.time.LocalDate;
import java.util.UUID;

/** A role held at an org node, valid for a period (no end date: open). */
public record Grant(UUID id, Role role, UUID nodeId, String nodePath, LocalDate validFrom, LocalDate validTo) {

  public boolean activeOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** An assignment at a node covers the node and everything below it. */
  public boolean covers(String path) {
    return path != null && path.startsWith(nodePath);
  }
}
