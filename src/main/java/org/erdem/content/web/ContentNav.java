package org.erdem.content.web;

import java.util.ArrayList;
import java.util.List;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;

@Component
class ContentNav implements NavContributor {
  @Override
  public List<NavItem> items(Caller caller) {
    var items = new ArrayList<NavItem>();
    items.add(new NavItem("nav.library", "/library"));
    if (caller.has(Role.CONTENT_AUTHOR)) {
      items.add(new NavItem("nav.authoring", "/authoring"));
    }
    if (caller.has(Role.REVIEWER, Role.SYSTEM_ADMIN)) {
      items.add(new NavItem("nav.review", "/review"));
    }
    return items;
  }
}
