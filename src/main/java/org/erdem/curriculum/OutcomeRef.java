package org.erdem.curriculum;

import java.util.Map;
import java.util.UUID;

/** A learning outcome as other modules see it. */
public record OutcomeRef(UUID id, String code, String subject, int grade, Map<String, String> titles) {}
