#!/usr/bin/env python3
"""Time to first frame on a pseudo-terminal, and peak RSS.

Forks the command on a fresh pty of the given size, reads its output until MARKER appears, records the
elapsed time and the process's peak RSS so far (VmHWM in /proc/PID/status), then ends it. `script(1)`
adds a ~22 ms floor that hides everything, so this harness talks to the pty directly
(terminal-foundations.md section 4).

Peak RSS is read from /proc, not from wait4: a forked child's ru_maxrss starts from the parent's RSS
(the Python interpreter, about 10 MB), so wait4 reports max(python, child) and every small program
reads as ~10.5 MB. That is where the 11-12 MB "dialog" figures of the first prototype came from.

usage: ttff.py [--cols 80] [--rows 24] [--runs 30] [--keys KEYS] MARKER -- COMMAND...
prints one JSON object: {"median_ms", "min_ms", "max_ms", "peak_rss_kib", "runs"}
"""
import argparse, fcntl, json, os, pty, select, signal, statistics, struct, sys, termios, time


def one_run(cmd, marker, cols, rows, keys, timeout=10.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ.setdefault("LANG", "C.UTF-8")
        os.environ["SWIFT_BACKTRACE"] = "enable=no"
        os.execvp(cmd[0], cmd)
    start = time.perf_counter()
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    if keys:
        os.write(fd, keys.encode())
    seen = b""
    elapsed = None
    hwm = None
    needle = marker.encode()
    while time.perf_counter() - start < timeout:
        r, _, _ = select.select([fd], [], [], 0.05)
        if fd in r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if needle in seen:
                elapsed = time.perf_counter() - start
                hwm = peak_rss_kib(pid)
                break
    os.kill(pid, signal.SIGTERM)
    # drain so the child is not blocked writing its restore sequence
    done, status, usage = 0, 0, None
    end = time.perf_counter() + 2
    while time.perf_counter() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if fd in r:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, signal.SIGKILL)
        done, status, usage = os.wait4(pid, 0)
    if not done:
        done, status, usage = os.wait4(pid, 0)
    os.close(fd)
    if elapsed is None:
        raise SystemExit(f"marker {marker!r} not seen within {timeout}s; output tail: {seen[-400:]!r}")
    return elapsed * 1000, hwm


def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--keys", default="")
    ap.add_argument("marker")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    one_run(cmd, a.marker, a.cols, a.rows, a.keys)  # warm the page cache
    times, rss = [], []
    for _ in range(a.runs):
        t, r = one_run(cmd, a.marker, a.cols, a.rows, a.keys)
        times.append(t)
        rss.append(r)
    print(json.dumps({"median_ms": round(statistics.median(times), 2), "min_ms": round(min(times), 2),
                      "max_ms": round(max(times), 2), "peak_rss_kib": max(rss), "runs": a.runs}))


if __name__ == "__main__":
    main()
