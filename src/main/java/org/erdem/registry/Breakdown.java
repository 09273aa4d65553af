package org.erdem.registry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An org node split into its parts, for overviews that count by place: the units directly below the
 * node, or a school's current classes. Holds no child record, only ids to group by.
 */
public record Breakdown(UUID nodeId, String kind, String path, Map<String, String> names, List<Part> parts, Map<UUID, SchoolPlace> schools,
    Map<UUID, UUID> classOfChild) {

  public boolean isSchool() {
    return kind.equals("school");
  }

  /** A unit below the node, or a class of the school. */
  public record Part(UUID id, String kind, Map<String, String> names) {}

  /** A school under the node: its locality (urban, rural, remote), its type (general, special, eschool) and the part it lies in (null for the node itself). */
  public record SchoolPlace(String locality, String type, UUID partId, Map<String, String> names) {}
}
