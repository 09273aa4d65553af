package org.erdem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WorkGateTest {
  private final WorkGate gate = new WorkGate(1);

  private static MockHttpServletRequest request(String method, String path) {
    var request = new MockHttpServletRequest(method, path);
    request.setRequestURI(path);
    return request;
  }

  private boolean passesAtOnce(MockHttpServletRequest request) throws InterruptedException {
    return passesWithin(request, 2000);
  }

  private boolean passesWithin(MockHttpServletRequest request, long millis) throws InterruptedException {
    var ran = new CountDownLatch(1);
    Thread.ofVirtual().start(() -> {
      try {
        gate.doFilter(request, new MockHttpServletResponse(), (req, res) -> ran.countDown());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return ran.await(millis, TimeUnit.MILLISECONDS);
  }

  @Test
  void aRequestWaitsItsTurnWhileTheWorkIsTakenButSlowTransfersAndSignInDoNot() throws Exception {
    var working = new CountDownLatch(1);
    var finish = new CountDownLatch(1);
    FilterChain slowPage = (req, res) -> {
      working.countDown();
      try {
        finish.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    var first = Thread.ofVirtual().start(() -> {
      try {
        gate.doFilter(request("GET", "/my/work"), new MockHttpServletResponse(), slowPage);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(working.await(2, TimeUnit.SECONDS)).isTrue();

    var second = new CountDownLatch(1);
    Thread.ofVirtual().start(() -> {
      try {
        gate.doFilter(request("GET", "/lessons/x"), new MockHttpServletResponse(), (req, res) -> second.countDown());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(second.await(300, TimeUnit.MILLISECONDS)).as("the second page waits for the first").isFalse();
    assertThat(gate.waiting()).isEqualTo(1);

    assertThat(passesAtOnce(request("GET", "/media/0190c0de-0000-7000-8000-000000000001"))).as("media to a slow network").isTrue();
    var upload = request("POST", "/lessons/x/media");
    upload.setContentType("multipart/form-data; boundary=x");
    assertThat(passesAtOnce(upload)).as("a file from a slow network").isTrue();
    assertThat(passesAtOnce(request("POST", "/login"))).as("signing in has its own limit").isTrue();
    assertThat(passesAtOnce(request("GET", "/login"))).as("the sign-in page does not").isFalse();

    finish.countDown();
    first.join();
    assertThat(second.await(2, TimeUnit.SECONDS)).as("its turn comes when the first is done").isTrue();
  }

  @Test
  void aRequestWaitingOnAnotherGivesItsTurnUpMeanwhileAndTakesItBackAfter() throws Exception {
    var waitingOnAWrite = new CountDownLatch(1);
    var written = new CountDownLatch(1);
    var afterTheWait = new boolean[] {true};
    var answer = Thread.ofVirtual().start(() -> {
      try {
        gate.doFilter(request("PUT", "/api/v1/attempts/x/answers/0"), new MockHttpServletResponse(), (req, res) -> {
          WorkGate.whileWaiting(() -> {
            waitingOnAWrite.countDown();
            try {
              return written.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          });
          try {
            afterTheWait[0] = passesWithin(request("GET", "/my/work"), 300);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(waitingOnAWrite.await(2, TimeUnit.SECONDS)).isTrue();
    assertThat(passesAtOnce(request("GET", "/my/work"))).as("a page works while the answer waits").isTrue();
    written.countDown();
    answer.join();
    assertThat(afterTheWait[0]).as("after the wait the answer holds its turn again").isFalse();
    assertThat(WorkGate.whileWaiting(() -> "outside a request")).isEqualTo("outside a request");
  }
}
