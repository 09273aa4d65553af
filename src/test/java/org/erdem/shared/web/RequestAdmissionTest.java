package org.erdem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.erdem.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The server handles a bounded number of requests at once, each on a virtual thread, and queues the rest. */
@IntegrationTest
class RequestAdmissionTest {
  @Autowired WebServerApplicationContext context;

  @Test
  void tomcatRunsAtMostTheConfiguredRequestsAtOnceOnVirtualThreadsAndQueuesTheRest() throws Exception {
    var tomcat = (TomcatWebServer) context.getWebServer();
    var executor = tomcat.getTomcat().getConnector().getProtocolHandler().getExecutor();
    assertThat(executor).isInstanceOfSatisfying(ThreadPoolExecutor.class, pool -> {
      assertThat(pool.getMaximumPoolSize()).isEqualTo(64);
      assertThat(pool.getQueue().remainingCapacity()).as("waiting requests are queued, never refused").isEqualTo(Integer.MAX_VALUE);
    });
    var virtual = new AtomicBoolean();
    var ran = new CountDownLatch(1);
    executor.execute(() -> {
      virtual.set(Thread.currentThread().isVirtual());
      ran.countDown();
    });
    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(virtual).isTrue();
  }
}
