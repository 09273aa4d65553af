package org.erdem.inclusion.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A child's whole SEN record in one read (audited once), and a school's register of children with SEN. */
@Service
public class SenRecords {
  private final InclusionAccess access;
  private final Consents consents;
  private final SenProfiles profiles;
  private final IepStore ieps;
  private final Registry registry;
  private final JdbcClient jdbc;
  private final AssessmentFiles files;

  SenRecords(InclusionAccess access, Consents consents, SenProfiles profiles, IepStore ieps, Registry registry, JdbcClient jdbc,
      AssessmentFiles files) {
    this.files = files;
    this.access = access;
    this.consents = consents;
    this.profiles = profiles;
    this.ieps = ieps;
    this.registry = registry;
    this.jdbc = jdbc;
  }

  /** What the caller may do with the record: the SEN team writes; a guardian gives or withdraws consent. */
  public record SenRecord(ChildCard child, List<Consents.Consent> consents, boolean consentInForce, SenProfiles.Record needs,
      List<IepStore.Iep> ieps, boolean canWrite, boolean isGuardian, boolean canRecordProgress, List<AssessmentFiles.FileRef> files) {}

  public SenRecord of(UUID childId) {
    var child = access.read(childId, "record");
    boolean guardian = access.isGuardian(childId);
    return new SenRecord(child, consents.list(childId), consents.inForce(childId), profiles.load(childId), ieps.ofChild(childId),
        access.mayWrite(childId), guardian, access.maySupport(childId), files.ofChild(childId));
  }

  /** Whether the caller may read the child's SEN record (no read happens, nothing is audited). */
  public boolean mayRead(UUID childId) {
    return access.mayRead(childId);
  }

  /** A child in the school's register: consent, needs and the open plan. */
  public record Entry(ChildCard child, boolean consentInForce, List<String> categories, Optional<IepStore.Iep> openPlan) {}

  public record Register(UUID schoolId, List<Entry> entries, List<IepStore.Iep> reviewsDue) {}

  /** The school's children with a consent, a profile or a plan, for its SEN team; reviews due within 30 days or overdue. */
  public Register register(UUID schoolId) {
    access.team(schoolId, "register");
    var ids = new java.util.LinkedHashSet<UUID>(jdbc.sql("""
        select child_id from inclusion.consent where school_id = :s
        union select child_id from inclusion.profile where school_id = :s
        union select child_id from inclusion.iep where school_id = :s""").param("s", schoolId).query(UUID.class).list());
    var categories = new java.util.HashMap<UUID, List<String>>();
    jdbc.sql("select child_id, categories from inclusion.profile where school_id = :s").param("s", schoolId)
        .query((rs, n) -> categories.put(rs.getObject(1, UUID.class), List.of((String[]) rs.getArray(2).getArray()))).list();
    var inForce = new java.util.HashSet<>(jdbc.sql("select child_id from inclusion.consent where school_id = :s and withdrawn_on is null")
        .param("s", schoolId).query(UUID.class).list());
    Map<UUID, IepStore.Iep> open = ieps.openOfSchool(schoolId).stream().collect(Collectors.toMap(IepStore.Iep::childId, Function.identity()));
    var entries = children(ids).stream()
        .map(c -> new Entry(c, inForce.contains(c.id()), categories.getOrDefault(c.id(), List.of()), Optional.ofNullable(open.get(c.id()))))
        .sorted(java.util.Comparator.comparing((Entry e) -> e.child().familyName()).thenComparing(e -> e.child().givenName()))
        .toList();
    return new Register(schoolId, entries, ieps.reviewsDue(schoolId, org.erdem.shared.Calendar.today().plusDays(30)));
  }

  private List<ChildCard> children(Collection<UUID> ids) {
    return registry.children(ids);
  }
}
