package org.erdem.shared;

import java.util.List;
import org.erdem.shared.ValidationException.FieldError;

/**
 * The outcome of an all-or-nothing CSV import: applied, or rejected with the errors of the file and
 * of each row (by line and column).
 */
public record ImportReport(boolean applied, List<FieldError> fileErrors, List<Row> rows) {

  public enum Status { CREATED, UPDATED, UNCHANGED, INVALID }

  public record Row(long line, String key, Status status, List<FieldError> errors) {}

  public static ImportReport fileError(String messageKey, Object... args) {
    return new ImportReport(false, List.of(new FieldError(null, messageKey, args)), List.of());
  }

  public long count(Status status) {
    return rows.stream().filter(r -> r.status() == status).count();
  }

  public List<Row> invalidRows() {
    return rows.stream().filter(r -> r.status() == Status.INVALID).toList();
  }
}
