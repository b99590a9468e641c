#!/usr/bin/python3
"""IATI transaction totals by currency, transaction type and year, with lxml's iterparse.

    /usr/bin/python3 benchmarks/iati/lxml_totals.py FILE.xml [--hierarchy leaves|all] > totals.csv

The benchmark's peer for `pairaid totals FILE.xml --by currency,type,year --format csv`,
written the way a competent Python user would: iterparse on end events of iati-activity only, each
activity read with find()/findall(), then cleared and its finished siblings deleted so memory stays
bounded. It computes the totals contract of issue 5 (docs/iati.md, "Totals") on its own, sharing no
code with pairaid:

  currency          value/@currency, else the activity's @default-currency, else XXX
  type              transaction-type/@code; 1.0x letter codes IF C D E IR LR R QP QS CG -> 1..10;
                    written as pairaid's word for it (3: disbursement)
  year              year of transaction-date/@iso-date, else of value/@value-date, the first that
                    is a valid YYYY-MM-DD date (years 1400-9999, as pairaid's calendar), else empty
  amount            exact sum (decimal.Decimal, no rounding: Inexact is trapped) of the value texts
  transactions      how many transactions were summed

Which transactions count follows pairaid's lenient reader (lib/iati/reader_builder.cpp), so that
real files give the same totals: a transaction is skipped unless it has exactly one
transaction-type with a @code that is 1-13 (no leading zero) or a letter code, and exactly one
value whose text, less XML white space, is a decimal pairaid can hold (optional sign, digits,
optional point and digits; no exponent, no grouping, at most nine significant fraction digits).
A transaction-date without @iso-date is read from its text (1.0x files); the last transaction-date
counts. --hierarchy leaves (pairaid's default) leaves out activities that declare a child
(related-activity/@type="2"); --hierarchy all counts every activity.

Output: `currency,type,year,amount,transactions` (RFC 4180 quoting), rows sorted by currency,
transaction type (by code) and year (empty first); amounts exact with at least the currency's ISO
4217 minor-unit digits (read from the ISO table the repository carries,
include/pairaid/core/currency_table.hpp), as held for a code without one. The number of skipped
transactions goes to stderr.
"""
import argparse
import csv
import decimal
import os
import re
import sys

from lxml import etree

LETTER_CODES = {"IF": 1, "C": 2, "D": 3, "E": 4, "IR": 5, "LR": 6, "R": 7, "QP": 8, "QS": 9, "CG": 10}
NUMBER_CODE = re.compile(r"[1-9][0-9]?\Z")
DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\Z")
DATE_TEXT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
XML_SPACE = " \t\n\r"
# pairaid's Decimal holds nine fraction digits and refuses a value that needs more.
NINE_FRACTION_DIGITS = decimal.Decimal("1e-9")
DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
TYPE_WORDS = ("incoming_funds", "commitment", "disbursement", "expenditure", "interest_payment", "loan_repayment",
              "reimbursement", "purchase_of_equity", "sale_of_equity", "credit_guarantee", "incoming_commitment",
              "outgoing_pledge", "incoming_pledge")
CURRENCY_TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "include", "pairaid", "core",
                              "currency_table.hpp")


def minor_units():
    """{code: digits} from the repository's ISO 4217 table (rows {"CODE", numeric, digits, ...})."""
    digits = {}
    with open(CURRENCY_TABLE, encoding="utf-8") as f:
        for m in re.finditer(r'\{"([A-Z]{3})", [0-9]+, (-?[0-9]+),', f.read()):
            if int(m.group(2)) >= 0:
                digits[m.group(1)] = int(m.group(2))
    return digits


def transaction_type(code):
    """1..13 for a TransactionType code or a 1.0x letter code, else None."""
    if code in LETTER_CODES:
        return LETTER_CODES[code]
    if NUMBER_CODE.match(code) and int(code) <= 13:
        return int(code)
    return None


def year_of(text):
    """The year of a valid YYYY-MM-DD date, else None."""
    m = DATE_TEXT.match(text) if text else None
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if year < 1400 or not 1 <= month <= 12 or not 1 <= day <= DAYS_IN_MONTH[month - 1] + (month == 2 and leap):
        return None
    return m.group(1)


def own_text(element):
    """The element's own character data (not its children's), as a SAX reader sees it."""
    text = element.text or ""
    if len(element):
        text += "".join(child.tail or "" for child in element)
    return text


def amount_of(text):
    """The exact value, or None when pairaid would not take it as a decimal."""
    text = text.strip(XML_SPACE)
    if not DECIMAL_TEXT.match(text):
        return None
    value = decimal.Decimal(text)
    try:  # more significant fraction digits than pairaid holds: Inexact (trapped) on quantize
        value.quantize(NINE_FRACTION_DIGITS)
    except decimal.Inexact:
        return None
    return value


def padded(amount, digits):
    """At least `digits` fraction digits (None: as held), more when held."""
    text = plain(amount)
    if digits:
        whole, _, fraction = text.partition(".")
        text = whole + "." + fraction.ljust(digits, "0")
    return text


def plain(amount):
    """Fewest fraction digits that show the amount exactly, never an exponent."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--hierarchy", choices=("leaves", "all"), default="leaves")
    args = parser.parse_args()

    # 60 digits: IATI values carry up to ~15 integer and 9 fraction digits; sums never round.
    decimal.setcontext(decimal.Context(prec=60, traps=[decimal.Inexact, decimal.InvalidOperation,
                                                       decimal.Overflow]))
    totals = {}
    skipped = 0
    for _, activity in etree.iterparse(args.file, events=("end",), tag="iati-activity"):
        counted = args.hierarchy == "all" or not any(
            r.get("type") == "2" for r in activity.iterfind("related-activity"))
        if counted:
            default_currency = activity.get("default-currency") or "XXX"
            for transaction in activity.iterfind("transaction"):
                types = transaction.findall("transaction-type")
                values = transaction.findall("value")
                code = types[0].get("code") if len(types) == 1 else None
                code = transaction_type(code) if code is not None else None
                amount = amount_of(own_text(values[0])) if len(values) == 1 and code is not None else None
                if amount is None:
                    skipped += 1
                    continue
                value = values[0]
                date_text = None
                for date in transaction.iterfind("transaction-date"):
                    iso = date.get("iso-date")
                    date_text = iso if iso is not None else own_text(date).strip(XML_SPACE)
                year = year_of(date_text) or year_of(value.get("value-date")) or ""
                key = (value.get("currency") or default_currency, code, year)
                total = totals.get(key)
                totals[key] = [amount, 1] if total is None else [total[0] + amount, total[1] + 1]
        # Free what has been read: this activity's subtree and the finished siblings before it.
        activity.clear()
        while activity.getprevious() is not None:
            del activity.getparent()[0]

    digits = minor_units()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["currency", "type", "year", "amount", "transactions"])
    for key in sorted(totals):
        amount, count = totals[key]
        out.writerow([key[0], TYPE_WORDS[key[1] - 1], key[2], padded(amount, digits.get(key[0])), count])
    print(f"lxml_totals: {skipped} transaction(s) skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
