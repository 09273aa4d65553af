#!/usr/bin/env python3
"""Page weight: compressed bytes and number of requests of every main page, on a first load and on a repeat load.

A first load fetches the page and everything it links to (styles, scripts, images, icons), gzip accepted,
as a browser with an empty cache would. A repeat load is what a browser with a warm cache still asks for:
the page itself, and any file without a lasting Cache-Control (asked again with If-None-Match / If-Modified-Since).
Run against any Erdem (the demo data is enough; the figures do not depend on the size of the country):
    python3 bench/weight.py --base http://localhost:8080
Budget (issue 6): at most 30 KB and 5 requests per first load.
"""
import argparse, gzip, re, sys, urllib.error, urllib.parse, urllib.request

from pages import login, NoRedirect

LINKS = re.compile(r'<(?:link[^>]+href|script[^>]+src|img[^>]+src|source[^>]+src)="([^"]+)"')


def fetch(opener, url, headers=None):
    request = urllib.request.Request(url, headers=dict({"Accept": "text/html,*/*", "Accept-Encoding": "gzip"}, **(headers or {})))
    try:
        response = opener.open(request)
        return response.status, response.read(), response.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers


def lasting(headers):
    m = re.search(r"max-age=(\d+)", headers.get("Cache-Control", "") or "")
    return m is not None and int(m.group(1)) >= 86400 and "no-cache" not in headers.get("Cache-Control", "")


def weigh(opener, base, path):
    status, body, headers = fetch(opener, base + path)
    if status != 200:
        raise SystemExit("%s answered %d" % (path, status))
    html = body
    if headers.get("Content-Encoding") == "gzip":
        html = gzip.decompress(body)
    first_bytes, first_requests = len(body), 1
    repeat_bytes, repeat_requests = len(body), 1
    for link in dict.fromkeys(LINKS.findall(html.decode())):
        url = urllib.parse.urljoin(base + path, link)
        if not url.startswith(base):
            continue
        s, b, h = fetch(opener, url)
        first_bytes += len(b)
        first_requests += 1
        if not lasting(h):
            validators = {k: v for k, v in (("If-None-Match", h.get("ETag")), ("If-Modified-Since", h.get("Last-Modified"))) if v}
            s2, b2, _ = fetch(opener, url, validators)
            repeat_bytes += len(b2)
            repeat_requests += 1
    return first_bytes, first_requests, repeat_bytes, repeat_requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://localhost:8080")
    ap.add_argument("--password", default="demo1234")
    args = ap.parse_args()
    base = args.base

    anonymous = urllib.request.build_opener(NoRedirect())
    student, _ = login(base, "student", args.password)
    teacher, _ = login(base, "teacher", args.password)
    admin, _ = login(base, "schooladmin", args.password)
    officer, _ = login(base, "aimagofficer", args.password)

    def page_text(opener, page):
        s, b, h = fetch(opener, base + page)
        return (gzip.decompress(b) if h.get("Content-Encoding") == "gzip" else b).decode()

    def first_link(opener, page, pattern):
        m = re.search(pattern, page_text(opener, page))
        return m.group(1) if m else None

    lesson = first_link(student, "/library", r'href="(/lessons/[0-9a-f-]{36})"')
    quiz = first_link(teacher, "/quizzes", r'href="(/quizzes/[0-9a-f-]{36})"')
    klass = first_link(teacher, "/teaching", r'href="(/classes/[0-9a-f-]{36})/work"')
    school = page_redirect(admin, base, "/org")
    pages = [
        ("sign-in page", anonymous, "/login"),
        ("child: home", student, "/"),
        ("child: My work", student, "/my/work"),
        ("child: lesson", student, lesson),
        ("child: quiz", student, quiz),
        ("child: My progress", student, "/my/progress"),
        ("child: library", student, "/library"),
        ("teacher: teaching", teacher, "/teaching"),
        ("teacher: class view (heat map)", teacher, klass + "/mastery"),
        ("school admin: children, search", admin, school + "/children?q=%D0%B0"),
        ("officer: achievement", officer, page_redirect(officer, base, "/achievement")),
    ]
    print("| page | first load: bytes (gzip) | requests | repeat load: bytes | requests |")
    print("|---|---|---|---|---|")
    worst = 0
    for name, opener, path in pages:
        fb, fr, rb, rr = weigh(opener, base, path)
        worst = max(worst, fb)
        print("| %s | %d | %d | %d | %d |" % (name, fb, fr, rb, rr))
    print("heaviest first load: %d bytes (budget 30,720)" % worst, file=sys.stderr)


def page_redirect(opener, base, path):
    """Where a page that redirects (perhaps more than once) finally sends the browser."""
    for _ in range(5):
        s, b, h = fetch(opener, base + path)
        if s not in (301, 302, 303):
            return path
        path = urllib.parse.urlparse(h["Location"]).path
    return path


if __name__ == "__main__":
    main()
