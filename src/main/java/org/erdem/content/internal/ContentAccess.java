package org.erdem.content.internal;

import org.erdem.identity.Caller;
import org.erdem.identity.Callers;
import org.erdem.identity.Role;
import org.erdem.shared.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Authors write and keep their own drafts; reviewers decide; every signed-in user reads what is published. */
@Component
public class ContentAccess {
  private final Callers callers;

  ContentAccess(Callers callers) {
    this.callers = callers;
  }

  Caller reader() {
    return callers.current();
  }

  public boolean isAuthor() {
    return callers.find().map(c -> c.has(Role.CONTENT_AUTHOR)).orElse(false);
  }

  public boolean isReviewer() {
    return callers.find().map(c -> c.has(Role.REVIEWER, Role.SYSTEM_ADMIN)).orElse(false);
  }

  Caller requireAuthor() {
    Caller caller = callers.current();
    if (!caller.has(Role.CONTENT_AUTHOR)) {
      throw new AccessDeniedException();
    }
    return caller;
  }

  Caller requireReviewer() {
    Caller caller = callers.current();
    if (!caller.has(Role.REVIEWER, Role.SYSTEM_ADMIN)) {
      throw new AccessDeniedException();
    }
    return caller;
  }
}
