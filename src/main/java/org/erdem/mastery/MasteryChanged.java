package org.erdem.mastery;

import java.util.UUID;

/** A child's estimate for an outcome moved, after graded answers. */
public record MasteryChanged(UUID childId, UUID outcomeId, UUID schoolId, double probability, Level before, Level after) {}
