package org.erdem.registry;

import java.util.Map;
import java.util.UUID;

/** A child as a guardian, the child, or another module sees it: name, school, current class and home language. */
public record ChildCard(UUID id, String familyName, String givenName, UUID schoolId, Map<String, String> schoolNames,
    UUID classId, String className, Integer grade, String homeLanguage) {}
