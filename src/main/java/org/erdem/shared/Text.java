package org.erdem.shared;

/** Small helpers for text typed by users. */
public final class Text {
  private Text() {}

  /** The trimmed text, or null when nothing but spaces was given. */
  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
