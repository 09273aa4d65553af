package org.erdem.mastery;

import java.util.UUID;

/** The answers show that a child has not yet learned an outcome the child's current work builds on. */
public record GapOpened(UUID childId, UUID outcomeId, UUID schoolId) {}
