#!/usr/bin/env python3
"""Pages under load: wrk with logged-in sessions rotating over many users, beside nginx serving the same bytes.

Run against an Erdem started on a generated dataset (see bench/README.md):
    python3 bench/pages.py --base http://localhost:8090 --users 200 --seconds 15
Needs Debian's wrk and nginx. Prints one line per page: requests/s, p50/p99 latency, bytes, and the ratio to nginx. The last
line is an answer saved through the JSON API, as the quiz page saves it, beside nginx serving its reply.
"""
import argparse, gzip, http.cookiejar, os, re, subprocess, sys, tempfile, time, urllib.error, urllib.parse, urllib.request, uuid

CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


def login(base, username, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    opener.jar = jar
    page = opener.open(base + "/login").read().decode()
    token = CSRF.search(page).group(1)
    data = urllib.parse.urlencode({"username": username, "password": password, "_csrf": token}).encode()
    try:
        opener.open(base + "/login", data)
    except urllib.error.HTTPError as e:
        if e.code not in (302, 303):
            raise
    if not any(c.name == "ERDEM_SESSION" for c in jar):
        raise SystemExit("login failed for " + username)
    # The browser follows the sign-in's redirect to a page, which gives it the CSRF token's cookie,
    # and from then on sends every cookie it holds.
    get(opener, base, "/account")
    return opener, "; ".join("%s=%s" % (c.name, c.value) for c in jar)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def location(opener, base, path):
    """Where a redirecting page sends the browser (the path)."""
    try:
        opener.open(urllib.request.Request(base + path, headers={"Accept": "text/html"}))
    except urllib.error.HTTPError as e:
        if e.code in (301, 302, 303):
            return urllib.parse.urlparse(e.headers["Location"]).path
        raise
    raise SystemExit("no redirect from " + path)


def get(opener, base, path):
    return opener.open(urllib.request.Request(base + path, headers={"Accept": "text/html"})).read().decode()


LUA = """
local targets = %s
local i = 0
local threads = 0
local seq = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
init = function(args)
  math.randomseed(os.time() * 100 + (id or 0))
end
local function uuid()
  return string.format("%%08x-%%04x-4%%03x-8%%03x-%%06x%%06x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0xffffff), math.random(0, 0xffffff))
end
request = function()
  i = i %% #targets + 1
  local t = targets[i]
  if t[3] == nil then
    return wrk.format("GET", t[2], {["Cookie"] = t[1], ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip"})
  end
  -- An answer, as the quiz page saves it: a new id made on the client each time, a rising order.
  seq = seq + 1
  local body = string.format('{"clientId":"%%s","seq":%%d,"response":%%s}', uuid(), os.time() * 1000 + seq, t[4])
  return wrk.format("PUT", t[2], {["Cookie"] = t[1], ["Accept"] = "application/json", ["Content-Type"] = "application/json",
    ["X-XSRF-TOKEN"] = t[3]}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%.3f %%.3f %%d\\n", summary.requests, summary.duration, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def lua_string(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def run_wrk(url, targets, seconds, connections):
    """targets: (cookie, path) for a page, (cookie, path, csrf token, JSON response) for an answer."""
    lua = LUA % ("{" + ",".join("{" + ", ".join(lua_string(v) for v in t) + "}" for t in targets) + "}")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(lua)
    out = subprocess.run(["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "-s", f.name, url], capture_output=True, text=True).stdout
    os.unlink(f.name)
    m = re.search(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) (\d+)", out)
    requests, micros, p50, p99, errors = int(m.group(1)), int(m.group(2)), float(m.group(3)), float(m.group(4)), int(m.group(5))
    return requests / (micros / 1e6), p50, p99, errors


def nginx_rate(body, seconds, connections, port=8099):
    root = tempfile.mkdtemp()
    with open(os.path.join(root, "page.html"), "w") as f:
        f.write(body)
    conf = os.path.join(root, "nginx.conf")
    with open(conf, "w") as f:
        f.write("""worker_processes 2; pid %s/nginx.pid; error_log %s/error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; gzip on; gzip_min_length 512; types { text/html html; }
  server { listen 127.0.0.1:%d; root %s; } }
""" % (root, root, port, root))
    subprocess.run(["nginx", "-c", conf, "-p", root], check=True)
    try:
        time.sleep(0.5)
        rate, p50, p99, errors = run_wrk("http://127.0.0.1:%d" % port, [("x=1", "/page.html")], seconds, connections)
    finally:
        subprocess.run(["nginx", "-c", conf, "-p", root, "-s", "stop"])
    return rate


SIMPLE = {"single": '{"choice":0}', "multiple": '{"choices":[0]}', "truefalse": '{"value":true}', "numeric": '{"value":"1"}',
          "short": '{"text":"a"}'}


def answer_target(base, school, quiz_id, password):
    """A pupil of the school with an attempt of the quiz open, and a question of a simple type in it.

    Every run opens attempts and a quiz allows three per child, so the next pupil of the class is
    taken when one has none left. An attempt left open by an earlier run may be past its time limit:
    one answer is tried first, and its refusal closes the attempt, so that the next one is opened."""
    for n in range(1, 35):
        opener, cookie = login(base, "g%d-s-s%d" % (school, n), password)
        csrf = CSRF.search(get(opener, base, "/account")).group(1)
        headers = {"Accept": "application/json", "X-XSRF-TOKEN": csrf}
        for _ in range(3):
            try:
                started = opener.open(urllib.request.Request(base + "/api/v1/quizzes/%s/attempts" % quiz_id, data=b"", headers=headers)).read().decode()
            except urllib.error.HTTPError as e:
                if e.code == 422 or e.code == 400:
                    break
                raise
            target = simple_question(opener, base, headers, started)
            if target is not None and answered(opener, base, headers, *target):
                return (cookie, target[0], csrf, target[1])
    raise SystemExit("no pupil of school %d has an attempt of the quiz left" % school)


def simple_question(opener, base, headers, started):
    """The answer path and a response of the attempt's first question of a simple type."""
    attempt = re.search(r'"attemptId":"([0-9a-f-]{36})"', started).group(1)
    total = len(re.search(r'"answered":\[([^\]]*)\]', started).group(1).split(","))
    for position in range(total):
        question = opener.open(urllib.request.Request(base + "/api/v1/attempts/%s/questions/%d" % (attempt, position), headers=headers)).read().decode()
        kind = re.search(r'"type":"(\w+)"', question).group(1)
        if kind in SIMPLE:
            return ("/api/v1/attempts/%s/answers/%d" % (attempt, position), SIMPLE[kind])
    return None


