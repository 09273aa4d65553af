package org.erdem.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A child was enrolled in a class (also after a transfer). */
public record ChildEnrolled(UUID childId, UUID classId, UUID schoolId, String kind, LocalDate startsOn) {}
