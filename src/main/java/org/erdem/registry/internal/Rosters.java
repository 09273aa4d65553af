package org.erdem.registry.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.erdem.registry.ChildCard;
import org.erdem.shared.db.ChangeNotices;
import org.erdem.shared.db.NodeCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Class rosters kept on this node, as every child's card on them reads, until PostgreSQL announces
 * that an enrolment, a child, a class or a school's names changed (migration V5). The teacher's class
 * views read a roster on every page, and it changes a few times a year.
 */
@Component
class Rosters {
  private final NodeCache<List<ChildCard>> kept;

  Rosters(ChangeNotices notices, @Value("${erdem.registry.cached-rosters}") int capacity) {
    this.kept = notices.cache("roster", capacity);
  }

  List<ChildCard> get(UUID classId, Supplier<List<ChildCard>> read) {
    return kept.get(classId.toString(), k -> List.copyOf(read.get()));
  }

  /**
   * Called where this node writes what a roster shows: its next request must see the change even
   * before the notice comes back. Such writes are rare enough to forget every roster.
   */
  void changed() {
    kept.forgetAllWhenCommitted();
  }
}
