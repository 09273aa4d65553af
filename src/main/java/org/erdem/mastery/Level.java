package org.erdem.mastery;

import java.util.Locale;

/** The level shown to people for an estimate; names are translated through the message bundles. */
public enum Level {
  NOT_STARTED, BEGINNING, DEVELOPING, PROFICIENT, MASTERED;

  public String messageKey() {
    return "level." + name().toLowerCase(Locale.ROOT);
  }
}
