package org.erdem.registry.web;

import java.util.ArrayList;
import java.util.List;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;

@Component
class RegistryNav implements NavContributor {
  @Override
  public List<NavItem> items(Caller caller) {
    var items = new ArrayList<NavItem>();
    if (caller.has(Role.SYSTEM_ADMIN, Role.MINISTRY_ANALYST, Role.REGION_OFFICER, Role.SUPERVISOR, Role.SCHOOL_ADMIN,
        Role.SEN_COORDINATOR, Role.CHILD_PROTECTION_OFFICER)) {
      items.add(new NavItem("nav.org", "/org"));
    }
    if (caller.has(Role.GUARDIAN)) {
      items.add(new NavItem("nav.myChildren", "/my/children"));
    }
    return items;
  }
}
