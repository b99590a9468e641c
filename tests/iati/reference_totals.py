#!/usr/bin/python3
"""An independent, exact computation of `pairaid totals FILE.xml... --by DIMS --format csv`.

Standard library only (xml.etree.ElementTree, decimal, fractions-free integer arithmetic), written
from the contract in docs/iati.md ("Totals"), not from the C++ code, so that a ctest can require
byte-identical output from both on real files.

  reference_totals.py FILE.xml... --by currency,type,year [--hierarchy leaves] [--currencies ISO.csv]

Output as the contract of docs/queries.md ("Output") says: columns named by the canonical dimension
names (type, reporting_org, recipient_country, whatever alias was given), a transaction type as its
word (disbursement) in code order, amounts with at least the currency's ISO 4217 minor-unit digits
(from the ISO list in the shared corpus, --currencies), as held for a code without one.

Skip rules (the reader's lenient mode; a skipped transaction counts nowhere):
  - no value element, or more than one; value text (XML white space trimmed) that is not a decimal
    (optional sign, digits with at most one '.', no exponent, no grouping), has more than nine
    significant fraction digits, or does not fit a 128-bit decimal at nine fraction digits;
  - no transaction-type element, or more than one; a @code that is missing or not a known code
    (1-13 without leading zeros, or a 1.0x letter code IF C D E IR LR R QP QS CG, mapped to 1-10),
    compared as written (attributes are not trimmed).
Dates: an attribute (@iso-date, @value-date) must be exactly YYYY-MM-DD, a real day, year >= 1400;
a transaction-date without @iso-date (1.0x) is read from its text, trimmed of XML white space; the
last transaction-date of a transaction counts. @hierarchy: digits only (trimmed), else 1.
"""
import argparse
import datetime
import decimal
import re
import sys
import xml.etree.ElementTree as ET

decimal.getcontext().prec = 200  # every sum below is exact: no rounding can happen at this precision
D = decimal.Decimal

XML_SPACE = " \t\r\n"
DECIMAL_RE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")
LETTER_CODES = {"IF": 1, "C": 2, "D": 3, "E": 4, "IR": 5, "LR": 6, "R": 7, "QP": 8, "QS": 9, "CG": 10}
MAX_MAGNITUDE = D(2**127 - 1) / D(10**9)  # the C++ Decimal: a signed 128-bit count of 10^-9 units

# Every accepted name -> the column (the canonical name).
DIMENSIONS = {
    "currency": "currency",
    "type": "type",
    "transaction-type": "type",
    "transaction_type": "type",
    "year": "year",
    "activity": "activity",
    "reporting-org": "reporting_org",
    "reporting_org": "reporting_org",
    "sector": "sector",
    "recipient-country": "recipient_country",
    "recipient_country": "recipient_country",
}
# The IATI TransactionType codelist's codes 1-13, as the words pairaid prints.
TYPE_WORDS = ["incoming_funds", "commitment", "disbursement", "expenditure", "interest_payment", "loan_repayment",
              "reimbursement", "purchase_of_equity", "sale_of_equity", "credit_guarantee", "incoming_commitment",
              "outgoing_pledge", "incoming_pledge"]


def minor_units(path):
    """{code: digits} from the ISO 4217 list: one entry per code, a current row winning over
    withdrawn ones, among withdrawn ones the latest withdrawal; no digits given: no entry."""
    import csv
    chosen = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = row["AlphabeticCode"].strip()
            if not code:
                continue
            withdrawn = row["WithdrawalDate"].strip()
            old = chosen.get(code)
            if old is None or (not withdrawn and old[0]) or (withdrawn and old[0] and withdrawn > old[0]):
                chosen[code] = (withdrawn, row["MinorUnit"].strip())
    return {code: int(m) for code, (_, m) in chosen.items() if m.isdigit()}


def exact_decimal(text):
    """The decimal a text holds, or None when it is not one the contract accepts."""
    if text is None:
        return None
    t = text.strip(XML_SPACE)
    if not DECIMAL_RE.fullmatch(t):
        return None
    d = D(t)
    if d != d.quantize(D(1).scaleb(-9), rounding=decimal.ROUND_DOWN):
        return None  # a nonzero digit past the ninth fraction digit
    if abs(d) > MAX_MAGNITUDE:
        return None
    return d


