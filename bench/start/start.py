#!/usr/bin/env python3
"""Time process starts against a floor, alternated in one loop.

Each round runs the FLOOR command, then every COMMAND, each once, output
to /dev/null, started with posix_spawn (so the child pays nothing of
Python's pages, unlike fork: listings.py's floor carries ~2 ms of them).
After ROUNDS rounds it prints, for each command, the median CPU time (user
+ system, from wait4), wall time and minor page faults, and the median
over rounds of its CPU and wall time minus the floor's in the same round:
issue 15 wants `tramite version` within 3 ms of bench/openonly.

Copy the binaries with cp before timing them: on this machine a 36 MB
binary fresh from the Go linker started 1 to 1.5 ms slower than the same
bytes copied with cp (both in the page cache; the linker writes through
a memory map), which is more than the differences measured here.

usage: start.py [--rounds N] --floor 'CMD' -- 'CMD' ['CMD'...]

    go build -o /tmp/t.build . && cp /tmp/t.build /tmp/tramite
    go build -o /tmp/o.build ./bench/openonly && cp /tmp/o.build /tmp/openonly
    python3 bench/start/start.py --rounds 400 --floor '/tmp/openonly /tmp/b100k.db' -- \\
        '/tmp/tramite --db /tmp/b100k.db version'
"""
import argparse, os, shlex, shutil, statistics, sys, time


def run(cmd):
    t0 = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=[
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{shlex.join(cmd)}: exit status {os.waitstatus_to_exitcode(status)}")
    return wall * 1000, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_minflt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--floor", required=True)
    ap.add_argument("cmds", nargs="+")
    a = ap.parse_args()
    cmds = [shlex.split(a.floor)] + [shlex.split(c) for c in a.cmds]
    for c in cmds:
        c[0] = shutil.which(c[0]) or c[0]
        run(c)  # warm the page cache
    res = [[] for _ in cmds]
    for _ in range(a.rounds):
        for i, c in enumerate(cmds):
            res[i].append(run(c))
    print(f"load average {os.getloadavg()[0]:.1f} (1 min), {a.rounds} rounds, medians")
    print(f"{'command':<60} {'cpu ms':>7} {'wall ms':>8} {'faults':>6} {'cpu - floor':>11} {'wall - floor':>12}")
    for i, c in enumerate(cmds):
        cpu = statistics.median(r[1] for r in res[i])
        wall = statistics.median(r[0] for r in res[i])
        faults = statistics.median(r[2] for r in res[i])
        dc = statistics.median(res[i][k][1] - res[0][k][1] for k in range(a.rounds))
        dw = statistics.median(res[i][k][0] - res[0][k][0] for k in range(a.rounds))
        print(f"{shlex.join(c)[:60]:<60} {cpu:7.2f} {wall:8.2f} {faults:6.0f} {dc:11.2f} {dw:12.2f}")


if __name__ == "__main__":
    main()
