package org.erdem.shared.web;

import java.util.Map;

/** Names kept per language code: the user's language, then Mongolian, then English, then any. */
public final class LocalizedNames {
  private LocalizedNames() {}

  public static String pick(Map<String, String> names, String lang) {
    if (names == null || names.isEmpty()) {
      return "";
    }
    for (String code : new String[] {lang, Languages.FALLING_BACK_TO_RUSSIAN.contains(lang) ? "ru" : "mn", "mn", "en"}) {
      String name = names.get(code);
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    return names.values().iterator().next();
  }
}
