#!/usr/bin/python3
"""A/B: the same `pairaid totals` queries run by two builds (before and after a change), interleaved,
best of N for wall and CPU time (the child's rusage). docs/performance.md, "One engine (issue 12)".
usage: ab_totals.py BEFORE_PAIRAID AFTER_PAIRAID LEDGER.csv BIG.xml N
The two builds must give the same CSV; the argument spellings are each build's (issue 12 renamed
IATI's transaction-type to type and asks for --all-types to add types)."""
import os, resource, subprocess, sys, time
before, after, ledger, iati, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
cases = [  # (name, before's args, after's args): the same groups in each build's spelling
    ("ledger 1M --by donor,year", [ledger, "--by", "donor,year", "--format", "csv"],
     [ledger, "--by", "donor,year", "--format", "csv", "--all-types"]),
    ("ledger 1M --by donor,year,type", [ledger, "--by", "donor,year,type", "--format", "csv"],
     [ledger, "--by", "donor,year,type", "--format", "csv"]),
    ("IATI 200MiB --by currency,type,year", [iati, "--by", "currency,transaction-type,year", "--format", "csv"],
     [iati, "--by", "currency,type,year", "--format", "csv"]),
]
def run(exe, args):
    t0 = time.perf_counter()
    p = subprocess.Popen([exe, "totals", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    assert os.waitstatus_to_exitcode(status) == 0, (exe, args)
    return wall, ru.ru_utime + ru.ru_stime
print("load before:", os.getloadavg())
for name, args, after_args in cases:
    best = {"before": [1e9, 1e9], "after": [1e9, 1e9]}
    for i in range(n):
        for tag, exe, a in (("before", before, args), ("after", after, after_args)):
            w, c = run(exe, a)
            best[tag][0] = min(best[tag][0], w); best[tag][1] = min(best[tag][1], c)
    b, a = best["before"], best["after"]
    print(f"{name}: before {b[0]:.3f} s wall {b[1]:.3f} s CPU | after {a[0]:.3f} s wall {a[1]:.3f} s CPU | after/before wall {a[0]/b[0]:.3f} CPU {a[1]/b[1]:.3f}")
print("load after:", os.getloadavg())
