package org.erdem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Finds a request's handler among the mappings whose literal beginning its path shares, asking the
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
    for (RequestMappingInfo mapping : current.candidates(segments(request))) {
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

  /** The path's segments, decoded and without path parameters, as the patterns match them. */
  private static List<String> segments(HttpServletRequest request) {
    var segments = new ArrayList<String>();
    for (PathContainer.Element element : ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements()) {
      if (element instanceof PathContainer.PathSegment segment) {
        segments.add(segment.valueToMatch());
      }
    }
    return segments;
  }

  private record Match(RequestMappingInfo mapping, HandlerMethod handler) {}

  /**
   * The mappings in a tree of the literal segments their patterns begin with: a mapping sits where
   * its patterns' literal beginning ends (at the root when a pattern starts with a variable or a
   * wildcard). Only the mappings on a path's way down the tree can match it.
   */
  private static final class Routes {
    private final Map<RequestMappingInfo, HandlerMethod> handlers;
    private final Node root = new Node();

    Routes(Map<RequestMappingInfo, HandlerMethod> handlers) {
      this.handlers = Map.copyOf(handlers);
      for (RequestMappingInfo mapping : handlers.keySet()) {
        List<String> prefix = null;
        for (String pattern : mapping.getPatternValues()) {
          prefix = prefix == null ? literalPrefix(pattern) : common(prefix, literalPrefix(pattern));
        }
        Node node = root;
        for (String segment : prefix == null ? List.<String>of() : prefix) {
          node = node.children.computeIfAbsent(segment, k -> new Node());
        }
        node.mappings.add(mapping);
      }
    }

    private static List<String> literalPrefix(String pattern) {
      var prefix = new ArrayList<String>();
      if (pattern.startsWith("/")) {
        for (String segment : pattern.substring(1).split("/", -1)) {
          if (segment.isEmpty() || segment.chars().anyMatch(c -> c == '{' || c == '*' || c == '?')) {
            break;
          }
          prefix.add(segment);
        }
      }
      return prefix;
    }

    private static List<String> common(List<String> a, List<String> b) {
      int n = 0;
      while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
        n++;
      }
      return a.subList(0, n);
    }

    List<RequestMappingInfo> candidates(List<String> segments) {
      var candidates = new ArrayList<>(root.mappings);
      Node node = root;
      for (String segment : segments) {
        node = node.children.get(segment);
        if (node == null) {
          break;
        }
        candidates.addAll(node.mappings);
      }
      return candidates;
    }

    HandlerMethod handlerOf(RequestMappingInfo mapping) {
      return handlers.get(mapping);
    }

    Set<RequestMappingInfo> all() {
      return handlers.keySet();
    }

    private static final class Node {
      final Map<String, Node> children = new HashMap<>();
      final List<RequestMappingInfo> mappings = new ArrayList<>();
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
