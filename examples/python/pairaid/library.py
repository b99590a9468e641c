"""The entry point: one loaded shared library, and the calls that make new handles from it.

There is no module-level library: each Library is loaded from the path it is given, or found
($PAIRAID_LIB, the dynamic loader, the install prefix, the build tree: _locate.py), and every handle
keeps the Library's native functions it came from.
"""

from __future__ import annotations

import os
from ctypes import byref, c_char_p, c_int, c_int64, c_void_p
from pathlib import Path
from typing import NamedTuple

from ._native import Native, decode, encode
from . import iati
from .dataset import Dataset, Diagnostic, read_diagnostics
from .money import PARSE_ALLOW_GROUPING, FxTable, Money
from .query import Ledger, Query
from .query import Result
from .reported import QualifierPolicy, Reported, policy_pointer
from .store import Store


class FiveYearPlan(NamedTuple):
    ordinal: int
    first_year: int
    last_year: int
    name: str


class Library:
    """pairaid's C API, loaded from `path`; without one, found in order at $PAIRAID_LIB, by the
    dynamic loader (libpairaid_c.so.0), in the lib/ of the install prefix, in the build tree.
    Nothing usable anywhere: LibraryNotFoundError naming every place looked at."""

    def __init__(self, path: str | os.PathLike | None = None):
        self._native = Native(path)

    @property
    def path(self) -> str:
        """The file loaded."""
        return self._native.path

    @property
    def found_by(self) -> str:
        """How it was found: "the path given", "$PAIRAID_LIB", "the dynamic loader",
        "the install prefix" or "the build tree"."""
        return self._native.found_by

    def data_dir(self) -> Path:
        """The directory of the data the library ships with (share/pairaid of an install, the build
        tree's staged copy; $PAIRAID_DATA_DIR overrides): examples/xizang.json, fx/fred-monthly.csv,
        iati/schema ... When there is none, IOError_ naming every place the library looked."""
        out = c_void_p()
        self._native.check(self._native.data_dir(byref(out)))
        return Path(self._native.take_string(out))

    @property
    def version(self) -> tuple[int, int, int]:
        major, minor, patch = c_int(), c_int(), c_int()
        self._native.version(byref(major), byref(minor), byref(patch))
        return major.value, minor.value, patch.value

    @property
    def version_string(self) -> str:
        return decode(self._native.version_string())

    def _make(self, cls, fill):
        out = c_void_p()
        self._native.check(fill(byref(out)))
        return cls(self._native, out)

    # --- money and exchange rates -------------------------------------------------------------

    def money(self, amount, currency: str, allow_grouping: bool = False) -> Money:
        """Exact decimal text (or a Decimal/int) in `currency`; more than 9 fraction digits is
        InexactError, never rounded. A float is refused: it is not exact."""
        if isinstance(amount, float):
            raise TypeError("money from a float would not be exact: pass decimal text or a Decimal")
        flags = PARSE_ALLOW_GROUPING if allow_grouping else 0
        return self._make(Money, lambda out: self._native.money_parse(out, encode(str(amount)), encode(currency), flags))

    def money_phrase(self, phrase: str) -> Money:
        """An amount as reports write it: "25.17 billion yuan", "$3.5 billion"."""
        return self._make(Money, lambda out: self._native.money_parse_phrase(out, encode(phrase)))

    def fx_table(self, pivot: str | None = None) -> FxTable:
        return self._make(FxTable, lambda out: self._native.fx_table_new(out, encode(pivot)))

    # --- counts, figures, calendar --------------------------------------------------------------

    def count_add(self, kind: str, a: int, b: int) -> int:
        """a + b for counts of `kind`; beyond int64 is OverflowError_, never wrapped."""
        out = c_int64()
        self._native.check(self._native.count_add(byref(out), encode(kind), a, b))
        return out.value

    def qualifier_policy(self, nearly_bp: int = 1000, about_bp: int = 1000) -> QualifierPolicy:
        return self._make(QualifierPolicy, lambda out: self._native.qualifier_policy_new(out, nearly_bp, about_bp))

    def reported(self, kind: str, phrase: str) -> Reported:
        """A count figure: reported("people", "nearly 12,000")."""
        return self._make(Reported, lambda out: self._native.reported_parse(out, encode(kind), encode(phrase)))

    def reported_money(self, phrase: str) -> Reported:
        """A money figure, optionally with an equivalent: "25.17 billion yuan ($3.5 billion)"."""
        return self._make(Reported, lambda out: self._native.reported_parse_money(out, encode(phrase)))

    def five_year_plan(self, date: str) -> FiveYearPlan:
        ordinal, first, last = c_int(), c_int(), c_int()
        self._native.check(self._native.five_year_plan_of(byref(ordinal), byref(first), byref(last), encode(date)))
        name = c_void_p()
        self._native.check(self._native.five_year_plan_name(byref(name), ordinal.value))
        return FiveYearPlan(ordinal.value, first.value, last.value, self._native.take_string(name))

    # --- datasets -------------------------------------------------------------------------------

    def open_dataset(self, path: str | os.PathLike, policy: QualifierPolicy | None = None) -> Dataset:
        """Reads and validates a dataset JSON file; the first problem raises, as "FILE:LINE:COL: ..."."""
        return self._make(Dataset, lambda out: self._native.dataset_open_file(
            out, encode(os.fspath(path)), policy_pointer(policy)))

    def open_datasets(self, paths, policy: QualifierPolicy | None = None) -> Dataset:
        """Reads several dataset files as one dataset (ids unique across them)."""
        encoded = [encode(os.fspath(p)) for p in paths]
        array = (c_char_p * len(encoded))(*encoded)
        return self._make(Dataset, lambda out: self._native.dataset_open_files(
            out, array, len(encoded), policy_pointer(policy)))

    def dataset_from_bytes(self, data: bytes, name: str = "<buffer>",
                           policy: QualifierPolicy | None = None) -> Dataset:
        return self._make(Dataset, lambda out: self._native.dataset_open_buffer(
            out, data, len(data), encode(name), policy_pointer(policy)))

    def check_dataset(self, path: str | os.PathLike, policy: QualifierPolicy | None = None) -> list[Diagnostic]:
        """Every problem of a dataset file (empty when it is valid)."""
        out = c_void_p()
        self._native.check(self._native.dataset_check_file(byref(out), encode(os.fspath(path)), policy_pointer(policy)))
        return read_diagnostics(self._native, out)

    # --- ledgers and queries --------------------------------------------------------------------

    def load_ledger(self, path: str | os.PathLike) -> Ledger:
        """A ledger CSV file; all or nothing, errors as "FILE:LINE:COL: ..."."""
        return self._make(Ledger, lambda out: self._native.ledger_load_csv(out, encode(os.fspath(path))))

    def ledger_from_bytes(self, data: bytes, name: str = "<buffer>") -> Ledger:
        return self._make(Ledger, lambda out: self._native.ledger_parse_csv(out, data, len(data), encode(name)))

    def ledger_of(self, dataset: Dataset) -> Ledger:
        """The dataset's own transactions (a copy: the dataset may be closed afterwards)."""
        return self._make(Ledger, lambda out: self._native.ledger_from_dataset(out, dataset.ptr()))

    def query(self) -> Query:
        return self._make(Query, self._native.query_new)

    def totals(self, sources, by: str = "", where: str | None = None, currency: str | None = None,
               rates: FxTable | None = None, all_types: bool = False, names: bool = False,
               hierarchy: str | None = None) -> Result:
        """`pairaid totals SOURCE... --by BY [--where ...] [--currency ...]` as a Result: the same
        engine, the same table (Result.csv() is byte for byte the command's CSV)."""
        with self.query() as query:
            for dimension in filter(None, by.split(",")):
                query.group_by(dimension)
            if where:
                query.where(where)
            if currency:
                query.convert(currency)
            if all_types:
                query.all_types()
            if names:
                query.names()
            if hierarchy:
                query.hierarchy(hierarchy)
            return query.run_sources(sources, rates)

    # --- store and IATI (newer parts of the C API: NotImplementedError on an older library) ----

    @property
    def has_store(self) -> bool:
        return self._native.has("pairaid_store_open")

    @property
    def has_iati(self) -> bool:
        return self._native.has("pairaid_iati_totals")

    def open_store(self, path: str | os.PathLike = ":memory:") -> Store:
        """A store file (created when absent) or an in-memory one."""
        function = self._native.require("pairaid_store_open")
        return self._make(Store, lambda out: function(out, encode(os.fspath(path))))

    def iati_totals(self, files, by: str = "", hierarchy: str | None = None, convert_to: str | None = None,
                    rates: FxTable | None = None, mode: str = "half_even", digits: int = -1) -> Result:
        """Exact totals of the transactions in IATI files, grouped by `by` ("sector,year")."""
        return iati.totals(self._native, files, by, hierarchy, convert_to, rates, mode, digits)

    def iati_totals_of_bytes(self, data: bytes, name: str = "<buffer>", by: str = "",
                             hierarchy: str | None = None, convert_to: str | None = None,
                             rates: FxTable | None = None, mode: str = "half_even", digits: int = -1) -> Result:
        return iati.totals_of_bytes(self._native, data, name, by, hierarchy, convert_to, rates, mode, digits)

    def iati_validate(self, path: str | os.PathLike, as_of: str, schema_dir: str | None = None) -> list[Diagnostic]:
        """Every finding of an IATI file (empty when it is valid); `as_of` dates the future."""
        return iati.validate_file(self._native, path, as_of, schema_dir)
