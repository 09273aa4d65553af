package org.erdem.identity;

import java.util.List;
import org.erdem.shared.web.NavItem;

/** A module's entries in the main navigation, for a caller. */
public interface NavContributor {
  List<NavItem> items(Caller caller);
}
