package org.erdem.identity;

import java.util.Optional;

/** Who is calling, for the service layer of every module. */
public interface Callers {
  /** The signed-in caller; throws {@link org.erdem.shared.AccessDeniedException} when nobody is signed in. */
  Caller current();

  Optional<Caller> find();
}
