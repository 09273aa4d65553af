package org.erdem.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class NodeCacheTest {
  private final NodeCache<String> cache = new NodeCache<>(3);

  @Test
  void keepsWhatItReadOnlyWhileItCanHearOfChanges() {
    assertThat(cache.get("a", key -> "read")).isEqualTo("read");
    assertThat(cache.find("a")).as("closed: nothing is kept").isNull();
    cache.open();
    cache.get("a", key -> "read");
    assertThat(cache.get("a", key -> "read again")).isEqualTo("read");
    cache.close();
    assertThat(cache.find("a")).as("closing forgets all").isNull();
  }

  @Test
  void nothingFoundIsNotKept() {
    cache.open();
    assertThat(cache.get("a", key -> null)).isNull();
    assertThat(cache.get("a", key -> "created since")).isEqualTo("created since");
  }

  @Test
  void aReadDuringWhichItsKeyChangedIsNotKept() {
    cache.open();
    assertThat(cache.get("a", key -> {
      cache.forget("a");
      return "read before the change";
    })).isEqualTo("read before the change");
    assertThat(cache.find("a")).isNull();
    var ticket = cache.ticket("b");
    cache.forgetIf(value -> false);
    cache.keep(ticket, "read before some change");
    assertThat(cache.find("b")).as("a change to unknown keys may have been this one's").isNull();
    cache.get("c", key -> "unrelated");
    cache.forget("d");
    assertThat(cache.find("c")).isEqualTo("unrelated");
  }

  @Test
  void forgetsByValueAndMakesRoomWhenFull() {
    cache.open();
    for (String key : new String[] {"a", "b", "c", "d"}) {
      cache.get(key, k -> k + "-value");
    }
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.find("d")).isEqualTo("d-value");
    cache.forgetIf(value -> value.startsWith("d"));
    assertThat(cache.find("d")).isNull();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void aChangeMadeHereIsForgottenAgainWhenItCommits() {
    cache.open();
    cache.get("a", key -> "old");
    TransactionSynchronizationManager.initSynchronization();
    try {
      cache.forgetWhenCommitted("a");
      assertThat(cache.find("a")).isNull();
      cache.get("a", key -> "read by another request before the commit");
      assertThat(cache.find("a")).isNotNull();
      TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
      assertThat(cache.find("a")).isNull();
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void forgettingAllForEveryRowOfATransactionForgetsOnceMoreAtItsCommit() {
    cache.open();
    TransactionSynchronizationManager.initSynchronization();
    try {
      cache.get("a", key -> "old");
      cache.forgetAllWhenCommitted();
      cache.forgetAllWhenCommitted();
      assertThat(cache.find("a")).isNull();
      assertThat(TransactionSynchronizationManager.getSynchronizations()).as("one at commit, however many rows").hasSize(1);
      cache.get("a", key -> "read by another request before the commit");
      TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
      assertThat(cache.find("a")).isNull();
      TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
      assertThat(TransactionSynchronizationManager.hasResource(cache)).as("the next transaction registers its own").isFalse();
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }
}
