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

  /** The first supported language the request accepts, or the default. */
  public static Locale preferred(jakarta.servlet.http.HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return DEFAULT;
    }
    var accepted = request.getLocales();
    while (accepted.hasMoreElements()) {
      String code = accepted.nextElement().getLanguage();
      if (isSupported(code)) {
        return Locale.forLanguageTag(code);
      }
    }
    return DEFAULT;
  }

  /** Resolves a language code to a supported locale, or the default. */
  public static Locale localeOf(String code) {
    return isSupported(code) ? Locale.forLanguageTag(code) : DEFAULT;
  }
}
