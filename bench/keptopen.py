#!/usr/bin/env python3
"""Peak memory of a terminal program kept open, as a user leaves it open.

Runs COMMAND under /usr/bin/time -v in a tmux session of COLSxROWS, waits
--open seconds (the dashboard builds its whole list, then runs its damage
check and daily backup), types q and waits for the exit. Reports the peak
RSS /usr/bin/time measured and, sampled from /proc every 10 ms while it
runs, the peak of its anonymous memory (RssAnon: the Go heap and runtime)
and of its file-backed memory (RssFile: the binary and the mapped
database). With --before, a shell command run before each run (touch the
file so that its damage check is due). Runs alternate between COMMANDs
separated by --vs; medians are reported.

usage: keptopen.py [--runs N] [--open S] [--size 80x24] [--before SH] -- CMD... [--vs CMD...]
"""
import argparse, os, re, statistics, subprocess, sys, time


def status(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return {k: int(v.split()[0]) for k, v in (l.split(":", 1) for l in f) if k in ("RssAnon", "RssFile", "VmHWM")}
    except (OSError, ValueError):
        return None


def child_of(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            kids = f.read().split()
        return int(kids[0]) if kids else None
    except OSError:
        return None


def run_once(cmd, cols, rows, wait, before, n):
    if before:
        subprocess.run(before, shell=True, check=True)
    out = f"/tmp/keptopen-{os.getpid()}-{n}.time"
    sess = f"keptopen-{os.getpid()}-{n}"
    line = " ".join(["/usr/bin/time", "-v", "-o", out] + [subprocess.list2cmdline([c]) for c in cmd])
    subprocess.run(["tmux", "new-session", "-d", "-s", sess, "-x", str(cols), "-y", str(rows), line], check=True)
    tpid = int(subprocess.run(["tmux", "display", "-p", "-t", sess, "#{pane_pid}"], capture_output=True, text=True).stdout)
    # the pane's shell may exec /usr/bin/time; the program is its child
    pid, anon, file_ = None, 0, 0
    t0 = time.time()
    quit_sent = False
    while True:
        if pid is None:
            c = child_of(tpid)
            if c is not None:
                with open(f"/proc/{tpid}/comm") as f:
                    pid = c if f.read().strip() == "time" else child_of(c) or c
        if pid is not None:
            st = status(pid)
            if st:
                anon, file_ = max(anon, st.get("RssAnon", 0)), max(file_, st.get("RssFile", 0))
        if not quit_sent and time.time() - t0 >= wait:
            subprocess.run(["tmux", "send-keys", "-t", sess, "q"])
            quit_sent = True
        if quit_sent and subprocess.run(["tmux", "has-session", "-t", sess], capture_output=True).returncode != 0:
            break
        if time.time() - t0 > wait + 30:
            subprocess.run(["tmux", "kill-session", "-t", sess])
            break
        time.sleep(0.01)
    txt = open(out).read() if os.path.exists(out) else ""
    if os.path.exists(out):
        os.remove(out)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", txt)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", txt))
    return (int(m.group(1)) / 1024 if m else float("nan")), anon / 1024, file_ / 1024, cpu * 1000


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit(__doc__)
    i = argv.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--open", type=float, default=4)
    ap.add_argument("--size", default="80x24")
    ap.add_argument("--before", default="")
    a = ap.parse_args(argv[:i])
    cmds, cur = [], []
    for x in argv[i + 1:]:
        if x == "--vs":
            cmds.append(cur)
            cur = []
        else:
            cur.append(x)
    cmds.append(cur)
    cols, rows = map(int, a.size.split("x"))
    res = [[] for _ in cmds]
    n = 0
    for r in range(a.runs):
        for k, cmd in enumerate(cmds):
            n += 1
            res[k].append(run_once(cmd, cols, rows, a.open, a.before, n))
            print(f"run {r + 1} {' '.join(cmd)[:60]}: peak RSS {res[k][-1][0]:.0f} MB (anon {res[k][-1][1]:.0f}, file {res[k][-1][2]:.0f}), CPU {res[k][-1][3]:.0f} ms", file=sys.stderr)
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    print(f"load average at the end: {' '.join(load)}")
    for cmd, rs in zip(cmds, res):
        med = [statistics.median(x[j] for x in rs) for j in range(4)]
        print(f"{' '.join(cmd)}\n  median of {len(rs)}: peak RSS {med[0]:.0f} MB (max {max(x[0] for x in rs):.0f}), "
              f"peak RssAnon {med[1]:.0f} MB, peak RssFile {med[2]:.0f} MB, CPU {med[3]:.0f} ms")


if __name__ == "__main__":
    main()
