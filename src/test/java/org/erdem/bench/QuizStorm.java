package org.erdem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The quiz storm: N children start the same quiz within a ramp (default 60 s) and give their answers
 * one by one through the JSON API, each with an id made on the client, as the quiz page does; an
 * answer that fails is sent again with the same id, as a browser would. Prints throughput, latency
 * and errors, then checks in the database that every acknowledged answer is stored exactly once.
 *
 * <p>JDK only, so that it runs straight from its source against any server:
 * {@code java src/test/java/org/erdem/bench/QuizStorm.java --base http://localhost:8090 --quiz <id>
 * --children 3000 --psql "psql -h localhost -p 5499 -U postgres postgres"} (see bench/README.md).
 * {@code QuizStormTest} runs a small storm in CI and checks the database with JDBC.
 */
public final class QuizStorm {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern ATTEMPT = Pattern.compile("\"attemptId\":\"([0-9a-f-]{36})\"");
  private static final Pattern ANSWERED = Pattern.compile("\"answered\":\\[([^\\]]*)\\]");
  private static final Pattern QUESTION = Pattern.compile(
      "\"type\":\"(\\w+)\".*?\"choices\":(\\[.*?\\]|null),\"rights\":(\\[.*?\\]|null),\"response\"", Pattern.DOTALL);
  private static final int RETRIES = 3;

  /** One acknowledged answer: which attempt and question, and the client's id. */
  public record Ack(UUID attemptId, int position, UUID clientId, int order) {}

