package org.erdem.registry;

import java.util.List;
import java.util.UUID;
import org.erdem.shared.web.NavItem;

/** Links other modules add to a child's page, for the current caller (progress, the SEN record, ...). */
public interface ChildLinks {
  List<NavItem> links(UUID childId);
}
