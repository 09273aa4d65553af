package org.erdem.content;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A published lesson as other modules see it: titles per language, subject, grade, outcomes. */
public record LessonRef(UUID id, Map<String, String> titles, String subject, int grade, int durationMinutes, List<UUID> outcomeIds) {}
