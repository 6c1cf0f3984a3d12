#!/usr/bin/env python3
"""Time whole processes against a floor, alternated in one loop.

Each round runs the FLOOR command, then every COMMAND, in order, each once,
output to /dev/null; after ROUNDS rounds it prints, for each command, the
median wall time, the median CPU time (user + system of the process), the
median peak resident memory, and the median of the per-round ratios of its
wall and CPU time to the floor's in the same round. Alternating keeps a
busy machine's load on both sides of each ratio.

usage: listings.py [--rounds N] --floor 'CMD' -- 'CMD' ['CMD'...]

    python3 bench/listings/listings.py --rounds 15 \
        --floor '/tmp/indexscan /tmp/b100k.db' -- \
        '/tmp/tramite --db /tmp/b100k.db --today 2026-11-23 deadlines --within 30'
"""
import argparse, os, resource, shlex, statistics, subprocess, sys, time


def run(cmd):
    devnull = os.open(os.devnull, os.O_WRONLY)
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    os.close(devnull)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{shlex.join(cmd)}: exit status {os.waitstatus_to_exitcode(status)}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--floor", required=True)
    ap.add_argument("cmds", nargs="+")
    a = ap.parse_args()
    cmds = [shlex.split(a.floor)] + [shlex.split(c) for c in a.cmds]
    res = [[] for _ in cmds]
    for c in cmds:  # warm the page cache
        run(c)
    for _ in range(a.rounds):
        for i, c in enumerate(cmds):
            res[i].append(run(c))
    print(f"load average {os.getloadavg()[0]:.1f} (1 min), {a.rounds} rounds, medians")
    print(f"{'command':<70} {'wall ms':>8} {'cpu ms':>7} {'rss MB':>7} {'wall x':>7} {'cpu x':>6}")
    for i, c in enumerate(cmds):
        w = statistics.median(r[0] for r in res[i]) * 1000
        u = statistics.median(r[1] for r in res[i]) * 1000
        m = statistics.median(r[2] for r in res[i])
        wr = statistics.median(res[i][k][0] / res[0][k][0] for k in range(a.rounds))
        cr = statistics.median(res[i][k][1] / max(res[0][k][1], 1e-3) for k in range(a.rounds))
        name = shlex.join(c)
        if len(name) > 70:
            name = "…" + name[-69:]
        print(f"{name:<70} {w:8.1f} {u:7.1f} {m:7.1f} {wr:7.1f} {cr:6.1f}")


if __name__ == "__main__":
    main()
