package org.erdem.curriculum.internal;

import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.shared.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The curriculum is national: every signed-in user reads it; methodologists at the national level change it. */
@Component
public class CurriculumAccess {
  private static final Role[] EDITORS = {Role.CONTENT_AUTHOR, Role.SYSTEM_ADMIN};
  private final Callers callers;

  CurriculumAccess(Callers callers) {
    this.callers = callers;
  }

  void requireReader() {
    callers.current();
  }

  public boolean canEdit() {
    Caller caller = callers.find().orElse(null);
    return caller != null && caller.hasNationally(EDITORS);
  }

  void requireEditor() {
    if (!canEdit()) {
      throw new AccessDeniedException();
    }
  }
}
