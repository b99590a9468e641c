"""The seed article's figures, reproduced through pairaid's C API from Python.

    pairaid-seed-report [--library LIB] [--dataset DATASET.json] [--rates RATES.csv] [--ledger LEDGER.csv]
    python3 -m pairaid.seed_report ...          (the same, from examples/python of a checkout)

The library is found as pairaid.Library() finds it (or --library); the dataset and rates default to
the example files the library ships (examples/xizang.json and examples/fx-usd-cny-annual.csv of its
data directory, pairaid_data_dir), so with no arguments it prints the seed figures.

Prints: the personnel claim ("nearly 12,000") against the stated batches (622 and 2,117 from the
article; 850, 2,006 and 2,156 from other sources), the growth from the first stated size to the
latest, the 2023 investment (25.17 billion yuan) converted to dollars at the rate in force and
checked against the article's "$3.5 billion", the reconciliation tally as `pairaid check` prints it
(the contradictions between sources that the dataset acknowledges counted as such), and a totals
query grouped by year over the dataset's own transactions and, if given, over a ledger CSV.
Every figure comes from the library; the only arithmetic done here is the growth ratio of two
stated batch sizes, on integers (no float anywhere).
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal

import pairaid


def growth_ratio(first: int, latest: int) -> Decimal:
    """latest / first shown to 2 decimals, rounded half-even (as the C++ report does), computed
    on integers so no float or intermediate rounding is involved."""
    hundredths, remainder = divmod(latest * 100, first)
    if 2 * remainder > first or (2 * remainder == first and hundredths % 2 == 1):
        hundredths += 1
    return Decimal(hundredths).scaleb(-2)


def personnel(lib: pairaid.Library, dataset: pairaid.Dataset) -> None:
    print("Dispatched personnel")
    stated = {}
    for batch in dataset.batches():
        headcount = batch.headcount()
        if headcount is None:
            continue
        with headcount:
            stated[batch.ordinal] = headcount.count
    unknown = [batch.ordinal for batch in dataset.batches() if batch.ordinal not in stated]
    first, latest = min(stated), max(stated)
    known_total = 0
    for ordinal in sorted(stated):
        known_total = lib.count_add("people", known_total, stated[ordinal])
    total = dataset.indicator("personnel-dispatched").actual(0)
    with total, total.bounds() as bounds:
        print(f'  claim: "{total}" in {len(dataset.batches())} batches, which allows {bounds}')
    print(f"  stated batch sizes: " + ", ".join(f"batch {o}: {stated[o]:,}" for o in sorted(stated)))
    print(f"  not stated: batches {', '.join(map(str, unknown))} (unknown, not zero)")
    print(f"  stated batches together: {known_total:,} people")
    print(f"  growth: batch {latest} / batch {first} = {stated[latest]:,} / {stated[first]:,}"
          f" = {growth_ratio(stated[first], stated[latest])}x")
    with dataset.reconcile() as checks:
        for check in checks.checks():
            if check.id.startswith(("personnel_vs_batches:", "batch_growth:")):
                print(f"  [{check.verdict}] {check.title}")
                print(f"    {check.reasoning}")


def investment(lib: pairaid.Library, dataset: pairaid.Dataset, rates: pairaid.FxTable) -> None:
    print("Investment attracted, 2023")
    indicator = dataset.indicator("investment-attracted")
    first_day, _ = indicator.period(0)
    with indicator.actual(0) as claim, claim.money() as yuan, claim.equivalent() as stated_usd:
        with rates.convert(yuan, "USD", first_day) as conversion, conversion.amount() as dollars:
            (leg,) = conversion.legs()
            verdict = stated_usd.assess(dollars)
            print(f"  stated: {yuan.format(grouping=True, with_code=True)}, with the equivalent \"{stated_usd}\"")
            print(f"  rate: 1 {leg.base} = {leg.rate} {leg.quote}, in force from {leg.date} ({leg.source})")
            print(f"  converted on {conversion.value_date}: {dollars.format(grouping=True, with_code=True)}"
                  f" (half-even to the cent)")
            print(f"  the article's equivalent: {verdict.verdict}: {verdict.reasoning}")
    plan = lib.five_year_plan(first_day)
    print(f"  period: {plan.name}")


def reconciliation(dataset: pairaid.Dataset) -> None:
    print("Reconciliation")
    with dataset.reconcile() as checks:
        for check in checks.checks():
            print(f"  [{check.verdict}] {check.title}")
        tally = checks.tally()
        acknowledged = sum(1 for check in checks.checks() if check.verdict == "inconsistent" and check.acknowledged)
        print(f"{len(checks)} checks: {tally['consistent']} consistent, {tally['undetermined']} undetermined,"
              f" {tally['inconsistent']} inconsistent ({acknowledged} of them acknowledged)")


def print_result(result: pairaid.Result) -> None:
    rows = result.rows()
    print("  " + " | ".join(result.columns))
    for row in rows:
        cells = []
        for value in row.values():
            if value is None:
                cells.append("-")
            elif isinstance(value, pairaid.Amount):
                cells.append(f"{value.value} {value.currency}")
            elif isinstance(value, pairaid.Missing):
                cells.append(f"missing ({value.why})")
            else:
                cells.append(str(value))
        print("  " + " | ".join(cells))
    if not rows:
        print("  (no transactions)")


def totals(lib: pairaid.Library, dataset: pairaid.Dataset, rates: pairaid.FxTable, ledger_path: str | None) -> None:
    print("Totals by year and type over the dataset's transactions")
    with lib.ledger_of(dataset) as ledger, lib.query().group_by("year", "type") as query:
        print(f"  {len(ledger)} transactions" + (" (the dataset records none)" if len(ledger) == 0 else ""))
        with query.run(ledger, dataset) as result:
            print_result(result)
    if ledger_path is None:
        return
    with lib.load_ledger(ledger_path) as ledger:
        print(f"Totals by year, type and donor over {ledger_path} ({len(ledger)} transactions)")
        # By type too: commitments and disbursements are never added together unless asked.
        with lib.query().group_by("year", "type", "donor") as query, query.run(ledger, dataset) as result:
            print_result(result)
        print("Disbursements by prefecture, converted to CNY at the rate in force on each value date")
        with lib.query().group_by("area:prefecture").where_type("disbursement").convert("CNY") as query, \
                query.run(ledger, dataset, rates) as result:
            print_result(result)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", help="path of libpairaid_c.so (default: found as pairaid.Library() finds it)")
    parser.add_argument("--dataset", help="dataset JSON (default: examples/xizang.json of the library's data)")
    parser.add_argument("--rates", help="rates CSV (default: examples/fx-usd-cny-annual.csv of the library's data)")
    parser.add_argument("--ledger", help="a ledger CSV to total as well")
    args = parser.parse_args()

    try:
        lib = pairaid.Library(args.library)
        dataset_path = args.dataset or lib.data_dir() / "examples" / "xizang.json"
        rates_path = args.rates or lib.data_dir() / "examples" / "fx-usd-cny-annual.csv"
        with lib.open_dataset(dataset_path) as dataset, lib.fx_table() as rates:
            rates.load_csv(rates_path)
            print(dataset.title)
            print(f"(pairaid {lib.version_string}: {lib.path}, found by {lib.found_by}; data: {dataset_path})")
            print()
            personnel(lib, dataset)
            print()
            investment(lib, dataset, rates)
            print()
            reconciliation(dataset)
            print()
            totals(lib, dataset, rates, args.ledger)
    except pairaid.LibraryNotFoundError as error:
        print(f"seed_report: {error}", file=sys.stderr)
        return 1
    except pairaid.PairaidError as error:
        print(f"seed_report: {error} ({error.status_name})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
