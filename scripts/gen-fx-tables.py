#!/usr/bin/env python3
"""Generate the bundled exchange-rate tables data/fx/fred-monthly.csv and data/fx/fred-annual.csv
from FRED's monthly and annual averages as republished by datasets/exchange-rates (PDDL 1.0).

Each row is `date,base,quote,rate,source` (docs/formats.md): 1 USD buys `rate` of the currency, in
force from the first day of the month (or year) it averages, until the pair's next row. The source
names the FRED series, whether the dataset inverted it, and the dataset's commit, so every rate is
cited where it is used.

usage: scripts/gen-fx-tables.py [FX_DIR]   (default ../shared/data/fx; see its SOURCES.md)
Writes data/fx/fred-monthly.csv and data/fx/fred-annual.csv; prints the counts.
"""
import csv
import os
import re
import sys

# Country name in the file -> (ISO 4217 code, FRED series stem, inverted by the dataset).
# The monthly series is EX<stem>, the annual AEX<stem>; None where shared/data/fx/SOURCES.md does not
# name the series (the euro's legacy currencies), and the row then names the country instead. Venezuela is left out on purpose: FRED's
# EXVZUS is not adjusted for the 2008 and 2018 redenominations, so no single ISO code fits its rows.
COUNTRIES = {
    "Australia": ("AUD", "USAL", True),
    "Austria": ("ATS", None, False),
    "Belgium": ("BEF", None, False),
    "Brazil": ("BRL", "BZUS", False),
    "Canada": ("CAD", "CAUS", False),
    "China": ("CNY", "CHUS", False),
    "Denmark": ("DKK", "DNUS", False),
    "Euro": ("EUR", "USEU", True),
    "Finland": ("FIM", None, False),
    "France": ("FRF", None, False),
    "Germany": ("DEM", None, False),
    "Greece": ("GRD", None, False),
    "Hong Kong": ("HKD", "HKUS", False),
    "India": ("INR", "INUS", False),
    "Ireland": ("IEP", None, True),
    "Italy": ("ITL", None, False),
    "Japan": ("JPY", "JPUS", False),
    "Malaysia": ("MYR", "MAUS", False),
    "Mexico": ("MXN", "MXUS", False),
    "Netherlands": ("NLG", None, False),
    "New Zealand": ("NZD", "USNZ", True),
    "Norway": ("NOK", "NOUS", False),
    "Portugal": ("PTE", None, False),
    "Singapore": ("SGD", "SIUS", False),
    "South Africa": ("ZAR", "SFUS", False),
    "South Korea": ("KRW", "KOUS", False),
    "Spain": ("ESP", None, False),
    "Sri Lanka": ("LKR", "SLUS", False),
    "Sweden": ("SEK", "SDUS", False),
    "Switzerland": ("CHF", "SZUS", False),
    "Taiwan": ("TWD", "TAUS", False),
    "Thailand": ("THB", "THUS", False),
    "United Kingdom": ("GBP", "USUK", True),
}
LEFT_OUT = {"Venezuela"}

# datasets/exchange-rates commits of the two files (shared/data/fx/SOURCES.md).
COMMITS = {"monthly": "20192adf", "annual": "6ce89dd2"}


def convert(src, dst, period):
    rows = []
    with open(src, newline="") as f:
        for row in csv.DictReader(f):
            country = row["Country"]
            if country in LEFT_OUT:
                continue
            code, stem, inverted = COUNTRIES[country]
            rate = row["Exchange rate"].strip()
            if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", rate) or float(rate) == 0:
                sys.exit(f"{src}: {row['Date']} {country}: unusable rate {rate!r}")
            series = ("EX" if period == "monthly" else "AEX") + stem if stem else f"{country}/U.S."
            how = "inverted to 4 dp by " if inverted else "via "
            source = f"FRED {series} {period} average, {how}datasets/exchange-rates@{COMMITS[period]}"
            rows.append((row["Date"], "USD", code, rate, source))
    rows.sort(key=lambda r: (r[2], r[0]))
    with open(dst, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "base", "quote", "rate", "source"])
        w.writerows(rows)
    return len(rows), len({r[2] for r in rows})


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    fx = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(repo), "shared", "data", "fx")
    for period in ("monthly", "annual"):
        n, currencies = convert(os.path.join(fx, period + ".csv"), os.path.join(repo, "data", "fx", f"fred-{period}.csv"), period)
        print(f"data/fx/fred-{period}.csv: {n} rates, {currencies} currencies")


if __name__ == "__main__":
    main()
