package org.erdem.assessment.web;

import java.util.ArrayList;
import java.util.List;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;

@Component
class AssessmentNav implements NavContributor {
  @Override
  public List<NavItem> items(Caller caller) {
    var items = new ArrayList<NavItem>();
    if (caller.has(Role.CONTENT_AUTHOR, Role.REVIEWER)) {
      items.add(new NavItem("nav.items", "/items"));
    }
    if (caller.has(Role.TEACHER, Role.CONTENT_AUTHOR)) {
      items.add(new NavItem("nav.quizzes", "/quizzes"));
    }
    return items;
  }
}
