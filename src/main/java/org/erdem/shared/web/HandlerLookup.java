package org.erdem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds a request's handler among the mappings that can match its first path segment, asking the
 * request for its method once. Spring tries a path with variables against each of the ~290
 * mappings, and each asks the request for its method and path through the ten or so wrappers that
 * the session and security filters put around it: that was a seventh of the processor time of the
 * class view and an eighth of saving an answer. Which mapping wins, and the errors when none does
 * (404, 405, 406, 415), stay Spring's: the same conditions, comparator and no-match handling.
 */
final class HandlerLookup extends RequestMappingHandlerMapping {
  private volatile Routes routes = new Routes(Map.of());

  @Override
  protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
    super.handlerMethodsInitialized(handlerMethods);
    routes = new Routes(handlerMethods);
  }

  @Override
  public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
    super.registerMapping(mapping, handler, method);
    routes = new Routes(getHandlerMethods());
  }

  @Override
  public void unregisterMapping(RequestMappingInfo mapping) {
    super.unregisterMapping(mapping);
    routes = new Routes(getHandlerMethods());
  }

  @Override
  protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
    return super.getHandlerInternal(new MethodRead(request));
  }

  @Override
  protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
    if (CorsUtils.isPreFlightRequest(request)) {
      return super.lookupHandlerMethod(lookupPath, request);
    }
    Routes current = routes;
    List<Match> matches = new ArrayList<>(2);
    for (RequestMappingInfo mapping : current.candidates(firstSegment(request))) {
      RequestMappingInfo matched = getMatchingMapping(mapping, request);
      if (matched != null) {
        matches.add(new Match(matched, current.handlerOf(mapping)));
      }
    }
    if (matches.isEmpty()) {
      return handleNoMatch(current.all(), lookupPath, request);
    }
    Comparator<Match> order = Comparator.comparing(Match::mapping, getMappingComparator(request));
    matches.sort(order);
    Match best = matches.getFirst();
    if (matches.size() > 1 && order.compare(best, matches.get(1)) == 0) {
      throw new IllegalStateException("Ambiguous handler methods mapped for '" + request.getRequestURI() + "': {"
          + best.handler().getMethod() + ", " + matches.get(1).handler().getMethod() + "}");
    }
    request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
    handleMatch(best.mapping(), lookupPath, request);
    return best.handler();
  }

  /** The first segment of the path, decoded and without path parameters, as the patterns match it. */
  private static String firstSegment(HttpServletRequest request) {
    List<PathContainer.Element> elements = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
    return elements.size() > 1 && elements.get(1) instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : "";
  }

  private record Match(RequestMappingInfo mapping, HandlerMethod handler) {}

  /** The mappings by the literal first segment of their patterns; those that start with a variable or wildcard are candidates for every path. */
  private static final class Routes {
    private final Map<RequestMappingInfo, HandlerMethod> handlers;
    private final Map<String, List<RequestMappingInfo>> byFirstSegment = new HashMap<>();
    private final List<RequestMappingInfo> anyPath = new ArrayList<>();

    Routes(Map<RequestMappingInfo, HandlerMethod> handlers) {
      this.handlers = Map.copyOf(handlers);
      Map<String, Set<RequestMappingInfo>> literal = new HashMap<>();
      for (RequestMappingInfo mapping : handlers.keySet()) {
        Set<String> firstSegments = mapping.getPatternValues().isEmpty() ? Set.of() : new LinkedHashSet<>();
        for (String pattern : mapping.getPatternValues()) {
          String first = literalFirstSegment(pattern);
          if (first == null) {
            firstSegments = Set.of();
            break;
          }
          firstSegments.add(first);
        }
        if (firstSegments.isEmpty()) {
          anyPath.add(mapping);
        }
        firstSegments.forEach(first -> literal.computeIfAbsent(first, f -> new LinkedHashSet<>()).add(mapping));
      }
      literal.forEach((first, mappings) -> {
        List<RequestMappingInfo> candidates = new ArrayList<>(mappings);
        candidates.addAll(anyPath);
        byFirstSegment.put(first, List.copyOf(candidates));
      });
    }

    /** Null when the first segment holds a variable or a wildcard (or the pattern is empty). */
    private static String literalFirstSegment(String pattern) {
      if (!pattern.startsWith("/")) {
        return null;
      }
      int end = pattern.indexOf('/', 1);
      String first = pattern.substring(1, end < 0 ? pattern.length() : end);
      return first.chars().anyMatch(c -> c == '{' || c == '*' || c == '?') ? null : first;
    }

    List<RequestMappingInfo> candidates(String firstSegment) {
      return byFirstSegment.getOrDefault(firstSegment, anyPath);
    }

    HandlerMethod handlerOf(RequestMappingInfo mapping) {
      return handlers.get(mapping);
    }

    Set<RequestMappingInfo> all() {
      return handlers.keySet();
    }
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
