package org.erdem.inclusion.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.erdem.inclusion.Accommodation;
import org.erdem.inclusion.internal.IepForm;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormParams;
import org.springframework.util.MultiValueMap;

/**
 * The IEP form as a browser posts it, without JavaScript: numbered rows of goals, services and
 * people (blank rows are left out), ticked accommodations and the extra time in percent.
 */
final class IepFormParams {
  static final int MAX_ROWS = 20;

  private IepFormParams() {}

  /** The form as far as it could be read, and what could not be read (a date that is no date). */
  record Parsed(IepForm form, List<ValidationException.FieldError> unreadable) {}

  static Parsed parse(MultiValueMap<String, String> params) {
    var p = new FormParams(params);
    var goals = new ArrayList<IepForm.Goal>();
    for (int i = 0; i < MAX_ROWS; i++) {
      String f = "goals[" + i + "].";
      if (!p.blank(f, "description", "baseline", "target", "measure", "targetDate", "outcomeCode")) {
        goals.add(new IepForm.Goal(p.text(f + "kind"), p.text(f + "outcomeCode"), p.text(f + "description"), p.text(f + "baseline"),
            p.text(f + "target"), p.text(f + "measure"), p.date(f + "targetDate"), p.id(f + "id")));
      }
    }
    var accommodations = new LinkedHashMap<String, Integer>();
    p.all("accommodation").forEach(code -> accommodations.put(code, null));
    // A number of extra minutes per hundred gives the extra time, ticked or not.
    Integer extra = p.number("accommodations.extra_time");
    if (extra != null || accommodations.containsKey(Accommodation.EXTRA_TIME.code())) {
      accommodations.put(Accommodation.EXTRA_TIME.code(), extra);
    }
    var services = new ArrayList<IepForm.Service>();
    for (int i = 0; i < MAX_ROWS; i++) {
      String f = "services[" + i + "].";
      if (!p.blank(f, "type", "provider", "frequency", "minutes")) {
        services.add(new IepForm.Service(p.text(f + "type"), p.text(f + "provider"), p.text(f + "frequency"), p.number(f + "minutes"),
            p.text(f + "place")));
      }
    }
    var people = new ArrayList<IepForm.Person>();
    for (int i = 0; i < MAX_ROWS; i++) {
      String f = "people[" + i + "].";
      if (!p.blank(f, "name", "relation")) {
        people.add(new IepForm.Person(p.text(f + "role"), p.text(f + "name"), p.text(f + "relation")));
      }
    }
    var form = new IepForm(p.text("presentLevels"), p.date("startsOn"), p.date("reviewOn"), p.date("endsOn"), goals, accommodations, services, people);
    return new Parsed(form, p.unreadable());
  }
}
