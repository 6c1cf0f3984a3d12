#!/usr/bin/env python3
"""Time a terminal program's first frames, as a user at a terminal sees them.

Runs COMMAND on a new pseudo-terminal of COLSxROWS, reads everything it
prints, and reports (in ms from just before the fork) when the first byte
arrived and when each MARKER first appeared in the output. Then it types
QUIT_KEYS and waits for the program to exit. Run several times; report the
best (the machine is shared).

The program's terminal queries (background colour, synchronized output)
get no answer here, as with a terminal that does not support them: Bubble
Tea does not wait for them.

usage: firstframe.py [--size 80x24] [--runs N] [--quit q] [--marker TEXT]... -- COMMAND...
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
    end = time.perf_counter() + 5
    while time.perf_counter() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                if not os.read(fd, 1 << 16):
                    break
            except OSError:
                break
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, 9)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)
    ms = lambda t: None if t is None else (t - t0) * 1000
    return ms(first), {m: ms(seen.get(m)) for m in markers}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="80x24")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--quit", default="q")
    ap.add_argument("--marker", action="append", default=[])
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("cmd", nargs="+")
    a = ap.parse_args()
    cols, rows = map(int, a.size.split("x"))
    results = [run_once(a.cmd, cols, rows, a.marker, a.quit, a.timeout) for _ in range(a.runs)]
    def stats(vals):
        vals = sorted(v for v in vals if v is not None)
        if not vals:
            return "never"
        return "best %.1f ms, median %.1f ms, worst %.1f ms (%d runs)" % (vals[0], vals[len(vals) // 2], vals[-1], len(vals))
    print("first byte:", stats(r[0] for r in results))
    for m in a.marker:
        print("%r:" % m, stats(r[1][m] for r in results))


if __name__ == "__main__":
    main()
