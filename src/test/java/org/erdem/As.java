package org.erdem;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service-layer code as a signed-in user, the way a request would. */
public final class As {
  private As() {}

  public static <T> T user(String username, Supplier<T> action) {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(new SimpleGrantedAuthority("USER"))));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  public static void user(String username, Runnable action) {
    user(username, () -> {
      action.run();
      return null;
    });
  }
}
