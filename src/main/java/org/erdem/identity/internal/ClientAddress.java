package org.erdem.identity.internal;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the current request (behind a proxy: as forwarded, when so configured). */
final class ClientAddress {
  private ClientAddress() {}

  static String current() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
        ? attrs.getRequest().getRemoteAddr()
        : null;
  }
}
