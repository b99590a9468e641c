#!/usr/bin/python3
"""The rows of `pairaid transactions` add up to `pairaid totals` for the same query.

    transactions_sum.py PAIRAID [--where EXPR] [--split sector,country] [--hierarchy P] -- SOURCE...

Runs `pairaid transactions SOURCE... --format csv` and `pairaid totals SOURCE... --by currency[,sector]
[,recipient_country] --all-types --format csv` with the same condition, hierarchy policy and
splits, sums the rows' `amount` per group with Python's Decimal (exact), and requires every group's
sum to equal the totals' amount, and the two to have the same groups. Exit 0 when they agree.
"""
import argparse
import csv
import io
import subprocess
import sys
from decimal import Decimal


def run(argv):
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)}: exit {done.returncode}\n{done.stderr}")
    return list(csv.DictReader(io.StringIO(done.stdout)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pairaid")
    parser.add_argument("--where")
    parser.add_argument("--split", default="")
    parser.add_argument("--hierarchy")
    parser.add_argument("sources", nargs="+")
    args = parser.parse_args()
    common = []
    if args.where:
        common += ["--where", args.where]
    if args.hierarchy:
        common += ["--hierarchy", args.hierarchy]
    split = [s for s in args.split.split(",") if s]
    # Group by what the rows are split by: sector -> sector, country -> recipient_country.
    dims = {"sector": "sector", "country": "recipient_country"}
    by = ["currency"] + [dims[s] for s in split]
    rows = run([args.pairaid, "transactions", *args.sources, *common, "--format", "csv"] +
               (["--split", args.split] if split else []))
    totals = run([args.pairaid, "totals", *args.sources, *common, "--by", ",".join(by), "--all-types",
                  "--format", "csv"])
    columns = {"currency": "currency", "sector": "sector", "recipient_country": "country"}
    summed = {}
    for r in rows:
        key = tuple(r[columns[d]] for d in by)
        summed[key] = summed.get(key, Decimal(0)) + Decimal(r["amount"])
    expected = {tuple(t[d] for d in by): Decimal(t["amount"]) for t in totals}
    if summed != expected:
        for key in sorted(summed.keys() | expected.keys()):
            if summed.get(key) != expected.get(key):
                print(f"{key}: rows add up to {summed.get(key)}, totals say {expected.get(key)}")
        return 1
    print(f"{len(rows)} rows add up to the {len(totals)} totals of --by {','.join(by)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
