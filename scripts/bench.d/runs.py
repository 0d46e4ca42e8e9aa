#!/usr/bin/env python3
"""Process start to exit, for several commands measured in turn (interleaved, so load on a shared
machine falls on all of them alike).

Each run spawns the command with stdin from /dev/null (or --stdin FILE) and stdout/stderr to /dev/null,
then takes the wall time and the CPU time (user + system) and peak RSS from wait4.

usage: runs.py [--runs 30] [--stdin FILE] -- NAME=COMMAND [NAME=COMMAND ...]
COMMAND is split on spaces (no quoting). Prints one JSON object: {NAME: {"median_ms", "min_ms",
"cpu_median_ms", "peak_rss_kib"}, ...}
"""
import argparse, json, os, statistics, time


def one_run(argv, stdin):
    fin = os.open(stdin or "/dev/null", os.O_RDONLY)
    null = os.open("/dev/null", os.O_WRONLY)
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, env, file_actions=[
        (os.POSIX_SPAWN_DUP2, fin, 0), (os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    os.close(fin)
    os.close(null)
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--stdin")
    ap.add_argument("commands", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    commands = [c for c in a.commands if c != "--"]
    named = [(c.split("=", 1)[0], c.split("=", 1)[1].split()) for c in commands]
    for _, argv in named:
        one_run(argv, a.stdin)  # warm the page cache
    results = {name: ([], [], []) for name, _ in named}
    for _ in range(a.runs):
        for name, argv in named:
            wall, cpu, rss, _ = one_run(argv, a.stdin)
            results[name][0].append(wall)
            results[name][1].append(cpu)
            results[name][2].append(rss)
    print(json.dumps({name: {"median_ms": round(statistics.median(w), 2), "min_ms": round(min(w), 2),
                             "cpu_median_ms": round(statistics.median(c), 2), "peak_rss_kib": max(r)}
                      for name, (w, c, r) in results.items()}))


if __name__ == "__main__":
    main()
