"""The embedded store (one SQLite file or ":memory:"): imports that are all or nothing, and the
stored dataset and ledger read back for queries. Needs a library with the store C API."""

from __future__ import annotations

import os
from ctypes import byref, c_char_p, c_size_t, c_uint64, c_void_p
from typing import NamedTuple

from ._native import decode, encode
from .dataset import Dataset
from .handle import Handle
from .query import Ledger


class ImportReport(NamedTuple):
    """What one import did, copied out of the library's report."""

    source: str
    kind: str        # "dataset", "ledger" or "iati"
    added: int
    updated: int
    unchanged: int
    skipped: int
    messages: list   # why records were skipped, what the reader left out


def _read_report(native, report: c_void_p) -> ImportReport:
    try:
        def text(name):
            out = c_char_p()
            native.check(native.require(f"pairaid_import_report_{name}")(byref(out), report))
            return decode(out.value)

        def number(name):
            out = c_uint64()
            native.check(native.require(f"pairaid_import_report_{name}")(byref(out), report))
            return out.value

        count = c_size_t()
        native.check(native.require("pairaid_import_report_message_count")(byref(count), report))
        messages = []
        for index in range(count.value):
            message = c_char_p()
            native.check(native.require("pairaid_import_report_message")(byref(message), report, index))
            messages.append(decode(message.value))
        return ImportReport(text("source"), text("kind"), number("added"), number("updated"),
                            number("unchanged"), number("skipped"), messages)
    finally:
        native.require("pairaid_import_report_free")(report)


class Store(Handle):
    """One connection to a store: use it from one thread at a time."""

    _free = "store_free"

    def import_file(self, path: str | os.PathLike) -> ImportReport:
        """Imports a dataset (.json), ledger (.csv) or IATI file (.xml) in one transaction: on any
        error the store is left exactly as it was and the error is raised."""
        out = c_void_p()
        self._native.check(self._native.require("pairaid_store_import_file")(
            byref(out), self.ptr(), encode(os.fspath(path))))
        return _read_report(self._native, out)

    def import_dataset(self, dataset: Dataset, name: str | None = None) -> ImportReport:
        out = c_void_p()
        self._native.check(self._native.require("pairaid_store_import_dataset")(
            byref(out), self.ptr(), dataset.ptr(), encode(name)))
        return _read_report(self._native, out)

    def dataset(self) -> Dataset:
        """The stored dataset as of the last committed import (independent of the store)."""
        out = c_void_p()
        self._native.check(self._native.require("pairaid_store_dataset")(byref(out), self.ptr()))
        return Dataset(self._native, out)

    def ledger(self) -> Ledger:
        """Every stored transaction, for Query.run."""
        out = c_void_p()
        self._native.check(self._native.require("pairaid_store_ledger")(byref(out), self.ptr()))
        return Ledger(self._native, out)

    def integrity_check(self) -> str:
        """SQLite's PRAGMA integrity_check: "ok" for a sound file."""
        out = c_void_p()
        self._native.check(self._native.require("pairaid_store_integrity_check")(byref(out), self.ptr()))
        return self._native.take_string(out)
