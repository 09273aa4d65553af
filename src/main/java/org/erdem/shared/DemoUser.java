package org.erdem.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Demo data is made through the same services as real use, signed in as the demo account that would do it. */
public final class DemoUser {
  private DemoUser() {}

  public static <T> T as(String username, Supplier<T> action) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
