package org.erdem.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors for one input, so that every problem is reported at once, then throws. */
public final class Validation {
  private final List<ValidationException.FieldError> errors = new ArrayList<>();

  public Validation required(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add(field, "validation.required");
    }
    return this;
  }

  public Validation maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "validation.tooLong", max);
    }
    return this;
  }

  public Validation matches(String field, String value, Pattern pattern, String messageKey) {
    if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
      add(field, messageKey);
    }
    return this;
  }

  public Validation range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      add(field, "validation.range", min, max);
    }
    return this;
  }

  public Validation check(boolean ok, String field, String messageKey, Object... args) {
    if (!ok) {
      add(field, messageKey, args);
    }
    return this;
  }

  public boolean hasErrorOn(String field) {
    return errors.stream().anyMatch(e -> field.equals(e.field()));
  }

  public void add(String field, String messageKey, Object... args) {
    errors.add(new ValidationException.FieldError(field, messageKey, args));
  }

  public java.util.List<ValidationException.FieldError> errors() {
    return java.util.List.copyOf(errors);
  }

  /** Adds these errors to another validation under other field names, skipping fields that already have an error there. */
  public void copyInto(Validation other, java.util.function.UnaryOperator<String> rename) {
    errors.stream()
        .filter(e -> e.field() == null || !other.hasErrorOn(rename.apply(e.field())))
        .forEach(e -> other.add(rename.apply(e.field()), e.messageKey(), e.args()));
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
