package org.erdem.registry;

import java.util.Map;
import java.util.UUID;

/** A class with its school and the number of children enrolled now. */
public record ClassCard(UUID id, String name, int grade, String language, UUID schoolId, Map<String, String> schoolNames, long enrolled) {}
