package org.erdem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.erdem.shared.db.ChangeCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the page being rendered shows, for keeping it on this node ({@link KeptPages}): its controller
 * asks for it to be kept until one of the named change notices ({@link Notice}) is heard, and each
 * part of the page that reads more (the shell, a module's facade) names its own. A part that reads
 * what no notice announces says so, and the page is not kept. A page is kept only for the session
 * it was rendered for, and only if it was rendered whole with status 200, set no cookie and showed
 * no one-time message.
 */
public final class ThisPage {
  private static final String ATTRIBUTE = ThisPage.class.getName();
  private static final Logger log = LoggerFactory.getLogger(ThisPage.class);

  private final String key;
  private final ChangeCounts.Mark ticket;
  private final Set<String> notices = new LinkedHashSet<>();
  private final List<Runnable> everySend = new ArrayList<>();
  private boolean kept;
  private boolean unannounced;

  private ThisPage(String key, ChangeCounts.Mark ticket) {
    this.key = key;
    this.ticket = ticket;
  }

  /** The page may be sent again as it is until one of these notices, or those its parts name, is heard. */
  public static void keep(String... notices) {
    ThisPage page = current();
    if (page != null) {
      page.kept = true;
      page.add(List.of(notices));
    }
  }

  /** A part of a page shows what these notices would change, whether or not the page is kept. */
  public static void shows(String... notices) {
    shows(List.of(notices));
  }

  public static void shows(Collection<String> notices) {
    ThisPage page = current();
    if (page != null) {
      page.add(notices);
    }
  }

  /** A part of a page shows rows whose changes no notice announces: the page cannot be kept. */
  public static void showsUnannounced() {
    ThisPage page = current();
    if (page != null) {
      page.unannounced = true;
    }
  }

  /** Does something now, and again each time the page is sent kept, without its controller (a count of readings). */
  public static void everyTime(Runnable action) {
    action.run();
    ThisPage page = current();
    if (page != null) {
      page.everySend.add(action);
    }
  }

  private void add(Collection<String> named) {
    for (String notice : named) {
      if (Notice.followed(notice)) {
        notices.add(notice);
      } else {
        log.warn("A page names a notice that kept pages do not hear, so it is not kept: {}", notice);
        unannounced = true;
      }
    }
  }

  static void begin(HttpServletRequest request, String key, ChangeCounts.Mark ticket) {
    request.setAttribute(ATTRIBUTE, new ThisPage(key, ticket));
  }

  static ThisPage of(HttpServletRequest request) {
    return (ThisPage) request.getAttribute(ATTRIBUTE);
  }

  boolean kept() {
    return kept && !unannounced;
  }

  String key() {
    return key;
  }

  ChangeCounts.Mark ticket() {
    return ticket;
  }

  List<String> notices() {
    return List.copyOf(notices);
  }

  List<Runnable> everySend() {
    return List.copyOf(everySend);
  }

  private static ThisPage current() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    return request == null ? null : (ThisPage) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
  }
}
