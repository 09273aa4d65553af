package org.erdem.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Texts per language code (names, titles), kept in jsonb columns. */
public final class LocalizedJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {};

  private LocalizedJson() {}

  public static Map<String, String> parse(String json) {
    return json == null ? Map.of() : JSON.readValue(json, TYPE);
  }

  public static String json(Map<String, String> names) {
    var clean = new LinkedHashMap<String, String>();
    names.forEach((lang, name) -> {
      if (name != null && !name.isBlank()) {
        clean.put(lang, name.trim());
      }
    });
    return JSON.writeValueAsString(clean);
  }
}
