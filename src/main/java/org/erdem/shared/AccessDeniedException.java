package org.erdem.shared;

/** The caller is known but may not do this. The message is a message-bundle key. */
public class AccessDeniedException extends RuntimeException {
  public AccessDeniedException() {
    super("error.forbidden");
  }
}
