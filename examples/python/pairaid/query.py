"""Ledgers (transactions column by column), queries (group-by, conditions, conversion) and their
result tables. A Result's cells come back as Python values: text as str, counts as int, money as
(Decimal, currency), a group whose exchange rate is missing as Missing (never 0). A Result renders
itself exactly as `pairaid totals` prints it (Result.csv(), .json(), .table()).

A query whose rows would add different transaction types raises MixedTypesError unless it groups
by type, names its types in a condition, or asks for all_types() (docs/queries.md)."""

from __future__ import annotations

import os
from ctypes import byref, c_char_p, c_int, c_int64, c_size_t, c_void_p
from decimal import Decimal
from typing import NamedTuple

from ._native import decode, encode
from .handle import Handle
from .money import rounding_mode

CELL_NONE, CELL_TEXT, CELL_COUNT, CELL_MONEY, CELL_MISSING = range(5)


class Amount(NamedTuple):
    value: Decimal
    currency: str


class Missing(NamedTuple):
    """An amount the query could not compute: `why` names the rates that were missing."""

    why: str


class RatePair(NamedTuple):
    """One currency pair a converted result used: the first and last rate dates and how many."""

    base: str
    quote: str
    first: str
    last: str
    count: int


class Rates(NamedTuple):
    """Which exchange-rate table a converted result used, and which of its rates."""

    table: str
    pairs: list


class Ledger(Handle):
    """Transactions, immutable once loaded."""

    _free = "ledger_free"

    def __len__(self) -> int:
        size = c_size_t()
        self._native.check(self._native.ledger_size(byref(size), self.ptr()))
        return size.value


class Result(Handle):
    """A table of typed cells: one column per group-by dimension, then currency, amount,
    transactions (and distinct_projects if asked for)."""

    _free = "result_free"

    def _size(self, getter) -> int:
        size = c_size_t()
        self._native.check(getter(byref(size), self.ptr()))
        return size.value

    @property
    def columns(self) -> list[str]:
        names = []
        for col in range(self._size(self._native.result_column_count)):
            name = c_char_p()
            self._native.check(self._native.result_column_name(byref(name), self.ptr(), col))
            names.append(decode(name.value))
        return names

    def __len__(self) -> int:
        return self._size(self._native.result_row_count)

    def cell(self, row: int, col: int):
        native, pointer = self._native, self.ptr()
        kind = c_int()
        native.check(native.result_cell_type(byref(kind), pointer, row, col))
        if kind.value == CELL_NONE:
            return None
        if kind.value == CELL_TEXT:
            text = c_char_p()
            native.check(native.result_text(byref(text), pointer, row, col))
            return decode(text.value)
        if kind.value == CELL_COUNT:
            count = c_int64()
            native.check(native.result_count(byref(count), pointer, row, col))
            return count.value
        if kind.value == CELL_MONEY:
            amount, currency = c_char_p(), c_char_p()
            native.check(native.result_money(byref(amount), byref(currency), pointer, row, col))
            return Amount(Decimal(decode(amount.value)), decode(currency.value))
        if kind.value == CELL_MISSING:
            why = c_char_p()
            native.check(native.result_missing(byref(why), pointer, row))
            return Missing(decode(why.value))
        raise ValueError(f"cell ({row}, {col}) has a type this module does not know: {kind.value}")

    def rows(self) -> list[dict]:
        """Every row as {column name: value}, copied out (valid after close())."""
        names = self.columns
        return [{name: self.cell(row, col) for col, name in enumerate(names)} for row in range(len(self))]

    def write(self, format: str = "csv") -> str:
        """The table as the library renders it: "csv", "json" or "table" - the bytes
        `pairaid totals --format FORMAT` prints for the same query."""
        out = c_void_p()
        self._native.check(self._native.result_write(byref(out), self.ptr(), format.encode("utf-8")))
        return self._native.take_string(out)

    def csv(self) -> str:
        return self.write("csv")

    def json(self) -> str:
        return self.write("json")

    def table(self) -> str:
        return self.write("table")

    @property
    def notes(self) -> list[str]:
        """What to know beside the numbers (rates used, types added, names missing ...)."""
        out = []
        for index in range(self._size(self._native.result_note_count)):
            text = c_char_p()
            self._native.check(self._native.result_note(byref(text), self.ptr(), index))
            out.append(decode(text.value))
        return out

    @property
    def rates(self) -> Rates | None:
        """The exchange rates a converted result used; None when it was not converted."""
        table, count = c_char_p(), c_size_t()
        status = self._native.result_rates(byref(table), byref(count), self.ptr())
        if status == -9:  # PAIRAID_ENOTFOUND: not converted
            return None
        self._native.check(status)
        pairs = []
        for index in range(count.value):
            base, quote, first, last, n = c_char_p(), c_char_p(), c_char_p(), c_char_p(), c_size_t()
            self._native.check(self._native.result_rate_pair(
                byref(base), byref(quote), byref(first), byref(last), byref(n), self.ptr(), index))
            pairs.append(RatePair(decode(base.value), decode(quote.value), decode(first.value),
                                  decode(last.value), n.value))
        return Rates(decode(table.value), pairs)


