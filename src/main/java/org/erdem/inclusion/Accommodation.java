package org.erdem.inclusion;

import java.util.Locale;
import java.util.Optional;

/** The catalogue of accommodations an IEP can give; what class teachers see, never the diagnosis. */
public enum Accommodation {
  EXTRA_TIME(true), NO_TIME_LIMIT(false), READ_ALOUD(false), CAPTIONS(false), SIGN_LANGUAGE(false), EASY_READ(false),
  LARGE_TEXT(false), HIGH_CONTRAST(false), FEWER_ITEMS_PER_PAGE(false), BREAKS(false), ORAL_ANSWERS(false),
  SIMPLIFIED_INSTRUCTIONS(false);

  private final boolean hasValue;

  Accommodation(boolean hasValue) {
    this.hasValue = hasValue;
  }

  /** Whether the accommodation takes a number (extra time in percent). */
  public boolean hasValue() {
    return hasValue;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String messageKey() {
    return "accommodation." + code();
  }

  public static Optional<Accommodation> fromCode(String code) {
    for (var a : values()) {
      if (a.code().equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
