#!/usr/bin/env python3
"""Process start to exit, for several commands measured in turn (interleaved, so load on a shared
machine falls on all of them alike).

Each run spawns the command with stdin from /dev/null (or --stdin FILE) and stdout/stderr to /dev/null,
then takes the wall time and the CPU time (user + system) from wait4. (Not peak RSS: a child spawned
from Python inherits the interpreter's RSS as its starting ru_maxrss; scripts/bench takes RSS from
GNU time instead.)

usage: runs.py [--runs 30] [--stdin FILE] -- NAME=COMMAND [NAME=COMMAND ...]
COMMAND is split on spaces (no quoting). Prints one JSON object: {NAME: {"median_ms", "min_ms",
"cpu_median_ms"}, ...}
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
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000, os.waitstatus_to_exitcode(status)


def measure(named, runs, stdin=None):
    """named: NAME -> argv. Returns NAME -> {"median_ms", "min_ms", "cpu_median_ms"}."""
    for argv in named.values():
        one_run(argv, stdin)  # warm the page cache
    results = {name: ([], []) for name in named}
    for _ in range(runs):
        for name, argv in named.items():
            wall, cpu, _ = one_run(argv, stdin)
            results[name][0].append(wall)
            results[name][1].append(cpu)
    return {name: {"median_ms": round(statistics.median(w), 2), "min_ms": round(min(w), 2),
                   "cpu_median_ms": round(statistics.median(c), 2)} for name, (w, c) in results.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--stdin")
    ap.add_argument("commands", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    named = {c.split("=", 1)[0]: c.split("=", 1)[1].split() for c in a.commands if c != "--"}
    print(json.dumps(measure(named, a.runs, a.stdin)))


if __name__ == "__main__":
    main()