class Query(Handle):
    """A description of a totals query, built up by chained calls, then run over a ledger."""

    _free = "query_free"

    def group_by(self, *dimensions: str) -> "Query":
        for dimension in dimensions:
            self._native.check(self._native.query_group_by(self.ptr(), encode(dimension)))
        return self

    def where(self, condition: str) -> "Query":
        """A condition in the --where grammar: "year >= 2012 and type in (disbursement, 4)".
        Several calls must all hold."""
        self._native.check(self._native.query_where(self.ptr(), encode(condition)))
        return self

    def all_types(self, on: bool = True) -> "Query":
        """Add different transaction types in one total anyway (refused by default)."""
        self._native.check(self._native.query_all_types(self.ptr(), 1 if on else 0))
        return self

    def names(self, on: bool = True) -> "Query":
        """A NAME_name column after each coded dimension (type, sector, country ...)."""
        self._native.check(self._native.query_names(self.ptr(), 1 if on else 0))
        return self

    def hierarchy(self, policy: str) -> "Query":
        """IATI: "leaves" (the default), "top" or "all"."""
        self._native.check(self._native.query_hierarchy(self.ptr(), encode(policy)))
        return self

    def strict(self, on: bool = True) -> "Query":
        """IATI: a transaction the reader would skip is an error."""
        self._native.check(self._native.query_strict(self.ptr(), 1 if on else 0))
        return self

    def store_part(self, part: str | None) -> "Query":
        """A store holding IATI activities and a dataset or ledger: "iati" or "ledger"."""
        self._native.check(self._native.query_store_part(self.ptr(), encode(part)))
        return self

    def where_period(self, first: str, last: str) -> "Query":
        self._native.check(self._native.query_where_period(self.ptr(), encode(first), encode(last)))
        return self

    def where_donor(self, *donors: str) -> "Query":
        for donor in donors:
            self._native.check(self._native.query_where_donor(self.ptr(), encode(donor)))
        return self

    def where_type(self, *types: str) -> "Query":
        for kind in types:
            self._native.check(self._native.query_where_type(self.ptr(), encode(kind)))
        return self

    def where_currency(self, *codes: str) -> "Query":
        for code in codes:
            self._native.check(self._native.query_where_currency(self.ptr(), encode(code)))
        return self

    def where_within(self, area_code: str) -> "Query":
        self._native.check(self._native.query_where_within(self.ptr(), encode(area_code)))
        return self

    def convert(self, currency: str, mode: str = "half_even", digits: int = -1) -> "Query":
        self._native.check(self._native.query_convert(self.ptr(), encode(currency), rounding_mode(mode), digits))
        return self

    def distinct_projects(self, on: bool = True) -> "Query":
        self._native.check(self._native.query_distinct_projects(self.ptr(), 1 if on else 0))
        return self

    def run_sources(self, sources, rates=None) -> Result:
        """Runs the query over files of any kind (ledgers, a dataset, stores, IATI files), as
        `pairaid totals SOURCE...` does."""
        paths = [encode(os.fspath(path)) for path in sources]
        array = (c_char_p * len(paths))(*paths)
        out = c_void_p()
        self._native.check(self._native.query_run_sources(
            byref(out), self.ptr(), array, len(paths), None if rates is None else rates.ptr()))
        return Result(self._native, out)

    def run(self, ledger: Ledger, dataset=None, rates=None) -> Result:
        out = c_void_p()
        self._native.check(self._native.query_run(
            byref(out), self.ptr(), ledger.ptr(), None if dataset is None else dataset.ptr(),
            None if rates is None else rates.ptr()))
        return Result(self._native, out)