  public record Result(int children, int answersSent, List<Ack> acks, int errors, int duplicates, long stormMillis,
      List<Long> answerMicros, List<Long> submitMicros, long loginMillis) {
    public double answersPerSecond() {
      return acks.size() / (stormMillis / 1000.0);
    }

    static long percentile(List<Long> sorted, double p) {
      return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    public String report() {
      var answers = new ArrayList<>(answerMicros);
      var submits = new ArrayList<>(submitMicros);
      Collections.sort(answers);
      Collections.sort(submits);
      return String.format("children %d, answers sent %d, acknowledged %d, errors %d, acknowledged twice %d%n"
              + "storm %.1f s: %.0f answers/s; answer p50 %.1f ms, p99 %.1f ms; submit p50 %.1f ms, p99 %.1f ms; sign-in of all children %.1f s",
          children, answersSent, acks.size(), errors, duplicates, stormMillis / 1000.0, answersPerSecond(),
          percentile(answers, 0.5) / 1000.0, percentile(answers, 0.99) / 1000.0, percentile(submits, 0.5) / 1000.0,
          percentile(submits, 0.99) / 1000.0, loginMillis / 1000.0);
    }
  }

  private final String base;
  private final String password;

  public QuizStorm(String base, String password) {
    this.base = base;
    this.password = password;
  }

  /** Signs the children in (not timed as the storm), then lets them all take the quiz within the ramp. */
  public Result run(List<String> children, UUID quizId, int answersEach, Duration ramp) throws InterruptedException {
    long loginStarted = System.currentTimeMillis();
    var sessions = new ArrayList<Session>();
    var logins = new Semaphore(8);
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var futures = IntStream.range(0, children.size()).mapToObj(i -> pool.submit(() -> {
        logins.acquireUninterruptibly();
        try {
          return new Session(children.get(i), clientFor(i));
        } finally {
          logins.release();
        }
      })).toList();
      for (var f : futures) {
        try {
          sessions.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("sign-in failed", e.getCause());
        }
      }
    }
    long loginMillis = System.currentTimeMillis() - loginStarted;

    var acks = new ConcurrentLinkedQueue<Ack>();
    var answerMicros = new ConcurrentLinkedQueue<Long>();
    var submitMicros = new ConcurrentLinkedQueue<Long>();
    var errors = new AtomicInteger();
    var duplicates = new AtomicInteger();
    var sent = new AtomicInteger();
    long started = System.nanoTime();
    var lastAck = new AtomicLong(started);
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < sessions.size(); i++) {
        var session = sessions.get(i);
        long startAt = started + ramp.toNanos() * i / Math.max(1, sessions.size());
        pool.submit(() -> {
          sleepUntil(startAt);
          session.takeQuiz(quizId, answersEach, acks, answerMicros, submitMicros, errors, duplicates, sent, lastAck);
          return null;
        });
      }
    }
    long stormMillis = (lastAck.get() - started) / 1_000_000;
    return new Result(children.size(), sent.get(), List.copyOf(acks), errors.get(), duplicates.get(), Math.max(1, stormMillis),
        List.copyOf(answerMicros), List.copyOf(submitMicros), loginMillis);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait));
    }
  }

  /**
   * Children share clients thirty to one, like the pupils of a class behind one school connection:
   * a client each would cost this machine more than the server does, one for all jams its connects.
   */
  private final List<HttpClient> clients = new ArrayList<>();

  private HttpClient clientFor(int child) {
    synchronized (clients) {
      while (clients.size() <= child / 30) {
        clients.add(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
      }
      return clients.get(child / 30);
    }
  }

  /** One child's browser: its own cookies and CSRF token. */
  private final class Session {
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final HttpClient http;
    private final String csrf;

    Session(String username, HttpClient http) throws IOException, InterruptedException {
      this.http = http;
      String token = csrfOf(send(get("/login")).body());
      var signedIn = send(form("/login", Map.of("username", username, "password", password, "_csrf", token)));
      if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
        throw new IllegalStateException("sign-in refused for " + username);
      }
      // The token changes at sign-in: take the new one from a page, as the browser does.
      this.csrf = csrfOf(send(get("/account")).body());
    }

    void takeQuiz(UUID quizId, int answersEach, ConcurrentLinkedQueue<Ack> acks, ConcurrentLinkedQueue<Long> answerMicros,
        ConcurrentLinkedQueue<Long> submitMicros, AtomicInteger errors, AtomicInteger duplicates, AtomicInteger sent,
        AtomicLong lastAck) throws InterruptedException {
      var started = retried(() -> json("POST", "/api/v1/quizzes/" + quizId + "/attempts", ""), errors);
      if (started == null) {
        return;
      }
      Matcher attempt = ATTEMPT.matcher(started);
      if (!attempt.find()) {
        errors.incrementAndGet();
        return;
      }
      UUID attemptId = UUID.fromString(attempt.group(1));
      Matcher answered = ANSWERED.matcher(started);
      int total = answered.find() ? answered.group(1).split(",").length : 1;
      for (int n = 0; n < answersEach; n++) {
        int asked = n;
        int position = asked % total;
        // The question as its page shows it, then the answer.
        String question = retried(() -> json("GET", "/api/v1/attempts/" + attemptId + "/questions/" + position, null), errors);
        Matcher q = question == null ? null : QUESTION.matcher(question);
        if (q == null || !q.find()) {
          errors.incrementAndGet();
          continue;
        }
        UUID clientId = UUID.randomUUID();
        String body = "{\"clientId\":\"" + clientId + "\",\"seq\":" + (asked + 1) + ",\"response\":"
            + answer(q.group(1), count(q.group(2)), count(q.group(3))) + "}";
        sent.incrementAndGet();
        long t0 = System.nanoTime();
        String ack = retried(() -> json("PUT", "/api/v1/attempts/" + attemptId + "/answers/" + position, body), errors);
        if (ack != null) {
          answerMicros.add((System.nanoTime() - t0) / 1000);
          acks.add(new Ack(attemptId, position, clientId, asked));
          lastAck.accumulateAndGet(System.nanoTime(), Math::max);
          if (ack.contains("\"duplicate\":true")) {
            duplicates.incrementAndGet();
          }
        }
      }
      long t0 = System.nanoTime();
      if (retried(() -> json("POST", "/api/v1/attempts/" + attemptId + "/submit", ""), errors) != null) {
        submitMicros.add((System.nanoTime() - t0) / 1000);
      }
    }

    private String json(String method, String path, String body) throws IOException, InterruptedException {
      var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json").header("X-XSRF-TOKEN", csrf)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      var response = send(request);
      if (response.statusCode() >= 300) {
        throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
      if (!cookies.isEmpty()) {
        request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      return response;
    }
  }

  private interface Call {
    String call() throws IOException, InterruptedException;
  }

  /** The call, sent again on failure like a browser that lost the connection; null after the last try (an error). */
  private static String retried(Call call, AtomicInteger errors) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (IOException e) {
        if (attempt == RETRIES) {
          errors.incrementAndGet();
          System.err.println(e.getMessage());
          return null;
        }
        Thread.sleep(200L * attempt);
      }
    }
  }

  /** A well-formed answer of the question's type (right or wrong does not matter here). */
  static String answer(String type, int choices, int rights) {
    return switch (type) {
      case "single" -> "{\"choice\":0}";
      case "multiple" -> "{\"choices\":[0]}";
      case "truefalse" -> "{\"value\":true}";
      case "numeric" -> "{\"value\":\"1\"}";
      case "short" -> "{\"text\":\"a\"}";
      case "ordering" -> "{\"order\":" + sequence(choices) + "}";
      case "matching" -> "{\"matches\":" + sequence(rights) + "}";
      default -> throw new IllegalArgumentException("question type " + type);
    };
  }

  private static String sequence(int n) {
    var values = new ArrayList<String>();
    for (int i = 0; i < n; i++) {
      values.add(String.valueOf(i));
    }
    return "[" + String.join(",", values) + "]";
  }

  private static int count(String array) {
    return array == null || array.equals("null") ? 0 : array.split("\"value\":", -1).length - 1;
  }

  private static String csrfOf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the page");
    }
    return m.group(1);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET();
  }

  private HttpRequest.Builder form(String path, Map<String, String> fields) {
    String body = String.join("&", fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /**
   * The SQL that checks the acknowledged answers loaded into {@code storm_ack}: acknowledged but not
   * stored (lost); stored though never acknowledged (the client gave up waiting; a receipt is stored
   * once by its key, so this is not a duplicate); and questions whose last acknowledged answer is not
   * the one kept (only an unacknowledged later answer may replace it).
   */
  public static final String CHECK = """
      select (select count(*) from storm_ack k where not exists (select 1 from assessment.answer_receipt r where r.client_id = k.client_id)) as lost,
             (select count(*) from assessment.answer_receipt r where r.attempt_id in (select attempt_id from storm_ack))
               - (select count(*) from storm_ack) as unacknowledged,
             (select count(*) from (select distinct on (attempt_id, position) attempt_id, position, client_id from storm_ack
                                     order by attempt_id, position, ord desc) last
               where not exists (select 1 from assessment.answer a where a.attempt_id = last.attempt_id and a.position = last.position
                                 and a.client_id = last.client_id)) as not_last""";

  public static void main(String[] args) throws Exception {
    var opts = new HashMap<String, String>(Map.of("--base", "http://localhost:8090", "--children", "3000", "--answers", "20",
        "--ramp", "60", "--password", "demo1234", "--per-class", "30", "--first-school", "0"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    if (!opts.containsKey("--quiz")) {
      throw new IllegalArgumentException("--quiz <id> is required (a published quiz; bench/README.md)");
    }
    int n = Integer.parseInt(opts.get("--children"));
    int perClass = Integer.parseInt(opts.get("--per-class"));
    // A quiz allows a few attempts per child: a second run takes the children of other schools.
    int firstSchool = Integer.parseInt(opts.get("--first-school"));
    // Pupils of the generated dataset: the first grade-5 class of each school (NationalDataset).
    var children = new ArrayList<String>();
    for (int i = 0; i < n; i++) {
      children.add("g" + (firstSchool + i / perClass) + "-s-s" + (i % perClass));
    }
    var storm = new QuizStorm(opts.get("--base"), opts.get("--password"));
    Result result = storm.run(children, UUID.fromString(opts.get("--quiz")), Integer.parseInt(opts.get("--answers")),
        Duration.ofSeconds(Long.parseLong(opts.get("--ramp"))));
    System.out.println(result.report());
    if (opts.containsKey("--psql")) {
      System.out.println("database check (acknowledged but lost | stored but not acknowledged | last acknowledged answer not kept): " + checkWithPsql(opts.get("--psql"), result.acks()));
    }
  }

  private static String checkWithPsql(String psql, List<Ack> acks) throws IOException, InterruptedException {
    Path csv = Files.createTempFile("storm-acks", ".csv");
    try {
      Files.write(csv, acks.stream().map(a -> a.attemptId() + "," + a.position() + "," + a.clientId() + "," + a.order()).toList());
      String script = "create temp table storm_ack (attempt_id uuid, position int, client_id uuid, ord int);\n"
          + "\\copy storm_ack from '" + csv + "' csv\n" + CHECK.replace("\n", " ") + ";\n";
      var command = new ArrayList<>(List.of(psql.split(" ")));
      command.addAll(List.of("-X", "-q", "-t", "-A"));
      var process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      process.waitFor();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Files.deleteIfExists(csv);
    }
  }
}
