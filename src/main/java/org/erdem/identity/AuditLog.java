package org.erdem.identity;

/** The append-only audit log: who did what to which record, when and from where. */
public interface AuditLog {
  /** Records an action of the current caller (or of nobody, outside a request). */
  void record(String action, String recordType, Object recordId, String details);
}
