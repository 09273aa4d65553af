package org.erdem.shared.web;

import java.util.List;
import java.util.Locale;

/** The languages of the platform. Mongolian is the default; Kazakh, Kyrgyz and Tajik fall back to Russian. */
public final class Languages {
  public static final Locale DEFAULT = Locale.forLanguageTag("mn");
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  public static final List<String> CODES = List.of("mn", "kk", "ky", "ru", "tg", "en");
  static final List<String> FALLING_BACK_TO_RUSSIAN = List.of("kk", "ky", "tg");

  private Languages() {}

  public static boolean isSupported(String code) {
    return code != null && CODES.contains(code);
  }

  /** Resolves a language code to a supported locale, or the default. */
  public static Locale localeOf(String code) {
    return isSupported(code) ? Locale.forLanguageTag(code) : DEFAULT;
  }
}
