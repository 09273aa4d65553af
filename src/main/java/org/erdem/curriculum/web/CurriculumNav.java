package org.erdem.curriculum.web;

import java.util.List;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.shared.web.NavItem;
import org.springframework.stereotype.Component;

@Component
class CurriculumNav implements NavContributor {
  @Override
  public List<NavItem> items(Caller caller) {
    boolean staff = caller.grants().stream().anyMatch(g -> g.role() != Role.STUDENT && g.role() != Role.GUARDIAN);
    return staff ? List.of(new NavItem("nav.curriculum", "/curriculum")) : List.of();
  }
}
