package org.erdem.registry;

import java.util.List;

/** What other modules read from the registry, always for the current caller and within their access. */
public interface Registry {
  /** The children the caller is guardian of, or the caller's own child record. */
  List<ChildCard> myChildren();

  /** The calling student's own child record. */
  java.util.Optional<ChildCard> self();

  /** A child the caller may see (teacher of the child's class, the school, a guardian, the child), else empty. */
  java.util.Optional<ChildCard> visibleChild(java.util.UUID childId);

  /** Those of these children the caller may see, in one query. */
  List<ChildCard> children(java.util.Collection<java.util.UUID> childIds);

  /** The children enrolled in a class now; for those who teach it or may read the school's records. */
  List<ChildCard> roster(java.util.UUID classId);

  /** The classes a child is enrolled in now: the home class and any E-school classes. */
  List<java.util.UUID> currentClassIds(java.util.UUID childId);

  /** Whether the caller teaches the class or administers its school. */
  boolean canTeach(java.util.UUID classId);

  /** The classes of the current academic year the caller teaches or is homeroom teacher of. */
  List<ClassCard> myClasses();

  /** The org nodes where the caller holds an administrative or oversight role, with counts. */
  List<ScopeSummary> myScopes();

  /** The active staff of a school, for those who may browse it. */
  List<StaffCard> staff(java.util.UUID schoolId);

  /** The node with its parts and schools, when the caller may browse it (not as a teacher of single classes). */
  java.util.Optional<Breakdown> breakdown(java.util.UUID nodeId);
}
