package org.erdem.mastery;

import java.util.UUID;

/** A child's gap no longer shows in the answers: the outcome is now proficient or better. */
public record GapClosed(UUID childId, UUID outcomeId, UUID schoolId) {}
