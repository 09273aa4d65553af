package org.erdem.content;

import java.util.UUID;

/** A lesson version passed review and is now what children see. */
public record LessonPublished(UUID lessonId, UUID versionId, int number) {}
