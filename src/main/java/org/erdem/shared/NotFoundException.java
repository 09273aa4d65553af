package org.erdem.shared;

/** A record the caller asked for does not exist, or is outside what the caller may see. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what);
  }
}
