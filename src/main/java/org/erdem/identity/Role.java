package org.erdem.identity;

import java.util.Locale;
import java.util.Optional;

/** A role a user holds at a node of the org hierarchy. Codes are stored in the database. */
public enum Role {
  STUDENT, GUARDIAN, TEACHER, TUTOR, SPECIALIST, SEN_COORDINATOR, SCHOOL_ADMIN, SUPERVISOR, REGION_OFFICER,
  MINISTRY_ANALYST, CONTENT_AUTHOR, REVIEWER, TRAINER, CHILD_PROTECTION_OFFICER, SYSTEM_ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String messageKey() {
    return "role." + code();
  }

  public static Optional<Role> fromCode(String code) {
    for (Role role : values()) {
      if (role.code().equals(code)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
