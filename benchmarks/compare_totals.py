#!/usr/bin/python3
"""Totals per donor and year, three ways, side by side: `pairaid totals`, pandas and sqlite3.

    /usr/bin/python3 benchmarks/compare_totals.py --pairaid BUILD/examples/cli/pairaid \
        [--rows 1000000,10000000] [--seed 1] [--bench BUILD/benchmarks/pairaid_bench_group_by]

For each size: `pairaid generate` writes a ledger into a temporary directory (deleted afterwards),
then each engine runs as its own process on that file, one after the other:

  pairaid   pairaid totals ledger.csv --by donor,year --all-types --format csv
  pandas    /usr/bin/python3 benchmarks/totals_pandas.py ledger.csv out.csv
  sqlite3   sqlite3 :memory: < benchmarks/totals_sqlite.sql   (.import, then GROUP BY)

All three must give exactly the same totals: each output is normalised to
(donor, year, currency) -> (amount in integer cents, transactions) with Python's Decimal (an
amount with more than two fraction digits is an error, not rounded) and the three are compared
for equality; any difference is printed and the exit status is 1. pandas and sqlite3 never sum
floats: both read the amount as text and sum integer cents (see their files for the method).

Printed per engine: wall time (perf_counter around the process), CPU time (user + system; pairaid
parses with two threads, pandas and sqlite3 use one), peak RSS (the child's ru_maxrss from
wait4, so GNU time is not needed), throughput in MB/s of ledger CSV, and how many
times longer it took than pairaid. With --bench, the Google Benchmark group-by kernels are run
once afterwards at the smallest size and their group-by/scan ratios and the ledger's resident
bytes per transaction are printed. Exit 77 (skipped) when pandas or sqlite3 is missing.
"""
import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77


def measured(argv, stdin=None, stdout=None):
    """Runs argv to completion; returns (wall s, CPU s, peak RSS bytes). Raises on failure."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    # wait4 rather than proc.wait(): it also hands back the child's resource usage.
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}:\n{err.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024  # Linux: ru_maxrss in KiB


def cents(text, where):
    value = Decimal(text)
    scaled = value * 100
    if scaled != scaled.to_integral_value():
        raise SystemExit(f"{where}: amount {text} has more than two fraction digits")
    return int(scaled)


def normalised(path, engine):
    """{(donor, year, currency): (cents, transactions)} from an engine's CSV output."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if rows and not {"donor", "year", "currency", "amount", "transactions"} <= rows[0].keys():
        raise SystemExit(f"{engine}: expected columns donor, year, currency, amount, transactions; "
                         f"got {', '.join(rows[0].keys())}")
    result = {}
    for n, row in enumerate(rows, start=2):
        if row.get("bad", "0") != "0":
            raise SystemExit(f"{engine} {path}:{n}: {row['bad']} amounts it could not take exactly")
        key = (row["donor"], row["year"], row["currency"])
        if key in result:
            raise SystemExit(f"{engine} {path}:{n}: group {key} appears twice")
        result[key] = (cents(row["amount"], f"{engine} {path}:{n}"), int(row["transactions"]))
    return result


def describe_difference(name, a, b):
    lines = [f"pairaid and {name} disagree:"]
    for key in sorted(a.keys() | b.keys()):
        if a.get(key) != b.get(key):
            lines.append(f"  {key}: pairaid {a.get(key)}, {name} {b.get(key)}")
            if len(lines) > 20:
                lines.append("  ...")
                break
    return "\n".join(lines)


