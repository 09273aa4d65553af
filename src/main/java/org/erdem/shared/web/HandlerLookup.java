package org.erdem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's handler without walking the request's wrappers for every mapping. A path with
 * variables is tried against each of the ~290 mappings, and each asks the request for its method
 * twice, through the ten or so wrappers that the session and security filters put around it: that
 * was an eighth of the processor time of saving an answer.
 */
final class HandlerLookup extends RequestMappingHandlerMapping {
  @Override
  protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
    return super.getHandlerInternal(new MethodRead(request));
  }

  /** The request, its method read once. */
  private static final class MethodRead extends HttpServletRequestWrapper {
    private final String method;

    MethodRead(HttpServletRequest request) {
      super(request);
      this.method = request.getMethod();
    }

    @Override
    public String getMethod() {
      return method;
    }
  }
}
