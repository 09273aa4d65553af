package org.erdem.identity;

import java.util.Set;

/** Display settings a module gives a caller by default ("large-text", "high-contrast"); the user's own choice wins. */
public interface DisplayContributor {
  Set<String> display(Caller caller);
}
