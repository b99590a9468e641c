#!/usr/bin/python3
"""pandas peer of `pairaid totals LEDGER --by donor,year --format csv`, for compare_totals.py.

    /usr/bin/python3 totals_pandas.py LEDGER.csv OUT.csv

Exact, with no floating point: every column is read as text (dtype=str) and each amount becomes
integer minor units (cents; the generator writes at most two fraction digits): the digits without
the point are parsed as one int64 and scaled by 10^(2 - fraction digits). The int64 cents are
summed per (donor, year, currency) and written as donor,year,currency,amount,transactions, the
amount as exact decimal text, sorted.

Refused rather than rounded: an amount with more than two fraction digits, with two points, with
no digit before or after its point, or with anything but an optional sign, digits and one point
(the int64 conversion raises); and a ledger whose largest amount times its row count could pass
2^63 - 1 cents (int64 sums would wrap silently).
"""
import sys

import numpy as np
import pandas as pd


def cents(amounts: pd.Series) -> pd.Series:
    """Exact int64 cents from amount texts such as "-1250000", "12.5" or "0.25"."""
    point = amounts.str.find(".")
    length = amounts.str.len()
    fraction_digits = np.where(point < 0, 0, length - point - 1)
    if (amounts.str.rfind(".") != point).any():
        raise SystemExit("an amount with two points")
    if (fraction_digits > 2).any():
        raise SystemExit("an amount with more than two fraction digits: cannot be summed exactly in cents")
    if ((point >= 0) & ((fraction_digits == 0) | (point == 0) | ((point == 1) & amounts.str.startswith("-")))).any():
        raise SystemExit("an amount without digits before or after its point")
    # The digits without the point, as an integer (astype(int64) parses exactly and raises on
    # anything but an optional sign and digits), scaled up to two fraction digits.
    digits = amounts.str.replace(".", "", regex=False).astype(np.int64)
    return digits * np.power(10, 2 - fraction_digits).astype(np.int64)


def main() -> None:
    ledger, out = sys.argv[1], sys.argv[2]
    df = pd.read_csv(ledger, usecols=["date", "donor", "amount", "currency"], dtype=str,
                     keep_default_na=False, engine="c")
    df["cents"] = cents(df["amount"])
    bound = int(df["cents"].abs().max() if len(df) else 0) * len(df)
    if bound > np.iinfo(np.int64).max:
        raise SystemExit("int64 cents could overflow for this ledger; refusing to sum")
    df["year"] = df["date"].str.slice(0, 4)
    totals = (df.groupby(["donor", "year", "currency"], sort=True)["cents"]
                .agg(["sum", "count"]).reset_index())
    sums = totals["sum"]
    sign = pd.Series(np.where(sums < 0, "-", ""), index=totals.index)
    magnitude = sums.abs()
    totals["amount"] = (sign + (magnitude // 100).astype(str) + "."
                        + (magnitude % 100).astype(str).str.zfill(2))
    totals.rename(columns={"count": "transactions"})[
        ["donor", "year", "currency", "amount", "transactions"]].to_csv(out, index=False)


if __name__ == "__main__":
    main()
