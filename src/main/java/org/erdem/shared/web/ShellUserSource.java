package org.erdem.shared.web;

import java.util.Optional;

/** Supplies the signed-in user to the page shell; implemented by the identity module. */
public interface ShellUserSource {
  Optional<ShellUser> current();
}
