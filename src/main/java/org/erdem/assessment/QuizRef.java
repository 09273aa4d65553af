package org.erdem.assessment;

import java.util.Map;
import java.util.UUID;

/** A quiz as other modules see it. */
public record QuizRef(UUID id, Map<String, String> titles, String subject, int grade, int questions) {}
