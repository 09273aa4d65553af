package org.erdem.assessment.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.erdem.assessment.internal.AnswerBatch.Given;
import org.erdem.assessment.internal.AnswerBatch.Outcome;
import org.erdem.shared.web.WorkGate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the answers that children hand in at the same moment in one transaction, and acknowledges
 * each only after that transaction committed (group commit). In a transaction of its own an answer
 * cost three statements and a commit with its flush of the log; a write of any number costs two
 * statements and one commit. The request that finds no write under way writes every answer
 * waiting, its own included, while those arriving meanwhile wait for the next write: no thread of
 * its own, and no waiting when answers come one at a time. The lock is fair, so the requests whose
 * answers a write stored (they queued for it first) return before the next write begins.
 */
@Component
class AnswerWriter {
  /** A write of more answers than this takes longer than the answers arriving meanwhile need to wait. */
  private static final int MOST_AT_ONCE = 256;
  private final Attempts attempts;
  private final TransactionTemplate transaction;
  private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writing = new ReentrantLock(true);

  private record Waiting(Given given, CompletableFuture<Outcome> outcome) {}

  AnswerWriter(Attempts attempts, PlatformTransactionManager transactions) {
    this.attempts = attempts;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Stores one answer, or refuses it, as it would be stored alone; returns once it is durable. */
  AttemptService.Ack write(Given given) {
    // Inside a caller's transaction an answer is stored in it: another one would not see what that transaction wrote.
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return store(List.of(given)).getFirst().ackOrThrow();
    }
    var mine = new Waiting(given, new CompletableFuture<>());
    waiting.add(mine);
    // Waiting for a write is no work, and the write itself is one at a time: neither holds one of the web's turns.
    return WorkGate.whileWaiting(() -> {
      while (!mine.outcome().isDone()) {
        writing.lock();
        try {
          if (!mine.outcome().isDone()) {
            writeWaiting();
          }
        } finally {
          writing.unlock();
        }
      }
      return mine.outcome().join();
    }).ackOrThrow();
  }

  private void writeWaiting() {
    var batch = new ArrayList<Waiting>();
    for (Waiting w; batch.size() < MOST_AT_ONCE && (w = waiting.poll()) != null; ) {
      batch.add(w);
    }
    try {
      complete(batch, transaction.execute(s -> store(batch.stream().map(Waiting::given).toList())));
    } catch (RuntimeException failed) {
      // One answer that fails the write (a receipt written elsewhere meanwhile) must not fail the others: each is written alone.
      for (var w : batch) {
        try {
          complete(List.of(w), transaction.execute(s -> store(List.of(w.given()))));
        } catch (RuntimeException e) {
          w.outcome().complete(new Outcome(null, e));
        }
      }
    }
  }

  private static void complete(List<Waiting> batch, List<Outcome> outcomes) {
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).outcome().complete(outcomes.get(i));
    }
  }

  private List<Outcome> store(List<Given> given) {
    var batch = new AnswerBatch(given, attempts.answering(given), OffsetDateTime.now());
    return batch.outcomes(batch.receipts().isEmpty() ? Map.of() : attempts.write(batch.receipts(), batch.kept()));
  }
}