def answered(opener, base, headers, path, response):
    """Whether the attempt takes an answer: one an earlier run left open past its time limit refuses it."""
    body = ('{"clientId":"%s","seq":1,"response":%s}' % (uuid.uuid4(), response)).encode()
    request = urllib.request.Request(base + path, data=body, method="PUT", headers=dict(headers, **{"Content-Type": "application/json"}))
    try:
        opener.open(request).read()
        return True
    except urllib.error.HTTPError as e:
        if 400 <= e.code < 500:
            return False
        raise


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://localhost:8090")
    ap.add_argument("--users", type=int, default=100, help="sessions per page kind (schools 0..users-1)")
    ap.add_argument("--seconds", type=int, default=15)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--password", default="demo1234")
    ap.add_argument("--only", help="measure only the pages whose name contains this (e.g. 'heat map'), as for a profile")
    args = ap.parse_args()
    base = args.base

    students, teachers, admins = [], [], []
    started = time.time()
    for s in range(args.users):
        opener, cookie = login(base, "g%d-s-s0" % s, args.password)
        students.append((opener, cookie))
        topener, tcookie = login(base, "g%d-s-t8" % s, args.password)
        work = get(topener, base, "/teaching")
        klass = re.search(r'/classes/([0-9a-f-]{36})/work', work).group(1)
        teachers.append((tcookie, "/classes/%s/mastery" % klass))
        aopener, acookie = login(base, "g%d-s-a" % s, args.password)
        admins.append((acookie, location(aopener, base, "/org/" + location(aopener, base, "/org").rsplit("/", 1)[1]) + "/children?q=%D0%9D%D1%8D%D1%801"))
        if s == 0:
            quiz = re.search(r'href="(/quizzes/[0-9a-f-]{36})"', get(topener, base, "/quizzes")).group(1)
    print("logged in %d users in %.1f s" % (3 * args.users, time.time() - started), file=sys.stderr)

    sopener, scookie = students[0]
    library = get(sopener, base, "/library")
    lesson = re.search(r'href="(/lessons/[0-9a-f-]{36})', library).group(1)
    stylesheet = re.search(r'href="(/assets/app-[0-9a-f]+\.css)"', library).group(1)
    quiz_id = quiz.rsplit("/", 1)[1]
    wanted = lambda name: args.only is None or args.only in name
    answers = [answer_target(base, s, quiz_id, args.password) for s in range(args.users)] if wanted("answer saved") else None
    pages = [
        ("child's My work", [(c, "/my/work") for _, c in students]),
        ("lesson page", [(c, lesson) for _, c in students]),
        ("quiz page", [(c, quiz) for _, c in students]),
        ("teacher's class view (heat map)", teachers),
        ("school admin's child list, search", admins),
        ("an answer saved (PUT, JSON)", answers),
        # No page work at all: what the server and its filters cost alone, the floor under every page's ratio.
        ("the pages' stylesheet, signed in", [(c, stylesheet) for _, c in students]),
    ]

    print("| page | req/s | p50 ms | p99 ms | errors | HTML gzip bytes | nginx req/s, same bytes | ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for name, targets in pages:
        if not wanted(name):
            continue
        opener = urllib.request.build_opener(NoRedirect())
        if len(targets[0]) == 2:
            req = urllib.request.Request(base + targets[0][1], headers={"Cookie": targets[0][0], "Accept": "text/html", "Accept-Encoding": "gzip"})
        else:
            cookie, path, csrf, response = targets[0]
            body = ('{"clientId":"%s","seq":1,"response":%s}' % (uuid.uuid4(), response)).encode()
            req = urllib.request.Request(base + path, data=body, method="PUT", headers={"Cookie": cookie, "Accept": "application/json",
                "Content-Type": "application/json", "X-XSRF-TOKEN": csrf, "Accept-Encoding": "gzip"})
        raw = opener.open(req).read()
        body = gzip.decompress(raw).decode() if raw[:2] == b"\x1f\x8b" else raw.decode()
        rate, p50, p99, errors = run_wrk(base, targets, args.seconds, args.connections)
        ceiling = nginx_rate(body, args.seconds, args.connections)
        print("| %s | %.0f | %.1f | %.1f | %d | %d | %.0f | %.1f %% |" % (name, rate, p50, p99, errors, len(raw), ceiling, 100 * rate / ceiling))


if __name__ == "__main__":
    main()