def compare_one_size(args, rows, work):
    ledger = os.path.join(work, "ledger.csv")
    gen_wall, _, _ = measured([args.pairaid, "generate", "--transactions", str(rows), "--seed", str(args.seed),
                            "--output", ledger])
    size = os.path.getsize(ledger)
    mb = size / 1e6
    # Read once so every engine starts with the file in the page cache, none paying for the disk.
    with open(ledger, "rb") as f:
        while f.read(1 << 24):
            pass

    outputs = {name: os.path.join(work, f"{name}.csv") for name in ("pairaid", "pandas", "sqlite3")}
    sql = os.path.join(work, "totals.sql")
    with open(os.path.join(HERE, "totals_sqlite.sql"), encoding="utf-8") as f:
        template = f.read()
    with open(sql, "w", encoding="utf-8") as f:
        f.write(template.replace("@LEDGER@", ledger.replace("'", "''")).replace("@OUTPUT@",
                                                                              outputs["sqlite3"].replace("'", "''")))

    def pairaid():
        with open(outputs["pairaid"], "wb") as out:
            # --all-types: the generated ledger mixes types, and pandas and sqlite3 add them all too.
            return measured([args.pairaid, "totals", ledger, "--by", "donor,year", "--all-types", "--format", "csv"],
                            stdout=out)

    def pandas():
        return measured([args.python, os.path.join(HERE, "totals_pandas.py"), ledger, outputs["pandas"]])

    def sqlite():
        with open(sql, "rb") as script:
            return measured([args.sqlite3, "-batch", ":memory:"], stdin=script)

    load_before = os.getloadavg()[0]
    timings = {}
    for name, run in (("pairaid", pairaid), ("pandas", pandas), ("sqlite3", sqlite)):
        runs = [run() for _ in range(args.repeat)]
        timings[name] = min(runs)  # the fastest wall time, with its CPU time and RSS

    results = {name: normalised(path, name) for name, path in outputs.items()}
    agree = True
    for name in ("pandas", "sqlite3"):
        if results[name] != results["pairaid"]:
            print(describe_difference(name, results["pairaid"], results[name]), file=sys.stderr)
            agree = False
    total_rows = sum(t for _, t in results["pairaid"].values())
    if total_rows != rows:
        print(f"pairaid's groups hold {total_rows} transactions, the ledger {rows}", file=sys.stderr)
        agree = False

    print(f"\n{rows:,} transactions, {mb:,.1f} MB of CSV (generated in {gen_wall:.2f} s, "
          f"{mb / gen_wall:,.0f} MB/s), seed {args.seed}; {len(results['pairaid']):,} groups "
          f"(donor, year, currency): {'identical in all three engines' if agree else 'ENGINES DISAGREE'}")
    print(f"  load average before the runs: {load_before:.2f} (1 min), after: {os.getloadavg()[0]:.2f}")
    print(f"  {'engine':<8} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'MB/s':>8} {'wall / pairaid':>15} {'CPU / pairaid':>14}")
    base_wall, base_cpu, _ = timings["pairaid"]
    for name, (wall, cpu, rss) in timings.items():
        print(f"  {name:<8} {wall:>8.2f} {cpu:>8.2f} {rss / 1e6:>12.0f} {mb / wall:>8.0f} {wall / base_wall:>15.1f}"
              f" {cpu / base_cpu:>14.1f}")
    return agree


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairaid", required=True, help="the pairaid executable")
    parser.add_argument("--rows", default="1000000,10000000", help="comma-separated ledger sizes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="runs per engine; the fastest counts")
    parser.add_argument("--python", default="/usr/bin/python3", help="the Python with pandas")
    parser.add_argument("--sqlite3", default="sqlite3")
    parser.add_argument("--bench", help="pairaid_bench_group_by, to report in-process group-by vs scan")
    parser.add_argument("--tmpdir", help="where the temporary directory goes (default: the system's)")
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.rows.split(",")]

    if shutil.which(args.sqlite3) is None:
        print(f"skipped: {args.sqlite3} not found", file=sys.stderr)
        return SKIP
    if subprocess.run([args.python, "-c", "import pandas"], capture_output=True).returncode != 0:
        print(f"skipped: {args.python} cannot import pandas", file=sys.stderr)
        return SKIP

    versions = subprocess.run([args.python, "-c", "import pandas, sys; print(pandas.__version__, sys.version.split()[0])"],
                              capture_output=True, text=True).stdout.split()
    sqlite_version = subprocess.run([args.sqlite3, "--version"], capture_output=True, text=True).stdout.split()[0]
    print(f"machine: {os.cpu_count()} CPUs; pandas {versions[0]} (Python {versions[1]}), sqlite3 {sqlite_version}")

    agree = True
    for rows in sizes:
        work = tempfile.mkdtemp(prefix="pairaid-compare-", dir=args.tmpdir)
        try:
            agree = compare_one_size(args, rows, work) and agree
        finally:
            shutil.rmtree(work, ignore_errors=True)

    if args.bench:
        rows = min(sizes)
        print(f"\nin-process (Google Benchmark, {rows:,} transactions): {args.bench}")
        out = subprocess.run([args.bench, f"--rows={rows}", f"--seed={args.seed}"], capture_output=True, text=True,
                             check=True).stdout
        print("\n".join("  " + line for line in out[out.index("\nledger:") + 1:].splitlines()))
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
