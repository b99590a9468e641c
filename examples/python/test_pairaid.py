#!/usr/bin/env python3
"""Tests of the Python binding (unittest, standard library only).

    [PAIRAID_LIB=build/capi/libpairaid_c.so] [PAIRAID_CLI=build/examples/cli/pairaid] \
        python3 examples/python/test_pairaid.py

(Without PAIRAID_LIB the library is found as pairaid.Library() finds it: test_locate.py.)

The expected figures are computed here independently of the library, from the JSON and CSV files
with json, csv and decimal; PAIRAID_CLI (optional) lets the reconciliation tally be compared with
what `pairaid check` prints.
"""

from __future__ import annotations

import csv
import decimal
import gc
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from collections import defaultdict
from contextlib import redirect_stdout
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pairaid  # noqa: E402
from pairaid import seed_report  # noqa: E402

REPO = HERE.parent.parent
XIZANG = REPO / "examples" / "data" / "xizang.json"
QINGHAI = REPO / "examples" / "data" / "qinghai.json"  # extends xizang.json; read together with it
RATES = REPO / "examples" / "data" / "fx-usd-cny-annual.csv"
LEDGER = REPO / "tests" / "data" / "ledger" / "totals-small.csv"
LEDGER_BAD = REPO / "tests" / "data" / "ledger" / "totals-bad-amount.csv"
STORE_DATASET = REPO / "tests" / "c" / "data" / "ledger-dataset.json"  # donors and areas of STORE_LEDGER
STORE_LEDGER = REPO / "tests" / "c" / "data" / "ledger-small.csv"
IATI_BROKEN = REPO / "tests" / "data" / "iati" / "reader" / "not-well-formed.xml"

EXACT = decimal.Context(prec=60)  # far more digits than any figure here: division is exact enough to round once


def library() -> pairaid.Library:
    return pairaid.Library()  # $PAIRAID_LIB when set, as ctest sets it


def seed_json() -> dict:
    with open(XIZANG, encoding="utf-8") as file:
        return json.load(file, parse_float=Decimal)


def indicator_json(data: dict, ident: str) -> dict:
    (found,) = [indicator for indicator in data["indicators"] if indicator["id"] == ident]
    return found


def stated_headcounts(data: dict) -> dict[int, int]:
    return {batch["ordinal"]: batch["headcount"]["value"] for batch in data["batches"] if "headcount" in batch}


