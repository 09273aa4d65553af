package org.erdem.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.util.MultiValueMap;

/**
 * Values of a posted form with numbered rows, read by name: a blank field is null, a value that is
 * no date or number gets its format message in the validation instead of an error page.
 */
public final class FormParams {
  private final MultiValueMap<String, String> params;
  private final Validation unreadable = new Validation();

  public FormParams(MultiValueMap<String, String> params) {
    this.params = params;
  }

  public String text(String field) {
    return params.getFirst(field);
  }

  public List<String> all(String field) {
    return params.getOrDefault(field, List.of());
  }

  public boolean blank(String prefix, String... fields) {
    return Arrays.stream(fields).allMatch(f -> Text.blankToNull(params.getFirst(prefix + f)) == null);
  }

  public LocalDate date(String field) {
    String value = Text.blankToNull(params.getFirst(field));
    try {
      return value == null ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      unreadable.add(field, "validation.date.format");
      return null;
    }
  }

  public Integer number(String field) {
    String value = Text.blankToNull(params.getFirst(field));
    try {
      return value == null ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      unreadable.add(field, "validation.format");
      return null;
    }
  }

  /** An id from a hidden field; anything that is no id reads as none. */
  public UUID id(String field) {
    String value = Text.blankToNull(params.getFirst(field));
    try {
      return value == null ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** What could not be read, to report before (or with) the service's own validation. */
  public List<ValidationException.FieldError> unreadable() {
    return unreadable.errors();
  }
}
