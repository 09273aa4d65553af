package org.erdem.inclusion.internal;

import static org.erdem.shared.DemoUser.as;

import java.util.LinkedHashMap;
import java.util.List;
import org.erdem.registry.ChildCard;
import org.erdem.registry.Registry;
import org.erdem.shared.Calendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two children of class 5А with special educational needs, recorded by the demo SEN coordinator
 * through the same services as in use: consent, needs, a referral and an assessment, and an IEP in
 * force for each (one with extra time for `student2`, one whose review is due in ten days).
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "erdem.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoInclusion implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoInclusion.class);
  private final JdbcClient jdbc;
  private final Registry registry;
  private final Consents consents;
  private final SenProfiles profiles;
  private final Ieps ieps;
  private final SupportRooms rooms;
  private final PeerSupport peers;
  private final Supervision supervision;
  private final TransactionTemplate tx;
  private final org.erdem.identity.OrgDirectory org;

  DemoInclusion(org.erdem.identity.OrgDirectory org, JdbcClient jdbc, Registry registry, Consents consents, SenProfiles profiles, Ieps ieps, SupportRooms rooms, PeerSupport peers,
      Supervision supervision, TransactionTemplate tx) {
    this.org = org;
    this.peers = peers;
    this.supervision = supervision;
    this.rooms = rooms;
    this.jdbc = jdbc;
    this.registry = registry;
    this.consents = consents;
    this.profiles = profiles;
    this.ieps = ieps;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from inclusion.consent").query(Long.class).single() > 0) {
      return;
    }
    var student2 = as("student2", registry::self);
    var classes = as("teacher", registry::myClasses);
    if (student2.isEmpty() || classes.isEmpty()) {
      return;
    }
    var roster = as("teacher", () -> registry.roster(classes.get(0).id()));
    var other = roster.stream().filter(c -> !c.id().equals(student2.get().id())).reduce((a, b) -> b);
    var children = new java.util.ArrayList<ChildCard>(List.of(student2.get()));
    other.ifPresent(children::add);
    tx.executeWithoutResult(s -> as("sencoord", () -> {
      record(student2.get(), List.of("hearing"), "Сонсголын аппарат хэрэглэдэг; ангийн урд эгнээнд суудаг.", 50, List.of("extra_time", "captions", "large_text"), 90);
      other.ifPresent(c -> record(c, List.of("autism"), "Шинэ нөхцөлд дасахад хүндрэлтэй; дүрслэл бүхий заавар тусална.", null,
          List.of("breaks", "simplified_instructions", "fewer_items_per_page"), 10));
      return null;
    }));
    tx.executeWithoutResult(s -> supportRoom(student2.get().schoolId(), children));
    tx.executeWithoutResult(s -> participation(student2.get(), roster));
    tx.executeWithoutResult(s -> supervisionVisit());
    log.info("Demo inclusion: SEN records and IEPs for two children of class {}", classes.get(0).name());
  }

  /** The school's support room with the demo tutor and specialist, the two children in their caseloads, a week and a few sessions. */
  private void supportRoom(java.util.UUID schoolId, List<ChildCard> children) {
    var staff = as("sencoord", () -> registry.staff(schoolId)).stream().filter(m -> m.accountId() != null)
        .filter(m -> m.position().equals("tutor") || m.position().equals("specialist")).toList();
    if (staff.isEmpty()) {
      return;
    }
    java.util.UUID room = as("sencoord", () -> {
      java.util.UUID id = rooms.create(schoolId, "Дэмжих танхим", "2 давхар, 204 тоот");
      staff.forEach(m -> rooms.addStaff(id, m.accountId()));
      children.forEach(c -> staff.forEach(m -> rooms.assign(id, c.id(), m.accountId(), false)));
      for (int day = 1; day <= 5; day++) {
        var m = staff.get(day % staff.size());
        rooms.addSlot(id, new SupportRooms.SlotForm(day, java.time.LocalTime.of(10, 0), java.time.LocalTime.of(10, 40), m.accountId(),
            m.position().equals("specialist") ? "Хэл засал" : "Бутархайн давтлага"));
      }
      return id;
    });
    var today = Calendar.today();
    var goal = ieps.goalsInForce(children.get(0).id()).stream().findFirst();
    if (goal.isEmpty()) {
      return;
    }
    // The demo speech therapist logs the sessions she held.
    as("specialist", () -> {
      int[] scores = {3, 4, 4, 6};
      for (int i = 0; i < scores.length; i++) {
        rooms.logSession(room, new SupportRooms.SessionForm(children.get(0).id(), today.minusDays(28 - 7L * i), 30, goal.get().id(),
            java.math.BigDecimal.valueOf(scores[i]), "10 даалгавраас " + scores[i] + " зөв"));
      }
      return null;
    });
  }

  /** A classmate as the buddy of the child with SEN, the child on the student council, an awareness day. */
  private void participation(ChildCard child, List<ChildCard> roster) {
    var buddy = roster.stream().filter(c -> !c.id().equals(child.id())).findFirst();
    as("sencoord", () -> {
      buddy.ifPresent(b -> peers.pair(child.schoolId(), child.id(), b.id()));
      peers.joinCouncil(child.schoolId(), child.id(), "Гишүүн");
      peers.addActivity(child.schoolId(), new PeerSupport.ActivityForm("Хүртээмжийн өдөр: дохионы хэлний цаг", Calendar.today().minusDays(20),
          "mixed", 120));
      return null;
    });
  }

  /** The demo supervisor's visit last year to a school of Bayan-Ölgii, with a follow-up still open. */
  private void supervisionVisit() {
    as("supervisor", () -> {
      var scope = org.findNodeByCode("83").flatMap(node -> registry.breakdown(node.id()));
      scope.flatMap(b -> b.schools().keySet().stream().findFirst()).ifPresent(school -> {
        var today = Calendar.today();
        var items = supervision.checklist().stream().map(code -> new Supervision.Item(code, code.startsWith("room") ? "partly" : "met", null)).toList();
        supervision.record(school, new Supervision.VisitForm(today.minusMonths(11), "Баян-Өлгий аймгийн БСГ", "Дэмжих танхим тохижилт дутуу.", 3,
            items, List.of(new Supervision.FollowUpForm("Танхимд налуу зам хийх", "Сургуулийн захирал", today.plusMonths(1)))));
      });
      return null;
    });
  }

  private void record(ChildCard child, List<String> categories, String description, Integer extraTime, List<String> given, int reviewInDays) {
    var today = Calendar.today();
    consents.recordPaper(child.id(), new Consents.PaperConsent("Асран хамгаалагч (" + child.familyName() + ")", today.minusDays(100)));
    profiles.saveProfile(child.id(), new SenProfiles.Profile(categories, description));
    profiles.addReferral(child.id(), new SenProfiles.Referral(null, today.minusDays(95), "Анги удирдсан багш", description, "assessed"));
    profiles.addAssessment(child.id(), new SenProfiles.Assessment(null, today.minusDays(90), "Сэтгэл зүйч", "Functional assessment", description));
    var accommodations = new LinkedHashMap<String, Integer>();
    given.forEach(code -> accommodations.put(code, code.equals("extra_time") ? extraTime : null));
    var start = today.minusDays(80);
    var review = today.plusDays(reviewInDays);
    var form = new IepForm("Ангийн түвшинд суралцдаг; " + description, start, review, review.plusMonths(6),
        List.of(new IepForm.Goal("academic", "MATH.5.FRA.1", "Ялгаатай хуваарьтай бутархай нэмэх", "10-аас 3", "10-аас 8", "7 хоног тутмын шалгалт",
            review.plusMonths(3)), new IepForm.Goal("functional", null, "Хичээлийн үеэр тусламж хүсэх", "хичээлд 0 удаа", "хичээлд 2 удаа",
            "Туслах багшийн тэмдэглэл", review)),
        accommodations, List.of(new IepForm.Service("Хэл засал", "Хэл заслын багш", "7 хоногт 1", 30, "support_room")),
        List.of(new IepForm.Person("responsible", "ТХБ-ын зохицуулагч", "SEN coordinator"), new IepForm.Person("participant", "Асран хамгаалагч", "guardian")));
    ieps.activate(ieps.create(child.id(), form));
  }
}
