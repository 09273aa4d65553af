package org.erdem.inclusion.web;

import java.util.ArrayList;
import java.util.function.BiFunction;
import org.erdem.inclusion.internal.IepStore;
import org.erdem.inclusion.internal.PlanPdf;
import org.erdem.inclusion.internal.PlanPdf.Line;
import org.erdem.registry.ChildCard;

/** The lines of a plan's PDF, in the reader's language: the same parts as the plan page. */
final class IepPdfView {
  private IepPdfView() {}

  static byte[] render(IepStore.Iep iep, ChildCard child, BiFunction<String, Object[], String> t, java.util.function.Function<java.time.LocalDate, String> date) {
    var lines = new ArrayList<Line>();
    lines.add(Line.text(child.givenName() + " " + child.familyName() + (child.className() == null ? "" : " · " + child.className())));
    lines.add(Line.text(t.apply("iepStatus." + iep.status(), null) + " · " + t.apply("iep.version", null) + " " + iep.version()));
    lines.add(Line.text(t.apply("iep.startsOn", null) + ": " + date.apply(iep.startsOn()) + " · " + t.apply("iep.reviewOn", null) + ": "
        + date.apply(iep.reviewOn()) + " · " + t.apply("iep.endsOn", null) + ": " + date.apply(iep.endsOn())));
    lines.add(Line.heading(t.apply("iep.presentLevels", null)));
    lines.add(Line.text(iep.presentLevels()));
    lines.add(Line.heading(t.apply("iep.goals", null)));
    int n = 1;
    for (var g : iep.goals()) {
      lines.add(Line.text(n++ + ". " + g.description() + " (" + t.apply("goal.kind." + g.kind(), null) + ")"));
      lines.add(Line.text("    " + t.apply("goal.summary", new Object[] {g.baseline(), g.target(), date.apply(g.targetDate())})));
      lines.add(Line.text("    " + t.apply("goal.measuredBy", new Object[] {g.measure()})));
    }
    lines.add(Line.heading(t.apply("iep.accommodations", null)));
    iep.accommodations().forEach(a -> lines.add(Line.text("• " + t.apply(a.accommodation().messageKey(), null)
        + (a.value() != null ? " " + t.apply("iep.percent", new Object[] {a.value()}) : ""))));
    lines.add(Line.heading(t.apply("iep.services", null)));
    iep.services().forEach(s -> lines.add(Line.text("• " + s.type() + " · " + s.provider() + " · " + s.frequency() + " · " + s.minutes() + " · "
        + t.apply("place." + s.place(), null))));
    lines.add(Line.heading(t.apply("iep.people", null)));
    iep.people().forEach(p -> lines.add(Line.text("• " + p.name() + " · " + p.relation() + " · " + t.apply("person.role." + p.role(), null))));
    return PlanPdf.render(t.apply("iep.title", null), lines);
  }
}
