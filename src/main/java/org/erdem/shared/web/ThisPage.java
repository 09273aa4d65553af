package org.erdem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the page being rendered shows, for keeping it on this node ({@link KeptPages}): its controller
 * asks for it to be kept until one of the named change notices ({@link Notice}) is heard, and each part of the page that reads more (the shell, a module's facade) names its own.
 * A page is kept only for the session it was rendered for, and only if it was rendered whole with
 * status 200, set no cookie and showed no one-time message.
 */
public final class ThisPage {
  private static final String ATTRIBUTE = ThisPage.class.getName();

  private final String key;
  private final KeptPages.Ticket ticket;
  private final Set<String> notices = new LinkedHashSet<>();
  private final List<Runnable> everySend = new ArrayList<>();
  private boolean kept;

  private ThisPage(String key, KeptPages.Ticket ticket) {
    this.key = key;
    this.ticket = ticket;
  }

  /** The page may be sent again as it is until one of these notices is heard. */
  public static void keep(Collection<String> notices) {
    ThisPage page = current();
    if (page != null) {
      page.kept = true;
      notices.forEach(n -> page.notices.add(Notice.checked(n)));
    }
  }

  public static void keep(String... notices) {
    keep(List.of(notices));
  }

  /** A part of a page shows what these notices would change, whether or not the page is kept. */
  public static void shows(String... notices) {
    shows(List.of(notices));
  }

  public static void shows(Collection<String> notices) {
    ThisPage page = current();
    if (page != null) {
      notices.forEach(n -> page.notices.add(Notice.checked(n)));
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

  static void begin(HttpServletRequest request, String key, KeptPages.Ticket ticket) {
    request.setAttribute(ATTRIBUTE, new ThisPage(key, ticket));
  }

  static ThisPage of(HttpServletRequest request) {
    return (ThisPage) request.getAttribute(ATTRIBUTE);
  }

  boolean kept() {
    return kept;
  }

  String key() {
    return key;
  }

  KeptPages.Ticket ticket() {
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
