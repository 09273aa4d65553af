package org.erdem.mastery;

import java.util.Locale;

/** A child's achievement in a subject and grade, cut from the share of the grade's outcomes known. */
public enum Achievement {
  BELOW_BASIC, BASIC, PROFICIENT, ADVANCED;

  public String messageKey() {
    return "achievement." + name().toLowerCase(Locale.ROOT);
  }
}
