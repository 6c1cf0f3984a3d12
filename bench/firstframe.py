#!/usr/bin/env python3
"""Time a terminal program's first frames, as a user at a terminal sees them.

Runs COMMAND on a new pseudo-terminal of COLSxROWS, reads everything it
prints, and reports (in ms from just before the fork) when the first byte
arrived and when each MARKER first appeared in the output. Then it types
QUIT_KEYS and waits for the program to exit. Runs several times and reports
the best, the median and the worst.

The program's terminal queries (background colour, synchronized output)
get no answer here, as with a terminal that does not support them: Bubble
Tea does not wait for them.

With --vs FLOOR, COMMAND (A) and FLOOR (B) run alternately, one of each
per round, and the ratio A/B of each marker is taken pair by pair (its
median is reported): a busy machine slows both alike. CPU time and peak
RSS come from the process's own accounting (wait4).

usage: firstframe.py [--size 80x24] [--runs N] [--quit q] [--marker TEXT]... [--vs FLOOR] -- COMMAND...
"""
import argparse, fcntl, os, pty, select, struct, sys, termios, time


def run_once(cmd, cols, rows, markers, quit_keys, timeout):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    buf = b""
    first = None
    seen = {}
    deadline = t0 + timeout
    while len(seen) < len(markers) and time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            continue
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            break
        now = time.perf_counter()
        if first is None:
            first = now
        buf += chunk
        for m in markers:
            if m not in seen and m.encode() in buf:
                seen[m] = now
    os.write(fd, quit_keys.encode())
    ru = None
    end = time.perf_counter() + 5
    while time.perf_counter() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                os.read(fd, 1 << 16)
            except OSError:
                pass
        done, _, usage = os.wait4(pid, os.WNOHANG)
        if done:
            ru = usage
            break
    if ru is None:
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass
        try:
            _, _, ru = os.wait4(pid, 0)
        except ChildProcessError:
            pass
    os.close(fd)
    ms = lambda t: None if t is None else (t - t0) * 1000
    cpu = None if ru is None else (ru.ru_utime + ru.ru_stime) * 1000
    rss = None if ru is None else ru.ru_maxrss / 1024
    return ms(first), {m: ms(seen.get(m)) for m in markers}, cpu, rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="80x24")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--quit", default="q")
    ap.add_argument("--marker", action="append", default=[])
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--vs", help="a second command (one string, split on spaces), run alternately with COMMAND: the floor")
    ap.add_argument("cmd", nargs="+")
    a = ap.parse_args()
    cols, rows = map(int, a.size.split("x"))
    progs = [("A", a.cmd)] + ([("B", a.vs.split())] if a.vs else [])
    results = {name: [] for name, _ in progs}
    for _ in range(a.runs):
        for name, cmd in progs:
            results[name].append(run_once(cmd, cols, rows, a.marker, a.quit, a.timeout))

    def stats(vals, unit="ms"):
        vals = sorted(v for v in vals if v is not None)
        if not vals:
            return "never"
        return "best %.1f %s, median %.1f %s, worst %.1f %s (%d runs)" % (
            vals[0], unit, vals[len(vals) // 2], unit, vals[-1], unit, len(vals))

    def median(vals):
        vals = sorted(v for v in vals if v is not None)
        return vals[len(vals) // 2] if vals else None

    for name, cmd in progs:
        r = results[name]
        print("%s: %s" % (name, " ".join(cmd)))
        print("  first byte:", stats(x[0] for x in r))
        for m in a.marker:
            print("  %r:" % m, stats(x[1][m] for x in r))
        print("  CPU (user+sys):", stats(x[2] for x in r))
        print("  peak RSS:", stats((x[3] for x in r), "MB"))
    if a.vs:
        for m in a.marker:
            pairs = [x[1][m] / y[1][m] for x, y in zip(results["A"], results["B"])
                     if x[1][m] is not None and y[1][m]]
            if pairs:
                print("A/B %r, median of the %d pairs: %.2fx" % (m, len(pairs), median(pairs)))


if __name__ == "__main__":
    main()
