#!/usr/bin/python3
"""`pairaid totals ... --format csv` through the Python binding: the Python third of the test that
the command line, C and Python print the same bytes for the same query (tests/c/compare_totals.cmake).

    totals_csv.py --by DIMS [--where EXPR] [--currency CCY] [--all-types] [--names]
                  [--hierarchy P] [--from iati|ledger] [--format csv|json|table] SOURCE...

The library is $PAIRAID_LIB (or --library).
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pairaid  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+")
    parser.add_argument("--library")
    parser.add_argument("--by", required=True)
    parser.add_argument("--where")
    parser.add_argument("--currency")
    parser.add_argument("--all-types", action="store_true")
    parser.add_argument("--names", action="store_true")
    parser.add_argument("--hierarchy")
    parser.add_argument("--from", dest="part")
    parser.add_argument("--format", default="csv")
    args = parser.parse_args()
    lib = pairaid.Library(args.library)
    with lib.query() as query:
        query.group_by(*args.by.split(","))
        if args.where:
            query.where(args.where)
        if args.currency:
            query.convert(args.currency)
        if args.all_types:
            query.all_types()
        if args.names:
            query.names()
        if args.hierarchy:
            query.hierarchy(args.hierarchy)
        if args.part:
            query.store_part(args.part)
        try:
            with query.run_sources(args.sources) as result:
                sys.stdout.write(result.write(args.format))
        except pairaid.PairaidError as e:
            print(f"totals_csv.py: {e}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
