package org.erdem.identity.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.erdem.identity.DisplayContributor;
import org.erdem.identity.Grant;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.shared.web.NavItem;
import org.erdem.shared.web.ShellUser;
import org.erdem.shared.web.ShellUserSource;
import org.springframework.stereotype.Component;

/** The signed-in user and the navigation that the caller's roles open, for the page shell. */
@Component
class ShellUsers implements ShellUserSource {
  private final CallerLoader callers;
  private final List<NavContributor> contributors;
  private final List<DisplayContributor> displays;

  ShellUsers(CallerLoader callers, List<NavContributor> contributors, List<DisplayContributor> displays) {
    this.callers = callers;
    this.contributors = contributors;
    this.displays = displays;
  }

  @Override
  public Optional<ShellUser> current() {
    return callers.find().map(caller -> {
      var nav = new ArrayList<NavItem>();
      nav.add(new NavItem("nav.home", "/"));
      contributors.forEach(c -> nav.addAll(c.items(caller)));
      if (caller.has(Role.SYSTEM_ADMIN)) {
        nav.add(new NavItem("nav.users", "/admin/users"));
      }
      if (caller.hasNationally(Role.SYSTEM_ADMIN)) {
        nav.add(new NavItem("nav.audit", "/admin/audit"));
      }
      nav.add(new NavItem("nav.account", "/account"));
      List<String> roles = caller.grants().stream().map(Grant::role).distinct().map(Role::messageKey).toList();
      var display = new HashSet<String>();
      displays.forEach(d -> display.addAll(d.display(caller)));
      return new ShellUser(caller.displayName(), roles, nav, display);
    });
  }
}
