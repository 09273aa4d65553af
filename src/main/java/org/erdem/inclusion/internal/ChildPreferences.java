package org.erdem.inclusion.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.erdem.content.ReaderPreferences;
import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.identity.DisplayContributor;
import org.erdem.identity.Role;
import org.erdem.inclusion.Accommodation;
import org.erdem.registry.Registry;
import org.erdem.shared.web.RequestMemo;
import org.springframework.stereotype.Component;

/**
 * A child's plan in force, applied to what the child sees: larger text and high contrast by default
 * (the child's own choice still wins), lessons with the sign-language, easy-read or audio version
 * first, captions on.
 */
@Component
class ChildPreferences implements DisplayContributor, ReaderPreferences {
  private final Registry registry;
  private final AccommodationsFacade accommodations;
  private final Callers callers;

  ChildPreferences(Registry registry, AccommodationsFacade accommodations, Callers callers) {
    this.registry = registry;
    this.accommodations = accommodations;
    this.callers = callers;
  }

  @Override
  public Set<String> display(Caller caller) {
    var given = of(caller);
    var display = new HashSet<String>();
    if (given.containsKey(Accommodation.LARGE_TEXT)) {
      display.add("large-text");
    }
    if (given.containsKey(Accommodation.HIGH_CONTRAST)) {
      display.add("high-contrast");
    }
    return display;
  }

  @Override
  public Preferences current() {
    var given = callers.find().map(this::of).orElse(Map.of());
    var roles = new ArrayList<String>();
    if (given.containsKey(Accommodation.SIGN_LANGUAGE)) {
      roles.add("sign_language");
    }
    if (given.containsKey(Accommodation.EASY_READ)) {
      roles.add("easy_read");
    }
    if (given.containsKey(Accommodation.READ_ALOUD)) {
      roles.add("audio_only");
    }
    return new Preferences(roles, given.containsKey(Accommodation.CAPTIONS));
  }

  private Map<Accommodation, Integer> of(Caller caller) {
    if (!caller.has(Role.STUDENT)) {
      return Map.of();
    }
    // The shell and a lesson page both ask, once per request.
    return RequestMemo.get("inclusion.preferences:" + caller.accountId(),
        () -> registry.self().map(child -> accommodations.activeFor(child.id())).orElse(Map.of()));
  }
}
