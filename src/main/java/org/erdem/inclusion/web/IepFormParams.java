package org.erdem.inclusion.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.erdem.inclusion.Accommodation;
import org.erdem.inclusion.internal.IepForm;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;
import org.springframework.util.MultiValueMap;

/**
 * The IEP form as a browser posts it, without JavaScript: numbered rows of goals, services and
 * people (blank rows are left out), ticked accommodations and the extra time in percent.
 */
final class IepFormParams {
  static final int MAX_ROWS = 20;

  private IepFormParams() {}

  /** The form as far as it could be read, and what could not be read (a date that is no date). */
  record Parsed(IepForm form, List<org.erdem.shared.ValidationException.FieldError> unreadable) {}

  static Parsed parse(MultiValueMap<String, String> p) {
    var dates = new Validation();
    var goals = new ArrayList<IepForm.Goal>();
    for (int i = 0; i < MAX_ROWS; i++) {
      String f = "goals[" + i + "].";
      if (blank(p, f, "description", "baseline", "target", "measure", "targetDate", "outcomeCode")) {
        continue;
      }
      goals.add(new IepForm.Goal(p.getFirst(f + "kind"), p.getFirst(f + "outcomeCode"), p.getFirst(f + "description"), p.getFirst(f + "baseline"),
          p.getFirst(f + "target"), p.getFirst(f + "measure"), date(p, f + "targetDate", dates), id(p.getFirst(f + "id"))));
    }
    var accommodations = new LinkedHashMap<String, Integer>();
    for (String code : p.getOrDefault("accommodation", List.of())) {
      accommodations.put(code, null);
    }
    // A number of extra minutes per hundred gives the extra time, ticked or not.
    Integer extra = number(p, "accommodations.extra_time", dates);
    if (extra != null || accommodations.containsKey(Accommodation.EXTRA_TIME.code())) {
      accommodations.put(Accommodation.EXTRA_TIME.code(), extra);
    }
    var services = new ArrayList<IepForm.Service>();
    for (int i = 0; i < MAX_ROWS; i++) {
      String f = "services[" + i + "].";
      if (!blank(p, f, "type", "provider", "frequency", "minutes")) {
        services.add(new IepForm.Service(p.getFirst(f + "type"), p.getFirst(f + "provider"), p.getFirst(f + "frequency"), number(p, f + "minutes", dates),
            p.getFirst(f + "place")));
      }
    }
    var people = new ArrayList<IepForm.Person>();
    for (int i = 0; i < MAX_ROWS; i++) {
      String f = "people[" + i + "].";
      if (!blank(p, f, "name", "relation")) {
        people.add(new IepForm.Person(p.getFirst(f + "role"), p.getFirst(f + "name"), p.getFirst(f + "relation")));
      }
    }
    var form = new IepForm(p.getFirst("presentLevels"), date(p, "startsOn", dates), date(p, "reviewOn", dates), date(p, "endsOn", dates), goals,
        accommodations, services, people);
    return new Parsed(form, dates.errors());
  }

  private static boolean blank(MultiValueMap<String, String> p, String prefix, String... fields) {
    return Stream.of(fields).allMatch(f -> Text.blankToNull(p.getFirst(prefix + f)) == null);
  }

  private static LocalDate date(MultiValueMap<String, String> p, String field, Validation errors) {
    String value = Text.blankToNull(p.getFirst(field));
    try {
      return value == null ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "validation.date.format");
      return null;
    }
  }

  /** The id of a goal already in the plan, from a hidden field; anything else means a new goal. */
  private static java.util.UUID id(String value) {
    try {
      return value == null || value.isBlank() ? null : java.util.UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer number(MultiValueMap<String, String> p, String field, Validation errors) {
    String value = Text.blankToNull(p.getFirst(field));
    try {
      return value == null ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(field, "validation.format");
      return null;
    }
  }
}
