package org.erdem.inclusion;

import java.util.Map;
import java.util.UUID;

/** The accommodations of a child's active IEP, for the modules that apply them; no SEN data beyond them. */
public interface Accommodations {
  /** Accommodation to its value (extra time in percent, else null); empty without an active IEP. */
  Map<Accommodation, Integer> activeFor(UUID childId);
}
