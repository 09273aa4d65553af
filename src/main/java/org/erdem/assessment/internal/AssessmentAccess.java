package org.erdem.assessment.internal;

import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.shared.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Authors write items, reviewers publish them; authors and teachers build quizzes; students take them. */
@Component
class AssessmentAccess {
  private final Callers callers;

  AssessmentAccess(Callers callers) {
    this.callers = callers;
  }

  Caller caller() {
    return callers.current();
  }

  Caller require(Role... roles) {
    Caller caller = callers.current();
    if (!caller.has(roles)) {
      throw new AccessDeniedException();
    }
    return caller;
  }
}
