package org.erdem.shared.web;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat runs each request on a virtual thread, at most so many at once; the others wait as a socket
 * with bytes to read, before Tomcat parses them into a request. A request being handled holds ~100 KB
 * of buffers on the heap, so 3,000 children arriving together ran a 300 MB heap out of memory while
 * they waited their turn inside the server (a semaphore in a filter came too late). Two cores and a
 * pool of database connections gain nothing from more at once.
 */
final class RequestAdmission implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
  private final int atOnce;

  RequestAdmission(int atOnce) {
    this.atOnce = atOnce;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addProtocolHandlerCustomizers(protocol -> {
      var executor = new ThreadPoolExecutor(atOnce, atOnce, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
          Thread.ofVirtual().name("tomcat-handler-", 0).factory());
      executor.allowCoreThreadTimeOut(true);
      protocol.setExecutor(executor);
    });
  }

  /** After Spring Boot's customizer that gives Tomcat an unbounded virtual-thread executor. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
