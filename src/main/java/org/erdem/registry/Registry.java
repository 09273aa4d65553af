package org.erdem.registry;

import java.util.List;

/** What other modules read from the registry, always for the current caller and within their access. */
public interface Registry {
  /** The children the caller is guardian of, or the caller's own child record. */
  List<ChildCard> myChildren();

  /** The classes of the current academic year the caller teaches or is homeroom teacher of. */
  List<ClassCard> myClasses();

  /** The org nodes where the caller holds an administrative or oversight role, with counts. */
  List<ScopeSummary> myScopes();
}
