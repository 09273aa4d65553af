package org.erdem.shared;

import java.util.List;

/** Input that breaks a domain rule. Each error names a field (or null for the whole input) and a message key. */
public class ValidationException extends RuntimeException {
  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(errors.toString());
    this.errors = List.copyOf(errors);
  }

  public static ValidationException of(String field, String messageKey, Object... args) {
    return new ValidationException(List.of(new FieldError(field, messageKey, args)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  public record FieldError(String field, String messageKey, Object... args) {}
}
