package org.erdem.registry;

import java.util.Map;
import java.util.UUID;

/** An org node a caller is responsible for, with what lies below it. */
public record ScopeSummary(UUID nodeId, String kind, Map<String, String> names, long schools, long classes, long children, long staff) {}
