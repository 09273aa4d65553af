package org.erdem.shared.web;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value worked out once per request (the caller, the child signed in, the child's display
 * defaults), however many parts of the page ask for it. Outside a request it is worked out each time.
 * Nothing outlives the request, so a change made by another request or node is seen at the next one.
 */
public final class RequestMemo {
  private RequestMemo() {}

  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> value) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return value.get();
    }
    Object known = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (known != null) {
      return (T) known;
    }
    T worked = value.get();
    if (worked != null) {
      request.setAttribute(key, worked, RequestAttributes.SCOPE_REQUEST);
    }
    return worked;
  }

  /** Forgets a value, after this request changed what it was worked out from. */
  public static void forget(String key) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(key, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
