package org.erdem.inclusion.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.erdem.inclusion.Accommodation;
import org.erdem.shared.Text;
import org.erdem.shared.Validation;

/** What the SEN coordinator writes into an IEP: present levels, goals, accommodations, services, people, dates. */
public record IepForm(String presentLevels, LocalDate startsOn, LocalDate reviewOn, LocalDate endsOn, List<Goal> goals,
    Map<String, Integer> accommodations, List<Service> services, List<Person> people) {

  static final List<String> PLACES = List.of("support_room", "class", "home", "other");

  /** A measurable goal: academic (tied to a curriculum outcome) or functional; the id of a goal already in the plan keeps its progress data. */
  public record Goal(String kind, String outcomeCode, String description, String baseline, String target, String measure, LocalDate targetDate,
      java.util.UUID id) {
    public Goal(String kind, String outcomeCode, String description, String baseline, String target, String measure, LocalDate targetDate) {
      this(kind, outcomeCode, description, baseline, target, measure, targetDate, null);
    }
  }

  public record Service(String type, String provider, String frequency, Integer minutes, String place) {}

  public record Person(String role, String name, String relation) {}

  public List<Goal> goalList() {
    return goals == null ? List.of() : goals.stream().filter(java.util.Objects::nonNull).toList();
  }

  public Map<String, Integer> accommodationMap() {
    return accommodations == null ? Map.of() : accommodations;
  }

  public List<Service> serviceList() {
    return services == null ? List.of() : services.stream().filter(java.util.Objects::nonNull).toList();
  }

  public List<Person> personList() {
    return people == null ? List.of() : people.stream().filter(java.util.Objects::nonNull).toList();
  }

  /** Every problem at once, each under its field (goals[0].measure and so on). */
  Validation validate(java.util.function.Predicate<String> outcomeExists) {
    var v = new Validation().required("presentLevels", Text.blankToNull(presentLevels)).maxLength("presentLevels", presentLevels, 8000)
        .required("startsOn", startsOn).required("reviewOn", reviewOn).required("endsOn", endsOn);
    if (startsOn != null && reviewOn != null && endsOn != null) {
      v.check(!reviewOn.isBefore(startsOn), "reviewOn", "validation.iep.reviewBeforeStart")
          .check(!endsOn.isBefore(reviewOn), "endsOn", "validation.iep.endBeforeReview");
    }
    v.check(!goalList().isEmpty(), "goals", "validation.iep.noGoals");
    for (int i = 0; i < goalList().size(); i++) {
      var g = goalList().get(i);
      String f = "goals[" + i + "].";
      v.check("academic".equals(g.kind()) || "functional".equals(g.kind()), f + "kind", "validation.choice")
          .required(f + "description", Text.blankToNull(g.description())).maxLength(f + "description", g.description(), 2000)
          .required(f + "baseline", Text.blankToNull(g.baseline())).maxLength(f + "baseline", g.baseline(), 500)
          .required(f + "target", Text.blankToNull(g.target())).maxLength(f + "target", g.target(), 500)
          .check(Text.blankToNull(g.measure()) != null, f + "measure", "validation.iep.goalMeasure").maxLength(f + "measure", g.measure(), 500)
          .required(f + "targetDate", g.targetDate());
      if ("academic".equals(g.kind())) {
        v.check(Text.blankToNull(g.outcomeCode()) != null && outcomeExists.test(g.outcomeCode().strip()), f + "outcomeCode", "validation.iep.goalOutcome");
      }
      if (g.targetDate() != null && startsOn != null && endsOn != null) {
        v.check(!g.targetDate().isBefore(startsOn) && !g.targetDate().isAfter(endsOn), f + "targetDate", "validation.iep.goalDate");
      }
    }
    accommodationMap().forEach((code, value) -> {
      var a = code == null ? java.util.Optional.<Accommodation>empty() : Accommodation.fromCode(code);
      v.check(a.isPresent(), "accommodations", "validation.choice");
      if (a.isPresent() && a.get().hasValue()) {
        v.check(value != null, "accommodations." + code, "validation.required").range("accommodations." + code, value, 1, 400);
      }
    });
    for (int i = 0; i < serviceList().size(); i++) {
      var s = serviceList().get(i);
      String f = "services[" + i + "].";
      v.required(f + "type", Text.blankToNull(s.type())).maxLength(f + "type", s.type(), 200)
          .required(f + "provider", Text.blankToNull(s.provider())).maxLength(f + "provider", s.provider(), 200)
          .required(f + "frequency", Text.blankToNull(s.frequency())).maxLength(f + "frequency", s.frequency(), 200)
          .required(f + "minutes", s.minutes()).range(f + "minutes", s.minutes(), 1, 600)
          .check(s.place() != null && PLACES.contains(s.place()), f + "place", "validation.choice");
    }
    for (int i = 0; i < personList().size(); i++) {
      var p = personList().get(i);
      String f = "people[" + i + "].";
      v.check("responsible".equals(p.role()) || "participant".equals(p.role()), f + "role", "validation.choice")
          .required(f + "name", Text.blankToNull(p.name())).maxLength(f + "name", p.name(), 200)
          .required(f + "relation", Text.blankToNull(p.relation())).maxLength(f + "relation", p.relation(), 200);
    }
    return v;
  }
}
