package org.erdem.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A child moved to another home school; the record and its history stay with the child. */
public record ChildTransferred(UUID childId, UUID fromSchoolId, UUID toSchoolId, LocalDate on) {}
