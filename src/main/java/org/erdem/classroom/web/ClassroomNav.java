package org.erdem.classroom.web;

import java.util.ArrayList;
import java.util.List;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;

@Component
class ClassroomNav implements NavContributor {
  @Override
  public List<NavItem> items(Caller caller) {
    var items = new ArrayList<NavItem>();
    if (caller.has(Role.STUDENT)) {
      items.add(new NavItem("nav.myWork", "/my/work"));
    }
    if (caller.has(Role.TEACHER)) {
      items.add(new NavItem("nav.teaching", "/teaching"));
    }
    return items;
  }
}
