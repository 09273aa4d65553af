#!/usr/bin/env python3
"""Summary query times: the school, soum, aimag and national summaries, through the JSON API, as a national user opens them.

Three summaries per node: the registry's counts of what lies below (`/api/v1/org-units/{id}`), achievement levels
(`/api/v1/org-units/{id}/achievement`) and the inclusion indicators (`/api/v1/org-units/{id}/inclusion-indicators`).
Each is asked --rounds times after two warm-up calls; prints p50 and max in milliseconds (whole request, server on the same machine).
Run against a server on the national dataset (bench/README.md):
    python3 bench/summaries.py --base http://localhost:8090 --school /MN/21/2119/G5-S/
"""
import argparse, json, statistics, time, urllib.request

from pages import login


def timed(opener, url, rounds):
    for _ in range(2):
        opener.open(urllib.request.Request(url, headers={"Accept": "application/json"})).read()
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        body = opener.open(urllib.request.Request(url, headers={"Accept": "application/json"})).read()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times), len(body)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://localhost:8090")
    ap.add_argument("--user", default="admin", help="a national user (the demo system administrator)")
    ap.add_argument("--password", default="demo1234")
    ap.add_argument("--school", default="/MN/21/2119/G5-S/", help="path of a school (a generated one by default)")
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    opener, _ = login(args.base, args.user, args.password)

    def unit(node_id):
        return json.loads(opener.open(urllib.request.Request(args.base + "/api/v1/org-units/" + node_id, headers={"Accept": "application/json"})).read())

    # Walk down from the country to the school along its path (/MN/<aimag>/<soum>/<school>/).
    country = json.loads(opener.open(urllib.request.Request(args.base + "/api/v1/me/scopes", headers={"Accept": "application/json"})).read())[0]
    levels = [("national", country["nodeId"])]
    node = unit(country["nodeId"])
    while node["unit"]["kind"] != "school":
        below = next((c["unit"] for c in node["children"] if args.school.startswith(c["unit"]["path"])), None)
        if below is None:
            raise SystemExit("no unit on the path %s below %s" % (args.school, node["unit"]["code"]))
        node = unit(below["id"])
        levels.append((node["unit"]["kind"], below["id"]))
    print("| level | registry counts p50 / max ms | achievement p50 / max ms | inclusion indicators p50 / max ms |")
    print("|---|---|---|---|")
    for level, node_id in levels:
        cells = []
        for path in ("/api/v1/org-units/%s", "/api/v1/org-units/%s/achievement", "/api/v1/org-units/%s/inclusion-indicators"):
            p50, worst, size = timed(opener, args.base + path % node_id, args.rounds)
            cells.append("%.1f / %.1f" % (p50, worst))
        print("| %s | %s |" % (level, " | ".join(cells)))


if __name__ == "__main__":
    main()
