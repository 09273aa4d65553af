package org.erdem.content.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How often each lesson is opened, counted in memory and added to the lesson rows every few
 * seconds. Counting every opening in its row made all the readers of a popular lesson queue behind
 * that row's lock (70 ms per page at national scale). Each node adds its own counts, so nothing is
 * counted twice; a crash loses at most the last few seconds of a popularity counter.
 */
@Component
public class LessonOpenings {
  private final Map<UUID, AtomicLong> pending = new ConcurrentHashMap<>();
  private final Lessons lessons;

  LessonOpenings(Lessons lessons) {
    this.lessons = lessons;
  }

  void count(UUID lessonId) {
    pending.computeIfAbsent(lessonId, id -> new AtomicLong()).incrementAndGet();
  }

  @Scheduled(fixedDelayString = "${erdem.content.openings-flush:PT5S}")
  @PreDestroy
  public void flush() {
    var ids = new ArrayList<UUID>();
    var counts = new ArrayList<Long>();
    pending.forEach((id, count) -> {
      long n = count.getAndSet(0);
      if (n > 0) {
        ids.add(id);
        counts.add(n);
      }
    });
    if (ids.isEmpty()) {
      return;
    }
    try {
      lessons.addOpenings(ids, counts);
    } catch (RuntimeException e) {
      for (int i = 0; i < ids.size(); i++) {
        pending.get(ids.get(i)).addAndGet(counts.get(i));
      }
      throw e;
    }
  }
}
