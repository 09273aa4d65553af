package org.erdem.mastery.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.erdem.curriculum.Curriculum;
import org.erdem.curriculum.OutcomeRef;
import org.erdem.mastery.Level;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.web.Notice;
import org.erdem.shared.web.ThisPage;
import org.springframework.stereotype.Service;

/** What a class has learned, for its teacher: the heat map, who needs help now, the common gaps, plans under way. */
@Service
public class ClassMastery {
  private final Estimates estimates;
  private final KnowledgeGaps gaps;
  private final RemediationPlans plans;
  private final Curriculum curriculum;
  private final Registry registry;

  ClassMastery(Estimates estimates, KnowledgeGaps gaps, RemediationPlans plans, Curriculum curriculum, Registry registry) {
    this.estimates = estimates;
    this.gaps = gaps;
    this.plans = plans;
    this.curriculum = curriculum;
    this.registry = registry;
  }

  /** The class's children against the outcomes any of them has worked on. */
  public record HeatMap(List<ChildCard> children, List<OutcomeRef> outcomes, Map<UUID, Map<UUID, Level>> levels) {
    public Level level(UUID child, UUID outcome) {
      return levels.getOrDefault(child, Map.of()).getOrDefault(outcome, Level.NOT_STARTED);
    }
  }

  /** A gap some of the class's children share, with those children. */
  public record CommonGap(OutcomeRef outcome, List<ChildCard> children) {}

  /** A child with open gaps, most first. */
  public record NeedsHelp(ChildCard child, int gaps) {}

  public record Overview(UUID classId, HeatMap map, List<NeedsHelp> needHelp, List<CommonGap> commonGaps, List<RemediationPlans.Plan> plans) {}

  /** The children of the class who have this gap open, for a group plan. */
  public CommonGap sharedGap(UUID classId, UUID outcomeId) {
    if (!registry.canTeach(classId)) {
      throw new AccessDeniedException();
    }
    var outcome = curriculum.findOutcome(outcomeId).orElseThrow(() -> new NotFoundException("outcome " + outcomeId));
    var byId = registry.roster(classId).stream().collect(Collectors.toMap(ChildCard::id, c -> c));
    var children = gaps.openAmong(byId.keySet()).getOrDefault(outcomeId, List.of()).stream().map(byId::get)
        .sorted(Comparator.comparing(ChildCard::familyName).thenComparing(ChildCard::givenName)).toList();
    return new CommonGap(outcome, children);
  }

  public HeatMap heatMap(UUID classId, String subject) {
    return overview(classId, subject).map();
  }

  public Overview overview(UUID classId, String subject) {
    if (!registry.canTeach(classId)) {
      throw new AccessDeniedException();
    }
    var children = registry.roster(classId);
    var byId = children.stream().collect(Collectors.toMap(ChildCard::id, c -> c));
    ThisPage.shows(byId.keySet().stream().map(Notice::child).toList());
    var levels = estimates.levelsOf(byId.keySet());
    var evidenced = new HashSet<UUID>();
    levels.values().forEach(m -> evidenced.addAll(m.keySet()));
    var open = gaps.openAmong(byId.keySet());
    var outcomeIds = new HashSet<>(evidenced);
    outcomeIds.addAll(open.keySet());
    var outcomes = curriculum.outcomes(outcomeIds).stream().collect(Collectors.toMap(OutcomeRef::id, o -> o));
    boolean all = subject == null || subject.isBlank();
    var shown = outcomes.values().stream().filter(o -> evidenced.contains(o.id()) && (all || o.subject().equals(subject)))
        .sorted(Comparator.comparing(OutcomeRef::grade).thenComparing(OutcomeRef::code)).toList();
    var common = open.entrySet().stream().filter(e -> all || outcomes.get(e.getKey()).subject().equals(subject))
        .map(e -> new CommonGap(outcomes.get(e.getKey()), e.getValue().stream().map(byId::get).toList())).toList();
    var counts = new HashMap<UUID, Integer>();
    common.forEach(g -> g.children().forEach(c -> counts.merge(c.id(), 1, Integer::sum)));
    var needHelp = counts.entrySet().stream().map(e -> new NeedsHelp(byId.get(e.getKey()), e.getValue()))
        .sorted(Comparator.comparingInt(NeedsHelp::gaps).reversed().thenComparing(n -> n.child().familyName())).limit(10).toList();
    return new Overview(classId, new HeatMap(children, shown, levels), needHelp, common, plans.inProgress(byId.keySet()));
  }
}
