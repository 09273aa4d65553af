package org.erdem.registry;

import java.util.UUID;

/** A member of a school's staff as other modules see them: name, position and account (if any). */
public record StaffCard(UUID id, UUID accountId, String familyName, String givenName, String position) {}
