package org.erdem.content;

import java.util.List;

/**
 * How the signed-in reader prefers lessons: versions by role first (sign_language, easy_read,
 * audio_only) and captions shown from the start. Supplied by the inclusion module from a child's plan.
 */
public interface ReaderPreferences {
  record Preferences(List<String> mediaRolesFirst, boolean captionsOn) {
    public static final Preferences NONE = new Preferences(List.of(), false);
  }

  Preferences current();
}
