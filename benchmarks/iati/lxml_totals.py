#!/usr/bin/python3
"""IATI transaction totals by currency, transaction type and year, with lxml's iterparse.

    /usr/bin/python3 benchmarks/iati/lxml_totals.py FILE.xml [--hierarchy leaves|all] > totals.csv

The benchmark's peer for `pairaid totals FILE.xml --by currency,transaction-type,year --format csv`,
written the way a competent Python user would: iterparse on end events of iati-activity only, each
activity read with find()/findall(), then cleared and its finished siblings deleted so memory stays
bounded. It computes the same contract (docs/iati.md, "Totals"), independently of pairaid's code:

  currency          value/@currency, else the activity's @default-currency, else XXX
  transaction_type  transaction-type/@code; 1.0x letter codes IF C D E IR LR R QP QS CG -> 1..10
  year              year of transaction-date/@iso-date, else of value/@value-date, the first that
                    is a valid YYYY-MM-DD date, else empty
  amount            exact sum (decimal.Decimal, no rounding: Inexact is trapped) of the value texts
  transactions      how many transactions were summed

A transaction is skipped, as pairaid's lenient reader skips it, when it has no value element or
more than one, when the value is empty or not a decimal (optional sign, digits, optional point and
digits: no exponent, no grouping; more than nine significant fraction digits is refused, since
pairaid holds nine), or when the type is missing or not a TransactionType code (1-13 or a letter
code). --hierarchy leaves (pairaid's default) leaves out activities that declare a child
(related-activity/@type="2"); --hierarchy all counts every activity.

Output: `currency,transaction_type,year,amount,transactions`, rows sorted by currency (bytes), type
(numerically), year (empty first); amounts with the fewest fraction digits that show them exactly.
Skipped transactions are counted on stderr.
"""
import argparse
import datetime
import decimal
import re
import sys

from lxml import etree

LETTER_CODES = {"IF": 1, "C": 2, "D": 3, "E": 4, "IR": 5, "LR": 6, "R": 7, "QP": 8, "QS": 9, "CG": 10}
DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\Z")
DATE_TEXT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
# pairaid's Decimal holds nine fraction digits and refuses a value that needs more.
NINE_FRACTION_DIGITS = decimal.Decimal("1e-9")


def transaction_type(code):
    if code is None:
        return None
    if code in LETTER_CODES:
        return LETTER_CODES[code]
    if code.isascii() and code.isdigit() and 1 <= int(code) <= 13:
        return int(code)
    return None


def year_of(text):
    """The year of a valid YYYY-MM-DD date, else None."""
    if text is None:
        return None
    m = DATE_TEXT.match(text)
    if not m:
        return None
    try:
        datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return m.group(1)


def amount_of(text):
    """The exact value, or None when pairaid would not take it as a decimal."""
    if text is None or not DECIMAL_TEXT.match(text):
        return None
    value = decimal.Decimal(text)
    try:  # more significant fraction digits than pairaid holds: Inexact (trapped) on quantize
        value.quantize(NINE_FRACTION_DIGITS)
    except decimal.Inexact:
        return None
    return value


def plain(amount):
    """Fewest fraction digits that show the amount exactly, never an exponent."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


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
                values = transaction.findall("value")
                type_element = transaction.find("transaction-type")
                code = transaction_type(type_element.get("code") if type_element is not None else None)
                amount = amount_of(values[0].text) if len(values) == 1 else None
                if amount is None or code is None:
                    skipped += 1
                    continue
                value = values[0]
                date_element = transaction.find("transaction-date")
                year = year_of(date_element.get("iso-date") if date_element is not None else None)
                if year is None:
                    year = year_of(value.get("value-date")) or ""
                key = (value.get("currency") or default_currency, code, year)
                total = totals.get(key)
                totals[key] = [amount, 1] if total is None else [total[0] + amount, total[1] + 1]
        # Free what has been read: this activity's subtree and the finished siblings before it.
        activity.clear()
        while activity.getprevious() is not None:
            del activity.getparent()[0]

    out = sys.stdout
    out.write("currency,transaction_type,year,amount,transactions\n")
    for (currency, code, year) in sorted(totals):
        amount, count = totals[(currency, code, year)]
        out.write(f"{currency},{code},{year},{plain(amount)},{count}\n")
    print(f"lxml_totals: {skipped} transaction(s) skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
