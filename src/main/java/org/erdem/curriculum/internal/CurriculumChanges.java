package org.erdem.curriculum.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.erdem.shared.db.ChangeNotices;
import org.erdem.shared.db.KeptByNotices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes to the curriculum made through this node, each once its transaction has ended,
 * so that {@link CurriculumSnapshot} is never rebuilt from rows another transaction cannot see yet;
 * and those announced by the curriculum's triggers (another node's, or straight in the database).
 */
@Component
class CurriculumChanges implements KeptByNotices {
  private final AtomicLong version = new AtomicLong();

  CurriculumChanges(ChangeNotices notices) {
    notices.follow("curriculum", this, any -> forgetAll());
  }

  /** A notice, or a start or end of the listening: the snapshot is read again at its next use. */
  @Override
  public void forgetAll() {
    version.incrementAndGet();
  }

  @Override
  public void open() {
    forgetAll();
  }

  @Override
  public void close() {
    forgetAll();
  }

  void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          version.incrementAndGet();
        }
      });
    } else {
      version.incrementAndGet();
    }
  }

  long version() {
    return version.get();
  }
}