def iso_date(text):
    if text is None:
        return None
    t = text
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        return None
    y, m, d = int(t[0:4]), int(t[5:7]), int(t[8:10])
    if y < 1400:
        return None
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def type_code(text):
    if text is None:
        return 0
    t = text
    if t in LETTER_CODES:
        return LETTER_CODES[t]
    if re.fullmatch(r"[1-9]\d?", t) and 1 <= int(t) <= 13:
        return int(t)
    return 0


def fraction_digits(d):
    exponent = d.normalize().as_tuple().exponent
    return -exponent if exponent < 0 else 0


def split(whole, weights, digits):
    """Largest remainder at `digits`: floors of the exact shares, leftover units one each to the
    largest remainders, ties to the earlier share; a negative whole splits like its magnitude."""
    step = 10**digits
    units = int(abs(whole) * step)
    assert D(units) == abs(whole) * step
    scaled = [int(w * 10**9) for w in weights]
    total = sum(scaled)
    floors, remainders = [], []
    for w in scaled:
        q, r = divmod(units * w, total)
        floors.append(q)
        remainders.append(r)
    left = units - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: -remainders[i])  # stable: ties keep index order
    for i in order[:left]:
        floors[i] += 1
    sign = -1 if whole < 0 else 1
    return [D(sign * f) / D(step) for f in floors]


def is_dac5(vocabulary):
    return vocabulary in ("", "1", "DAC")


def weigh(chosen):
    """('none'|'split'|'unallocated', weights) for chosen (key, percentage-or-None) shares."""
    if not chosen:
        return "none", []
    if len(chosen) == 1 and chosen[0][1] is None:
        return "split", [D(100)]
    weights = []
    for _, p in chosen:
        if p is None or p < 0:
            return "unallocated", []
        weights.append(p)
    if sum(weights) == 0:
        return "unallocated", []
    return "split", weights


def share(el):
    return (el.get("vocabulary", ""), el.get("code", ""), exact_decimal(el.get("percentage")))


def sector_shares(activity_sectors, own_sectors):
    source = own_sectors if own_sectors else activity_sectors
    if not source:
        return "none", [], []
    use_dac5 = any(is_dac5(v) for v, _, _ in source)
    first = source[0][0]
    chosen = []
    for v, c, p in source:
        if (not is_dac5(v)) if use_dac5 else (v != first):
            continue
        chosen.append((c if use_dac5 else v + ":" + c, p))
    outcome, weights = weigh(chosen)
    return outcome, [k for k, _ in chosen], weights


def country_shares(activity_places, own_places):
    countries, regions = own_places if (own_places[0] or own_places[1]) else activity_places
    chosen = [(c, p) for _, c, p in countries] + [("region:" + c, p) for _, c, p in regions]
    outcome, weights = weigh(chosen)
    return outcome, [k for k, _ in chosen], weights


def apply(shares, whole, digits):
    outcome, keys, weights = shares
    if outcome == "none":
        return [("", whole)]
    if outcome == "unallocated":
        return [("unallocated", whole)]
    parts = split(whole, weights, digits)
    return [(keys[i], parts[i]) for i in range(len(parts)) if weights[i] != 0]


def counts_under(policy, hierarchy, related_types):
    if policy == "all":
        return True
    if policy == "leaves":
        return "2" not in related_types
    return "1" not in related_types and hierarchy <= 1


