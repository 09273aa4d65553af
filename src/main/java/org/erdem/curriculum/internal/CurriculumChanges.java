package org.erdem.curriculum.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes to the curriculum made through this node, each once its transaction has ended,
 * so that {@link CurriculumSnapshot} is never rebuilt from rows another transaction cannot see yet.
 */
@Component
class CurriculumChanges {
  private final AtomicLong version = new AtomicLong();

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
