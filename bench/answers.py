#!/usr/bin/env python3
"""Answers saved alone under wrk: pupils with an attempt open save answers through the JSON API, as
the quiz page does (a new client-made id each time). Same setup as the last line of pages.py.

    python3 bench/answers.py --base http://localhost:8090 --users 50 --seconds 20 --first-school 100
Each run opens attempts (three per pupil and quiz): take another --first-school when they run out.
"""
import argparse, re
import pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://localhost:8090")
    ap.add_argument("--users", type=int, default=50, help="pupils, one per school from --first-school")
    ap.add_argument("--first-school", type=int, default=0)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--password", default="demo1234")
    args = ap.parse_args()
    teacher, _ = pages.login(args.base, "g0-s-t8", args.password)
    quiz = re.search(r'href="/quizzes/([0-9a-f-]{36})"', pages.get(teacher, args.base, "/quizzes")).group(1)
    targets = [pages.answer_target(args.base, s, quiz, args.password) for s in range(args.first_school, args.first_school + args.users)]
    rate, p50, p99, errors = pages.run_wrk(args.base, targets, args.seconds, args.connections)
    print("answers saved: %.0f/s, p50 %.1f ms, p99 %.1f ms, errors %d" % (rate, p50, p99, errors))


if __name__ == "__main__":
    main()
