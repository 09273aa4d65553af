package org.erdem.shared.web;

import java.util.List;
import java.util.Optional;
import org.erdem.shared.ValidationException;
import org.erdem.shared.ValidationException.FieldError;

/** Validation errors of a submitted form, for showing each message beside its field. */
public record FormErrors(List<FieldError> errors) {
  public static final FormErrors NONE = new FormErrors(List.of());

  public static FormErrors of(ValidationException e) {
    return new FormErrors(e.errors());
  }

  /** Values that could not even be read (a date that is no date): each gets a format message. */
  public static FormErrors of(org.springframework.validation.BindingResult binding) {
    return new FormErrors(binding.getFieldErrors().stream().map(e -> new FieldError(e.getField(), "validation.format")).toList());
  }

  /** The same errors under the form's own field names, where a service names them otherwise. */
  public FormErrors renamed(java.util.Map<String, String> names) {
    return new FormErrors(errors.stream()
        .map(e -> new FieldError(e.field() == null ? null : names.getOrDefault(e.field(), e.field()), e.messageKey(), e.args())).toList());
  }

  public boolean any() {
    return !errors.isEmpty();
  }

  public boolean has(String field) {
    return on(field).isPresent();
  }

  public Optional<FieldError> on(String field) {
    return errors.stream().filter(e -> field.equals(e.field())).findFirst();
  }

  /** Errors that belong to no single field. */
  public List<FieldError> general() {
    return errors.stream().filter(e -> e.field() == null || e.field().isEmpty()).toList();
  }
}