def file_totals(path, by, policy):
    groups = {}  # key tuple (dims..., currency) -> [amount, transactions]
    root = ET.parse(path).getroot()
    for act in root.iter("iati-activity"):
        related_types = [r.get("type", "") for r in act.findall("related-activity")]
        written = act.get("hierarchy", "1").strip(XML_SPACE)
        hierarchy = int(written) if re.fullmatch(r"\d{1,9}", written) else 1
        if not counts_under(policy, hierarchy, related_types):
            continue
        identifier_el = act.find("iati-identifier")
        identifier = (identifier_el.text or "").strip(XML_SPACE) if identifier_el is not None else ""
        reporting = act.find("reporting-org")
        reporting_ref = reporting.get("ref", "") if reporting is not None else ""
        default_currency = act.get("default-currency", "")
        act_sectors = [share(s) for s in act.findall("sector")]
        act_places = ([share(s) for s in act.findall("recipient-country")],
                      [share(s) for s in act.findall("recipient-region")])
        for tx in act.findall("transaction"):
            values = tx.findall("value")
            types = tx.findall("transaction-type")
            if len(values) != 1 or len(types) != 1:
                continue
            amount = exact_decimal(values[0].text or "")
            code = type_code(types[0].get("code"))
            if amount is None or code == 0:
                continue
            currency = values[0].get("currency") or default_currency or "XXX"
            date = None
            for td in tx.findall("transaction-date"):  # the last one counts, as in the reader
                date = iso_date(td.get("iso-date")) if td.get("iso-date") is not None else iso_date((td.text or "").strip(XML_SPACE))
            if date is None:
                date = iso_date(values[0].get("value-date"))
            year = str(date.year) if date else ""
            digits = max(2, fraction_digits(amount))
            sectors = ("none", [], [])
            countries = ("none", [], [])
            if "sector" in by:
                sectors = sector_shares(act_sectors, [share(s) for s in tx.findall("sector")])
            if "recipient_country" in by:
                countries = country_shares(act_places, ([share(s) for s in tx.findall("recipient-country")],
                                                        [share(s) for s in tx.findall("recipient-region")]))
            touched = set()
            for sector, by_sector in apply(sectors, amount, digits):
                for country, part in apply(countries, by_sector, digits):
                    values_of = {
                        "currency": currency,
                        "type": str(code),
                        "year": year,
                        "activity": identifier,
                        "reporting_org": reporting_ref,
                        "sector": sector,
                        "recipient_country": country,
                    }
                    key = tuple(values_of[d] for d in by) + (currency,)
                    g = groups.setdefault(key, [D(0), 0])
                    g[0] += part
                    if key not in touched:
                        g[1] += 1
                        touched.add(key)
    return groups


def csv_field(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def amount_text(d, digits):
    """Exact: at least `digits` fraction digits (None: as held), more when held, no exponent."""
    text = format(d.normalize(), "f") if d != 0 else "0"
    if digits:
        whole, _, fraction = text.partition(".")
        text = whole + "." + fraction.ljust(digits, "0")
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--by", required=True)
    parser.add_argument("--hierarchy", default="leaves", choices=["all", "leaves", "top"])
    parser.add_argument("--currencies", help="the ISO 4217 list (default: the shared corpus's, beside the files)")
    args = parser.parse_args()
    by = args.by.split(",")
    for d in by:
        if d not in DIMENSIONS:
            sys.exit("unknown dimension " + d)
    by = [DIMENSIONS[d] for d in by]
    currencies = args.currencies
    if currencies is None:  # FILES are in <shared>/data/iati/activities/
        import os
        here = os.path.dirname(os.path.abspath(args.files[0]))
        currencies = os.path.join(here, "..", "..", "currency", "iso4217-codes-all.csv")
    digits = minor_units(currencies)
    total = {}
    for f in args.files:
        for key, (amount, count) in file_totals(f, by, args.hierarchy).items():
            g = total.setdefault(key, [D(0), 0])
            g[0] += amount
            g[1] += count

    def sort_key(item):
        key = item[0]
        return tuple((len(k), k) if d == "type" else (0, k) for d, k in zip(by, key)) + (key[-1],)

    header = by + ([] if "currency" in by else ["currency"]) + ["amount", "transactions"]
    out = [",".join(header)]
    for key, (amount, count) in sorted(total.items(), key=sort_key):
        cells = [TYPE_WORDS[int(k) - 1] if d == "type" else k for d, k in zip(by, key)]
        cells += [] if "currency" in by else [key[-1]]
        out.append(",".join(csv_field(c) for c in cells) + "," + amount_text(amount, digits.get(key[-1])) + "," +
                   str(count))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
