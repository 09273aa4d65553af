package org.erdem.inclusion;

import java.util.Map;
import java.util.UUID;

/** A child's IEP came into force, or its accommodations ended (then the map is empty). */
public record AccommodationsChanged(UUID childId, UUID schoolId, Map<Accommodation, Integer> accommodations) {}