class SeedFigures(unittest.TestCase):
    """The seed article's figures through the binding, against values computed from the JSON."""

    @classmethod
    def setUpClass(cls):
        cls.lib = library()
        cls.data = seed_json()
        cls.dataset = cls.lib.open_dataset(XIZANG)

    @classmethod
    def tearDownClass(cls):
        cls.dataset.close()

    def test_batches_as_stated(self):
        expected = stated_headcounts(self.data)
        # The article's two stated sizes (1 and 10), and those of other sources (5, 9, 11).
        self.assertEqual(expected, {1: 622, 5: 850, 9: 2006, 10: 2117, 11: 2156})
        found, unknown = {}, []
        for batch in self.dataset.batches():
            headcount = batch.headcount()
            if headcount is None:
                unknown.append(batch.ordinal)
                continue
            with headcount:
                self.assertEqual(headcount.kind, "people")
                found[batch.ordinal] = headcount.count
        self.assertEqual(found, expected)
        self.assertEqual(unknown, [b["ordinal"] for b in self.data["batches"] if "headcount" not in b])

    def test_personnel_claim_bounds(self):
        stated = indicator_json(self.data, "personnel-dispatched")["observations"][0]["actual"]
        self.assertEqual((stated["qualifier"], stated["value"]), ("nearly", 12000))
        # "nearly N" under the default policy (10%): [N x 0.9, N), whole people.
        lower = (Decimal(stated["value"]) * Decimal("0.9")).to_integral_value(rounding=decimal.ROUND_CEILING)
        upper = Decimal(stated["value"] - 1)
        with self.dataset.indicator("personnel-dispatched").actual(0) as claim, claim.bounds() as bounds:
            self.assertEqual(claim.qualifier, "nearly")
            self.assertEqual(claim.count, stated["value"])
            self.assertEqual(bounds.lower, pairaid.Bound(lower, True))
            self.assertEqual(bounds.upper, pairaid.Bound(upper, True))
            # The batches of the article's 30 years (not the 11th, which went in 2025).
            stated = {n: v for n, v in stated_headcounts(self.data).items() if n <= 10}
            known = sum(stated.values())
            self.assertEqual(self.lib.count_add("people", self.lib.count_add("people", 622, 850),
                                                self.lib.count_add("people", 2006, 2117)), known)
            # The stated batches alone do not reach the claim: the 6 unknown must make up the rest.
            self.assertEqual(claim.assess(known).verdict, "inconsistent")

    def test_growth(self):
        sizes = stated_headcounts(self.data)
        first, latest = sizes[min(sizes)], sizes[max(sizes)]
        expected = EXACT.divide(Decimal(latest), Decimal(first)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.assertEqual((first, latest), (622, 2156))  # batch 1 (the seed article) and batch 11 (2025)
        self.assertEqual(str(expected), "3.47")
        self.assertEqual(seed_report.growth_ratio(first, latest), expected)
        with self.dataset.reconcile() as checks:
            (growth,) = [c for c in checks.checks() if c.id.startswith("batch_growth:")]
        self.assertIn(f"{latest:,} / {first:,} = {expected}×", growth.reasoning)

    def test_growth_ratio_rounds_half_even(self):
        for first, latest in [(8, 1), (8, 3), (400, 1), (400, 3), (3, 2), (7, 22)]:
            expected = EXACT.divide(Decimal(latest), Decimal(first)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
            self.assertEqual(seed_report.growth_ratio(first, latest), expected, (first, latest))

    def test_investment_converted_at_the_2023_rate(self):
        observation = indicator_json(self.data, "investment-attracted")["observations"][0]
        actual = observation["actual"]
        (rate_2023,) = [r for r in self.data["exchange_rates"] if r["date"].startswith("2023")]
        self.assertEqual((rate_2023["base"], rate_2023["quote"]), ("USD", "CNY"))
        expected = EXACT.divide(Decimal(actual["amount"]), Decimal(rate_2023["rate"])).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        # The seed's "25.17 billion yuan ≈ $3.55 billion".
        self.assertEqual(Decimal(actual["amount"]).scaleb(-9), Decimal("25.17"))
        self.assertEqual(expected.scaleb(-9).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), Decimal("3.55"))

        indicator = self.dataset.indicator("investment-attracted")
        first_day, _ = indicator.period(0)
        self.assertEqual(first_day, observation["period"]["first"])
        with self.lib.fx_table() as rates, indicator.actual(0) as claim, claim.money() as yuan:
            rates.load_csv(RATES)
            self.assertEqual((yuan.amount, yuan.currency), (Decimal(actual["amount"]), actual["currency"]))
            with rates.convert(yuan, "USD", first_day) as conversion:
                dollars = conversion.amount()
                (leg,) = conversion.legs()
        with dollars:
            self.assertEqual((dollars.amount, dollars.currency), (expected, "USD"))
            self.assertEqual(leg.rate, Decimal(rate_2023["rate"]))
            self.assertEqual(leg.date, rate_2023["date"])
            self.assertTrue(leg.inverted)
            equivalent = actual["equivalent"]
            low = Decimal(equivalent["amount"]) * Decimal("0.9")
            high = Decimal(equivalent["amount"]) * Decimal("1.1")
            self.assertTrue(low <= expected <= high)
            with self.lib.reported_money(actual["wording"]) as phrase, phrase.equivalent() as stated_usd:
                verdict = stated_usd.assess(dollars)
        self.assertEqual(verdict.verdict, "consistent")
        self.assertIn(f"{expected} USD is inside it", verdict.reasoning)

    def test_reconciliation_tally(self):
        # Which checks the data allows, counted from the JSON: one per figure with a wording, one
        # per breakdown, and personnel, batch count, batch growth and the one money equivalent. A
        # batch's donors by kind are compared over time (donor_kinds), their wording is not re-read.
        def walk(node):
            if isinstance(node, dict):
                yield node
                for key, value in node.items():
                    if key != "donors_by_kind":
                        yield from walk(value)
            elif isinstance(node, list):
                for value in node:
                    yield from walk(value)

        nodes = list(walk({k: v for k, v in self.data.items() if k in ("batches", "indicators")}))
        reports = [report for node in nodes for report in node.get("reports", [])]
        figures = [node for node in nodes if "qualifier" in node and not any(node is r for r in reports)]
        by_kind = {
            "wording_vs_value": sum(1 for node in figures if "wording" in node),
            "breakdown_vs_total": sum(len(node.get("breakdowns", [])) for node in nodes if "breakdowns" in node),
            "fx_equivalent": sum(1 for node in nodes if "equivalent" in node),
            "reports": sum(1 for node in nodes if node.get("reports")),
        }
        with self.dataset.reconcile() as checks:
            found = checks.checks()
            for kind, count in by_kind.items():
                self.assertEqual(sum(1 for c in found if c.id.startswith(kind + ":")), count, kind)
            tally = checks.tally()
            # Three contradictions between sources, each acknowledged by the dataset.
            self.assertEqual(checks.overall, "inconsistent")
            self.assertEqual(checks.unacknowledged, 0)
            self.assertEqual([c.id for c in found if c.verdict == "inconsistent" and c.acknowledged],
                             ["reports:batch-05/headcount", "reports:batch-10/headcount",
                              "donor_batches:jiangsu-batches/0"])
            total = len(checks)
        self.assertEqual(tally["inconsistent"], 3)
        cli = os.environ.get("PAIRAID_CLI")
        if not cli:
            self.skipTest("PAIRAID_CLI not set: not compared with `pairaid check`")
        run = subprocess.run([cli, "check", str(XIZANG)], capture_output=True, text=True, check=False)
        self.assertEqual(run.returncode, 0)
        last = run.stdout.strip().splitlines()[-1]
        self.assertEqual(last, f"{total} checks: {tally['consistent']} consistent, "
                               f"{tally['undetermined']} undetermined, {tally['inconsistent']} inconsistent "
                               f"(3 of them acknowledged)")

    def test_seed_report_runs(self):
        out = io.StringIO()
        argv = sys.argv
        sys.argv = ["seed_report.py", "--library", self.lib.path, "--ledger", str(LEDGER)]
        try:
            with redirect_stdout(out):
                status = seed_report.main()
        finally:
            sys.argv = argv
        self.assertEqual(status, 0)
        text = out.getvalue()
        self.assertIn("2,156 / 622 = 3.47x", text)
        self.assertIn("3,554,632,885.65 USD", text)
        self.assertRegex(text, r"\d+ checks: \d+ consistent, \d+ undetermined, 3 inconsistent \(3 of them acknowledged\)")


def read_ledger() -> list[dict]:
    with open(LEDGER, newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def rate_on(day: str, rows: list[dict]) -> Decimal:
    """CNY per USD in force on `day` (latest on or before it) from the annual CSV."""
    return Decimal(max((r for r in rows if r["date"] <= day), key=lambda r: r["date"])["rate"])


class Sources(unittest.TestCase):
    """Several sources: two files read as one, the reports of a figure, checks across sources."""

    @classmethod
    def setUpClass(cls):
        cls.lib = library()
        cls.dataset = cls.lib.open_datasets([XIZANG, QINGHAI])
        with open(XIZANG, encoding="utf-8") as file:
            cls.data = json.load(file)

    @classmethod
    def tearDownClass(cls):
        cls.dataset.close()

    def test_reports_of_a_figure(self):
        (stated,) = [b["headcount"] for b in self.data["batches"] if b["id"] == "batch-10"]
        (batch,) = [b for b in self.dataset.batches() if b.id == "batch-10"]
        with batch.headcount() as headcount:
            self.assertEqual((headcount.count, headcount.wording, headcount.source),
                             (stated["value"], stated["wording"], stated["source"]))
            self.assertEqual(headcount.date, "")
            reports = headcount.reports()
            try:
                self.assertEqual([(r.count, r.wording, r.source, r.date) for r in reports],
                                 [(x["value"], x.get("wording", ""), x["source"], x.get("date", ""))
                                  for x in stated["reports"]])
                self.assertEqual([r.reports() for r in reports], [[], [], []])
            finally:
                for r in reports:
                    r.close()

    def test_a_figure_with_one_source_has_no_reports(self):
        with self.dataset.indicator("talents-introduced").actual(0) as talents:
            self.assertEqual(talents.reports(), [])

    def test_checks_across_sources(self):
        with self.dataset.reconcile() as checks:
            found = {c.id: c for c in checks.checks()}
            self.assertEqual(checks.unacknowledged, 0)
        dispatch = found["dispatch:dispatch-2022-07"]
        self.assertEqual(dispatch.verdict, "consistent")
        self.assertIn("= 441 people", dispatch.reasoning)
        self.assertEqual(dispatch.sources[0], "cctv-2022-jiaodian")
        ten = found["reports:batch-10/headcount"]
        self.assertEqual(ten.verdict, "inconsistent")
        (known,) = [k for k in self.data["known_disagreements"] if k["check"] == ten.id]
        self.assertEqual(ten.acknowledged, known["reason"])
        self.assertEqual(len(ten.sources), 4)
        self.assertEqual(found["rotation:aid-xizang"].verdict, "consistent")
        self.assertEqual(found["donor_kinds:aid-xizang"].verdict, "consistent")

    def test_extension_alone_is_refused(self):
        with self.assertRaises(pairaid.InvalidDataError) as caught:
            self.lib.open_datasets([QINGHAI])
        self.assertIn("qinghai.json:", str(caught.exception))
        self.assertIn("dangling_reference", str(caught.exception))


class Totals(unittest.TestCase):
    """Group-by queries against sums computed here from the CSV."""

    @classmethod
    def setUpClass(cls):
        cls.lib = library()
        cls.dataset = cls.lib.open_dataset(XIZANG)
        cls.ledger = cls.lib.load_ledger(LEDGER)

    @classmethod
    def tearDownClass(cls):
        cls.ledger.close()
        cls.dataset.close()

    def test_by_year_and_donor(self):
        expected = defaultdict(lambda: [Decimal(0), 0])
        for row in read_ledger():
            key = (row["date"][:4], row["donor"] or None, row["currency"])
            expected[key][0] += Decimal(row["amount"])
            expected[key][1] += 1
        with self.lib.query().group_by("year", "donor") as query:
            # Commitments and disbursements are not added unless asked (docs/queries.md).
            with self.assertRaises(pairaid.MixedTypesError) as caught:
                query.run(self.ledger)
            self.assertIn("commitment 1", str(caught.exception))
            result = query.all_types().run(self.ledger)
        with result:
            self.assertEqual(result.columns, ["year", "donor", "currency", "amount", "transactions"])
            found = {(r["year"], r["donor"], r["currency"]): [r["amount"].value, r["transactions"]]
                     for r in result.rows()}
            for row in result.rows():
                self.assertEqual(row["amount"].currency, row["currency"])
        self.assertEqual(found, {k: v for k, v in expected.items()})
        self.assertEqual(len(self.ledger), len(read_ledger()))

    def test_converted_by_prefecture(self):
        with open(RATES, newline="", encoding="utf-8") as file:
            rates_rows = list(csv.DictReader(file))
        expected = defaultdict(lambda: [Decimal(0), 0])
        for row in read_ledger():
            if row["type"] != "disbursement":
                continue
            amount = Decimal(row["amount"])
            if row["currency"] == "USD":
                amount = (amount * rate_on(row["value_date"] or row["date"], rates_rows)).quantize(
                    Decimal("0.01"), rounding=ROUND_HALF_EVEN)
            prefecture = row["area"][:4] + "00"
            expected[prefecture][0] += amount
            expected[prefecture][1] += 1
        with self.lib.fx_table() as rates:
            rates.load_csv(RATES)
            query = self.lib.query().group_by("area:prefecture").where_type("disbursement").convert("CNY")
            with query, query.run(self.ledger, self.dataset, rates) as result:
                found = {r["area:prefecture"]: [r["amount"].value, r["transactions"]] for r in result.rows()}
        self.assertEqual(found, dict(expected))

    def test_filters(self):
        rows = [r for r in read_ledger()
                if r["donor"] == "shanghai" and "2021-01-01" <= r["date"] <= "2022-06-30"
                and r["area"] == "540228"]
        expected = {(r["sector"] or None): [Decimal(0), 0, set()] for r in rows}
        for r in rows:
            total = expected[r["sector"] or None]
            total[0] += Decimal(r["amount"])
            total[1] += 1
            total[2].add(r["project"])
        self.assertTrue(rows)
        self.assertLess(len(rows), len([r for r in read_ledger() if r["donor"] == "shanghai"]))  # the filters bite
        query = (self.lib.query().group_by("sector").where_donor("shanghai")
                 .where_period("2021-01-01", "2022-06-30").where_currency("CNY", "USD").where_within("540228")
                 .distinct_projects().all_types())
        with query, query.run(self.ledger, self.dataset) as result:
            found = {r["sector"]: [r["amount"].value, r["transactions"], r["distinct_projects"]] for r in result.rows()}
        self.assertEqual(found, {k: [v[0], v[1], len(v[2])] for k, v in expected.items()})
        with self.lib.query() as query, self.assertRaises(pairaid.ParseError):
            query.where_period("2021-13-01", "2021-12-31")

    def test_missing_rate_is_not_zero(self):
        with self.lib.fx_table() as empty, self.lib.query().convert("CNY").all_types() as query, \
                query.run(self.ledger, None, empty) as result:
            amounts = [row["amount"] for row in result.rows()]
        self.assertTrue(any(isinstance(a, pairaid.Missing) for a in amounts))
        for amount in amounts:
            if isinstance(amount, pairaid.Missing):
                self.assertIn("USD", amount.why)

    def test_dataset_ledger(self):
        with self.lib.ledger_of(self.dataset) as ledger:
            data = seed_json()
            expected = len(data.get("transactions", [])) + sum(len(p.get("transactions", [])) for p in data["projects"])
            self.assertEqual(len(ledger), expected)


class Errors(unittest.TestCase):
    """Every failure is a PairaidError subclass carrying the library's own message."""

    @classmethod
    def setUpClass(cls):
        cls.lib = library()

    def test_malformed_dataset_names_file_line_column(self):
        text = '{\n  "format": "pairaid-dataset",\n  "version": 1,\n  "title": oops\n}\n'
        line = text[:text.index("oops")].count("\n") + 1
        column = text.index("oops") - text.rindex("\n", 0, text.index("oops"))
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "broken.json")
            with open(path, "w", encoding="utf-8") as file:
                file.write(text)
            with self.assertRaises(pairaid.ParseError) as caught:
                self.lib.open_dataset(path)
            diagnostics = self.lib.check_dataset(path)
        error = caught.exception
        self.assertIsInstance(error, pairaid.PairaidError)
        self.assertEqual((error.status, error.status_name), (-3, "PAIRAID_EPARSE"))
        self.assertTrue(str(error).startswith(f"{path}:{line}:{column}: "), str(error))
        self.assertEqual(diagnostics[0].text, str(error).split(" (and ")[0])
        self.assertEqual((diagnostics[0].line, diagnostics[0].column), (line, column))

    def test_malformed_buffer(self):
        with self.assertRaises(pairaid.ParseError) as caught:
            self.lib.dataset_from_bytes(b"[1,", name="inline")
        self.assertRegex(str(caught.exception), r"^inline:1:\d+: ")

    def test_missing_file(self):
        with self.assertRaises(pairaid.IOError_) as caught:
            self.lib.open_dataset("/nonexistent/pairaid.json")
        self.assertIn("/nonexistent/pairaid.json", str(caught.exception))

    def test_bad_ledger(self):
        with self.assertRaises(pairaid.ParseError) as caught:
            self.lib.load_ledger(LEDGER_BAD)
        self.assertIn(f"{LEDGER_BAD}:3:51:", str(caught.exception))

    def test_money_errors(self):
        with self.assertRaises(pairaid.InexactError):
            self.lib.money("1.0000000001", "CNY")
        with self.assertRaises(pairaid.UnknownCurrencyError) as caught:
            self.lib.money("1", "XYZ")
        self.assertIn("XYZ", str(caught.exception))
        with self.assertRaises(TypeError):
            self.lib.money(1.5, "CNY")
        with self.lib.money("1", "CNY") as yuan, self.lib.money("1", "USD") as dollar:
            with self.assertRaises(pairaid.CurrencyMismatchError):
                yuan + dollar
            with self.assertRaises(pairaid.CurrencyMismatchError):
                yuan.compare(dollar)
            with self.lib.fx_table() as rates:
                rates.load_csv(RATES)
                with self.assertRaises(pairaid.MissingRateError) as caught:
                    rates.convert(yuan, "USD", "1970-06-30")
                self.assertIn("1970-06-30", str(caught.exception))
        with self.lib.money("0.1", "CNY") as a, self.lib.money("0.2", "CNY") as b, a + b as total:
            self.assertEqual(total.amount, Decimal("0.3"))  # exact, not 0.30000000000000004

    def test_overflow_never_wraps(self):
        with self.assertRaises(pairaid.OverflowError_):
            self.lib.count_add("people", 2**63 - 1, 1)

    def test_query_errors(self):
        with self.lib.query() as query:
            with self.assertRaises(pairaid.InvalidArgumentError) as caught:
                query.group_by("galaxy")
            self.assertIn("year", str(caught.exception))  # the message lists the known names
            query.group_by("area:prefecture")
            with self.lib.load_ledger(LEDGER) as ledger, self.assertRaises(pairaid.InvalidArgumentError) as caught:
                query.run(ledger)
            self.assertIn("dataset", str(caught.exception))

    def test_not_found(self):
        with self.lib.open_dataset(XIZANG) as dataset, self.assertRaises(pairaid.NotFoundError):
            dataset.indicator("no-such-indicator")

    def test_last_error_is_the_library_s(self):
        with self.assertRaises(pairaid.PairaidError) as caught:
            self.lib.reported("people", "a great many")
        native = self.lib._native
        self.assertEqual(caught.exception.message, native.last_error().decode("utf-8"))

    def test_a_bad_library_path_names_it(self):
        missing = str(HERE / "no-such-libpairaid_c.so")
        with self.assertRaises(pairaid.LibraryNotFoundError) as caught:
            pairaid.Library(missing)
        self.assertIsInstance(caught.exception, FileNotFoundError)
        self.assertIn(f"{missing}: no such file", str(caught.exception))
        not_a_library = str(XIZANG)
        with self.assertRaises(pairaid.LibraryNotFoundError) as caught:
            pairaid.Library(not_a_library)
        self.assertIn("invalid ELF header", str(caught.exception))  # the loader's own reason
        with self.assertRaises(pairaid.LibraryNotFoundError) as caught:
            pairaid.Library("libpairaid_c-no-such.so.0")  # a bare name is the loader's to find, as in ctypes
        self.assertIn("libpairaid_c-no-such.so.0: cannot open shared object file", str(caught.exception))

    def test_data_dir_holds_the_bundled_files(self):
        data = self.lib.data_dir()
        self.assertTrue((data / "examples" / "xizang.json").is_file(), data)
        self.assertEqual((data / "examples" / "xizang.json").read_bytes(), XIZANG.read_bytes())
        self.assertTrue((data / "fx" / "fred-monthly.csv").is_file(), data)

    def test_versions_agree(self):
        self.assertEqual(pairaid.__version__, self.lib.version_string)
        self.assertEqual(pairaid.__version__, "%d.%d.%d" % self.lib.version)


class Prototypes(unittest.TestCase):
    """The ctypes declarations agree with pairaid.h: same functions, same number of parameters,
    void exactly where the header returns void."""

    def header_declarations(self) -> dict:
        header = (REPO / "capi" / "include" / "pairaid.h").read_text(encoding="utf-8")
        header = re.sub(r"/\*.*?\*/", " ", header, flags=re.S)
        found = {}
        for returns, name, params in re.findall(r"PAIRAID_API\s+([^;(]*?)\b(pairaid_\w+)\s*\(([^;]*?)\)\s*;", header):
            params = " ".join(params.split())
            found[name] = (" ".join(returns.split()), 0 if params in ("", "void") else params.count(",") + 1)
        return found

    def check(self, name, restype, argtypes, declared):
        returns, count = declared[name]
        self.assertEqual(len(argtypes), count, name)
        self.assertEqual(restype is None, returns == "void", name)

    def test_required_prototypes(self):
        from pairaid import _native
        declared = self.header_declarations()
        self.assertGreater(len(declared), 100)
        for name, (restype, argtypes) in _native._PROTOTYPES.items():
            self.assertIn(name, declared)
            self.check(name, restype, argtypes, declared)

    def test_optional_prototypes(self):
        from pairaid import _native
        declared = self.header_declarations()
        if "pairaid_store_open" not in declared:
            self.skipTest("this pairaid.h has no store API yet")
        lib = library()
        for name, (restype, argtypes) in _native._OPTIONAL_PROTOTYPES.items():
            self.assertIn(name, declared)
            self.check(name, restype, argtypes, declared)
            self.assertTrue(lib._native.has(name), f"{lib.path} lacks {name}, which pairaid.h declares")


class CountingFree:
    """Wraps one native free function and records each pointer it frees."""

    def __init__(self, native, name):
        self.native, self.name, self.real = native, name, getattr(native, name)
        self.freed = []

    def __call__(self, pointer):
        self.freed.append(pointer.value if hasattr(pointer, "value") else pointer)
        return self.real(pointer)

    def __enter__(self):
        setattr(self.native, self.name, self)
        return self

    def __exit__(self, *exc):
        setattr(self.native, self.name, self.real)


class Ownership(unittest.TestCase):
    """Each handle is freed exactly once, whichever way it goes, and nothing borrowed outlives its owner."""

    @classmethod
    def setUpClass(cls):
        cls.lib = library()

    def test_close_twice_frees_once(self):
        with CountingFree(self.lib._native, "money_free") as frees:
            money = self.lib.money("12.5", "CNY")
            address = money.ptr().value
            money.close()
            money.close()
            self.assertTrue(money.closed)
        self.assertEqual(frees.freed, [address])
        with self.assertRaises(pairaid.ClosedHandleError):
            money.amount  # noqa: B018

    def test_with_block_and_collection_free(self):
        with CountingFree(self.lib._native, "dataset_free") as frees:
            with self.lib.open_dataset(XIZANG) as dataset:
                first = dataset.ptr().value
            self.assertTrue(dataset.closed)
            dropped = self.lib.open_dataset(XIZANG)
            second = dropped.ptr().value
            del dropped
            gc.collect()
        self.assertEqual(frees.freed, [first, second])

    def test_borrowed_entities_refuse_a_closed_owner(self):
        dataset = self.lib.open_dataset(XIZANG)
        batch = dataset.batches()[0]
        indicator = dataset.indicator("personnel-dispatched")
        with batch.headcount() as headcount:
            pass
        dataset.close()
        for use in (lambda: batch.ordinal, lambda: indicator.actual(0)):
            with self.assertRaises(pairaid.ClosedHandleError):
                use()
        with self.assertRaises(pairaid.ClosedHandleError):
            headcount.count  # noqa: B018

    def test_figures_outlive_their_dataset(self):
        with self.lib.open_dataset(XIZANG) as dataset:
            headcount = dataset.batches()[-1].headcount()
        with headcount:
            self.assertEqual(headcount.count, 2156)  # batch 11, the latest

    def test_copies_outlive_their_handles(self):
        with self.lib.money("25170000000", "CNY") as yuan, self.lib.fx_table() as rates:
            rates.add_rate("2023-01-01", "USD", "CNY", "7.0809", "test")
            conversion = rates.convert(yuan, "USD", "2023-06-30")
            dollars = conversion.amount()
            conversion.close()
        with dollars:
            self.assertEqual(dollars.amount, Decimal("3554632885.65"))
        with self.lib.load_ledger(LEDGER) as ledger, self.lib.query().group_by("year").all_types() as query:
            result = query.run(ledger)
            rows = result.rows()
            result.close()
        self.assertEqual([row["year"] for row in rows], sorted(row["year"] for row in rows))

    def test_caller_frees_strings_are_freed(self):
        with CountingFree(self.lib._native, "string_free") as frees:
            with self.lib.reported("people", "nearly 12,000") as figure, figure.bounds() as bounds:
                self.assertEqual(str(figure), "nearly 12000 people")
                self.assertEqual(str(bounds), "[10800 people, 11999 people]")
                figure.assess("11500")
            with self.lib.money("1234.5", "CNY") as money:
                self.assertEqual(money.format(grouping=True, with_code=True), "1,234.50 CNY")
            self.lib.five_year_plan("2023-01-01")
        self.assertEqual(len(frees.freed), 5)
        self.assertNotIn(0, frees.freed)

    def test_many_handles_in_a_loop(self):
        with CountingFree(self.lib._native, "reported_free") as frees:
            for _ in range(200):
                self.lib.reported("people", "2,117")
            gc.collect()
        self.assertEqual(len(frees.freed), 200)


def totals_by_year_donor(rows) -> dict:
    """{(year, donor or None, currency): [sum, count]} of transaction dicts with date, donor,
    amount and currency, added with Decimal."""
    totals = defaultdict(lambda: [Decimal(0), 0])
    for row in rows:
        key = (row["date"][:4], row.get("donor") or None, row["currency"])
        totals[key][0] += Decimal(row["amount"])
        totals[key][1] += 1
    return dict(totals)


def result_by_year_donor(result: pairaid.Result) -> dict:
    return {(r["year"], r["donor"], r["currency"]): [r["amount"].value, r["transactions"]] for r in result.rows()}


class StoreImports(unittest.TestCase):
    """The embedded store through the binding: imports, failure leaving it unchanged, queries."""

    @classmethod
    def setUpClass(cls):
        cls.lib = library()
        if not cls.lib.has_store:
            raise unittest.SkipTest(f"{cls.lib.path} has no store C API")

    def dataset_rows(self) -> list[dict]:
        with open(STORE_DATASET, encoding="utf-8") as file:
            return json.load(file)["transactions"]

    def ledger_rows(self) -> list[dict]:
        with open(STORE_LEDGER, newline="", encoding="utf-8") as file:
            return list(csv.DictReader(file))

    def test_ledger_import_then_query(self):
        # A store without a dataset takes a ledger as it is (nothing to resolve its ids against).
        with self.lib.open_store() as store:
            report = store.import_file(STORE_LEDGER)
            self.assertEqual((report.kind, report.source), ("ledger", str(STORE_LEDGER)))
            self.assertEqual((report.added, report.skipped), (len(self.ledger_rows()), 0))
            self.assertEqual(store.integrity_check(), "ok")
            with store.ledger() as ledger, self.lib.query().group_by("year", "donor").all_types() as query, \
                    query.run(ledger) as result:
                self.assertEqual(len(ledger), len(self.ledger_rows()))
                self.assertEqual(result_by_year_donor(result), totals_by_year_donor(self.ledger_rows()))

    def test_dataset_import_then_query(self):
        with self.lib.open_store() as store:
            report = store.import_file(STORE_DATASET)
            self.assertEqual(report.kind, "dataset")
            self.assertGreater(report.added, 0)
            with store.dataset() as dataset, store.ledger() as ledger, \
                    self.lib.query().group_by("year", "donor").all_types() as query, \
                    query.run(ledger, dataset) as result:
                self.assertEqual(len(ledger), len(self.dataset_rows()))
                self.assertEqual(result_by_year_donor(result), totals_by_year_donor(self.dataset_rows()))

    def test_failed_import_changes_nothing(self):
        # ledger-small.csv names projects the stored dataset lacks: the import fails as a whole.
        with self.lib.open_store() as store:
            store.import_file(STORE_DATASET)
            with store.ledger() as ledger:
                before = len(ledger)
            with self.assertRaises(pairaid.InvalidDataError) as caught:
                store.import_file(STORE_LEDGER)
            self.assertRegex(str(caught.exception), "^" + re.escape(str(STORE_LEDGER)) + r":\d+:\d+: .*dangling_reference")
            with store.ledger() as ledger:
                self.assertEqual(len(ledger), before)
            bad = REPO / "tests" / "c" / "data" / "ledger-bad.csv"
            with self.assertRaises(pairaid.PairaidError) as caught:
                store.import_file(bad)
            self.assertRegex(str(caught.exception), "^" + re.escape(str(bad)) + r":\d+:\d+: ")
            with store.ledger() as ledger:
                self.assertEqual(len(ledger), before)
            self.assertEqual(store.integrity_check(), "ok")

    def test_reimport_adds_nothing(self):
        with self.lib.open_store() as store, self.lib.open_dataset(STORE_DATASET) as dataset:
            first = store.import_dataset(dataset, "first")
            second = store.import_dataset(dataset, "again")
            self.assertGreater(first.added, 0)
            self.assertEqual(second.added, 0)
            self.assertEqual(second.source, "again")

    def test_file_store_persists(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "program.db")
            with self.lib.open_store(path) as store:
                store.import_file(STORE_LEDGER)
            with self.lib.open_store(path) as store, store.ledger() as ledger:
                self.assertEqual(len(ledger), len(self.ledger_rows()))

    def test_store_outlived_by_what_it_returned(self):
        with self.lib.open_store() as store:
            store.import_file(STORE_DATASET)
            dataset = store.dataset()
        with dataset:
            self.assertEqual(dataset.title, json.loads(STORE_DATASET.read_text(encoding="utf-8")).get("title", ""))


# A small IATI 2.03 document: two activities, transactions of several types and currencies.
IATI_DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2024-01-01T00:00:00Z">
 <iati-activity default-currency="EUR" last-updated-datetime="2024-01-01T00:00:00Z">
  <iati-identifier>XX-1-A</iati-identifier>
  <reporting-org ref="XX-1" type="10"><narrative>One</narrative></reporting-org>
  <title><narrative>A</narrative></title>
  <transaction><transaction-type code="2"/><transaction-date iso-date="2021-02-01"/>
   <value value-date="2021-02-01">1000.10</value></transaction>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2021-03-01"/>
   <value value-date="2021-03-01">250.25</value></transaction>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2022-03-01"/>
   <value currency="USD" value-date="2022-03-01">40</value></transaction>
 </iati-activity>
 <iati-activity default-currency="EUR" last-updated-datetime="2024-01-01T00:00:00Z">
  <iati-identifier>XX-1-B</iati-identifier>
  <reporting-org ref="XX-1" type="10"><narrative>One</narrative></reporting-org>
  <title><narrative>B</narrative></title>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2021-07-01"/>
   <value value-date="2021-07-01">0.75</value></transaction>
 </iati-activity>
</iati-activities>
"""


class IatiTotals(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lib = library()
        if not cls.lib.has_iati:
            raise unittest.SkipTest(f"{cls.lib.path} has no IATI C API")

    def expected(self) -> dict:
        import xml.etree.ElementTree as ElementTree
        totals = defaultdict(lambda: [Decimal(0), 0])
        for activity in ElementTree.fromstring(IATI_DOCUMENT.encode("utf-8")).iter("iati-activity"):
            for transaction in activity.iter("transaction"):
                value = transaction.find("value")
                key = ({"2": "commitment", "3": "disbursement"}[transaction.find("transaction-type").get("code")],
                       value.get("currency") or activity.get("default-currency"))
                totals[key][0] += Decimal(value.text)
                totals[key][1] += 1
        return dict(totals)

    def test_totals_of_bytes(self):
        with self.lib.iati_totals_of_bytes(IATI_DOCUMENT.encode("utf-8"), "small.xml", by="transaction_type") as result:
            # One name and one spelling on every source: "type", and the type's word.
            self.assertEqual(result.columns, ["type", "currency", "amount", "transactions"])
            found = {(r["type"], r["currency"]): [r["amount"].value, r["transactions"]] for r in result.rows()}
        self.assertEqual(found, self.expected())

    def test_totals_of_files(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "small.xml")
            with open(path, "w", encoding="utf-8") as file:
                file.write(IATI_DOCUMENT)
            with self.assertRaises(pairaid.MixedTypesError):
                self.lib.iati_totals([path, path], by="currency")
            with self.lib.totals([path, path], by="currency", all_types=True) as result:
                found = {r["currency"]: [r["amount"].value, r["transactions"]] for r in result.rows()}
                self.assertIn('"all_types":true', result.json())
        expected = defaultdict(lambda: [Decimal(0), 0])
        for (_, currency), (amount, count) in self.expected().items():
            expected[currency][0] += 2 * amount
            expected[currency][1] += 2 * count
        self.assertEqual(found, dict(expected))

    def test_not_well_formed_names_the_place(self):
        with self.assertRaises(pairaid.ParseError) as caught:
            self.lib.iati_totals([IATI_BROKEN])
        self.assertRegex(str(caught.exception), "^" + re.escape(str(IATI_BROKEN)) + r":\d+:\d+: ")

    def test_validate_finds_the_broken_tag(self):
        lines = IATI_BROKEN.read_text(encoding="utf-8").splitlines()
        closing = 1 + next(i for i, line in enumerate(lines) if "</iati-activity>" in line)
        findings = self.lib.iati_validate(IATI_BROKEN, as_of="2024-09-03")
        errors = [f for f in findings if f.code == "xml"]
        self.assertEqual(len(errors), 1, findings)
        self.assertEqual(errors[0].line, closing)
        self.assertTrue(errors[0].text.startswith(f"{IATI_BROKEN}:{closing}:"), errors[0].text)
        with self.assertRaises(pairaid.ParseError):
            self.lib.iati_validate(IATI_BROKEN, as_of="3 September")

    def test_unknown_dimension(self):
        with self.assertRaises(pairaid.InvalidArgumentError) as caught:
            self.lib.iati_totals_of_bytes(IATI_DOCUMENT.encode("utf-8"), by="planet")
        self.assertIn("sector", str(caught.exception))


class Totals(unittest.TestCase):
    """The one totals engine over files of any kind: conditions, names, rates, rendering."""

    @classmethod
    def setUpClass(cls):
        cls.lib = library()

    def test_conditions_and_names(self):
        with self.lib.totals([LEDGER], by="type,year", where="year = 2022 or donor = jiangsu", names=True) as result:
            self.assertEqual(result.columns, ["type", "type_name", "year", "currency", "amount", "transactions"])
            csv_text = result.csv()
        self.assertEqual(csv_text.splitlines()[0], "type,type_name,year,currency,amount,transactions")
        self.assertIn("disbursement,Disbursement,2022,USD,50.00,1", csv_text)
        self.assertIn("expenditure,Expenditure,2022,USD,10.25,1", csv_text)

    def test_bundled_rates_are_named(self):
        with self.lib.totals([LEDGER], by="year", where="type = disbursement", currency="USD") as result:
            rates = result.rates
            self.assertIn("FRED monthly averages", rates.table)
            self.assertEqual([(p.base, p.quote) for p in rates.pairs], [("USD", "CNY")])
            self.assertTrue(any("converted to USD" in note for note in result.notes))
        with self.lib.totals([LEDGER], by="year", where="type = disbursement") as native:
            self.assertIsNone(native.rates)

    def test_mixed_types_refused(self):
        with self.assertRaises(pairaid.MixedTypesError) as caught:
            self.lib.totals([LEDGER], by="donor")
        self.assertIn("--by type", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
