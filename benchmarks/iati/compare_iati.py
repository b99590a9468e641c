#!/usr/bin/python3
"""`pairaid totals` against a Python lxml iterparse script on one large IATI file, in one run.

    /usr/bin/python3 benchmarks/iati/compare_iati.py --pairaid BUILD/examples/cli/pairaid \
        --big BUILD/iati-big.xml [--size-mb 500] [--repeat 1]

1. When --big does not exist, or is smaller than --size-mb MiB, make_big_iati.py writes it (real
   2.0x activities repeated with fresh identifiers; see that script). Keep it in a build directory.
2. The file is read once so both engines start with it in the page cache.
3. Each engine runs as its own process, one after the other, output to a file next to --big:
     pairaid  pairaid totals BIG --by currency,type,year --format csv
     lxml     /usr/bin/python3 benchmarks/iati/lxml_totals.py BIG
4. The two CSV outputs must be byte-for-byte identical; any difference is shown and the exit
   status is 1. Exit 77 (skipped) when the Python has no lxml.

Printed per engine: wall time, CPU time (user + system; pairaid may read on two threads, lxml reads
on one), peak RSS (the child's ru_maxrss from wait4, what GNU time's %M reports), MB/s (10^6 bytes
of XML per wall second), and the lxml/pairaid ratio of wall times, against the issue's targets
(>= 5x faster, peak RSS <= 64 MB). With --repeat N each engine runs N times and the fastest run
counts. The timings of a small file (the ctest smoke run) mean nothing; the equality does.
"""
import argparse
import difflib
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
TARGET_RATIO = 5.0
TARGET_RSS_MB = 64.0


def measured(argv, stdout):
    """Runs argv to completion; returns (wall s, CPU s, peak RSS bytes, stderr text)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    # wait4 rather than proc.wait(): it also hands back this child's own resource usage.
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    text = err.decode(errors="replace")
    if code != 0:
        raise SystemExit(f"{' '.join(argv)} exited {code}:\n{text[-4000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, text  # Linux: KiB


def last_lines(text, n=2):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-n:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairaid", required=True, help="the pairaid executable (a Release build)")
    parser.add_argument("--big", required=True, help="the large IATI file (made when absent or too small)")
    parser.add_argument("--size-mb", type=float, default=500.0, help="size of the file to make, MiB")
    parser.add_argument("--repeat", type=int, default=1, help="runs per engine; the fastest counts")
    parser.add_argument("--python", default="/usr/bin/python3", help="the Python with lxml")
    parser.add_argument("--source-dir", help="the real IATI files to repeat (make_big_iati.py's default otherwise)")
    args = parser.parse_args()

    if subprocess.run([args.python, "-c", "import lxml"], capture_output=True).returncode != 0:
        print(f"skipped: {args.python} cannot import lxml (Debian: python3-lxml)", file=sys.stderr)
        return SKIP
    if not os.path.exists(args.big) or os.path.getsize(args.big) < args.size_mb * 1048576:
        start = time.perf_counter()
        make = [args.python, os.path.join(HERE, "make_big_iati.py"), args.big, "--size-mb", str(args.size_mb)]
        subprocess.run(make + (["--source-dir", args.source_dir] if args.source_dir else []), check=True)
        print(f"generated {args.big} in {time.perf_counter() - start:.1f} s")
    size = os.path.getsize(args.big)
    mb = size / 1e6
    with open(args.big, "rb") as f:  # into the page cache, so neither engine pays for the disk
        while f.read(1 << 24):
            pass

    outputs = {"pairaid": args.big + ".pairaid.csv", "lxml": args.big + ".lxml.csv"}
    commands = {
        "pairaid": [args.pairaid, "totals", args.big, "--by", "currency,type,year", "--format", "csv"],
        "lxml": [args.python, os.path.join(HERE, "lxml_totals.py"), args.big],
    }
    lxml_version = subprocess.run([args.python, "-c", "import lxml.etree as e, sys; "
                                   "print(e.__version__, 'libxml2 %d.%d.%d' % e.LIBXML_VERSION, sys.version.split()[0])"],
                                  capture_output=True, text=True).stdout.split(maxsplit=1)
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} (1 min) before the runs; "
          f"lxml {lxml_version[0]} ({lxml_version[1].strip() if len(lxml_version) > 1 else ''})")
    print(f"file: {args.big}, {size:,} bytes ({mb:,.1f} MB)")

    timings = {}
    notes = {}
    for name, argv in commands.items():
        print(f"  running: {' '.join(argv)}", flush=True)
        runs = []
        for _ in range(args.repeat):
            with open(outputs[name], "wb") as out:
                runs.append(measured(argv, out))
        best = min(runs, key=lambda r: r[0])
        timings[name] = best[:3]
        notes[name] = last_lines(best[3])
    print(f"  load average after the runs: {os.getloadavg()[0]:.2f} (1 min)")

    texts = {}
    for name, path in outputs.items():
        with open(path, encoding="utf-8") as f:
            texts[name] = f.read()
    identical = texts["pairaid"] == texts["lxml"]
    rows = max(0, texts["pairaid"].count("\n") - 1)
    counted = sum(int(line.rsplit(",", 1)[1]) for line in texts["pairaid"].splitlines()[1:] if line)
    print(f"\noutputs: {'identical' if identical else 'DIFFERENT'} ({rows:,} rows, {counted:,} transactions "
          f"summed by pairaid)")
    for name in commands:
        for line in notes[name]:
            print(f"  {name} stderr: {line}")
    if not identical:
        diff = difflib.unified_diff(texts["pairaid"].splitlines(), texts["lxml"].splitlines(),
                                    "pairaid", "lxml", lineterm="", n=0)
        for n, line in enumerate(diff):
            if n >= 40:
                print("  ...", file=sys.stderr)
                break
            print("  " + line, file=sys.stderr)

    print(f"\n  {'engine':<8} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'MB/s':>8}")
    for name, (wall, cpu, rss) in timings.items():
        print(f"  {name:<8} {wall:>8.2f} {cpu:>8.2f} {rss / 1e6:>12.1f} {mb / wall:>8.1f}")
    p_wall, p_cpu, p_rss = timings["pairaid"]
    l_wall, l_cpu, _ = timings["lxml"]
    ratio = l_wall / p_wall
    print(f"\n  lxml / pairaid: {ratio:.1f}x wall time, {l_cpu / p_cpu:.1f}x CPU time "
          f"(target >= {TARGET_RATIO:.0f}x: {'met' if ratio >= TARGET_RATIO else 'NOT met'})")
    print(f"  pairaid peak RSS: {p_rss / 1e6:.1f} MB (target <= {TARGET_RSS_MB:.0f} MB: "
          f"{'met' if p_rss / 1e6 <= TARGET_RSS_MB else 'NOT met'})")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
