"""Datasets (a program read from JSON), their batches and indicators, diagnostics and
reconciliation. Entities are lent by their dataset: they are never freed here and refuse to be
used once the dataset is closed. Figures read from them are new Reported handles we own."""

from __future__ import annotations

from collections import Counter
from ctypes import byref, c_char_p, c_int, c_size_t, c_void_p
from typing import NamedTuple

from ._native import decode, encode
from .errors import NotFoundError
from .handle import Borrowed, Handle
from .reported import VERDICTS, Reported


def _text(native, getter, pointer) -> str:
    out = c_char_p()
    native.check(getter(byref(out), pointer))
    return decode(out.value)


class Batch(Borrowed):
    """One dispatch of personnel; owned by its dataset."""

    @property
    def id(self) -> str:
        return _text(self._native, self._native.batch_id, self.ptr())

    @property
    def ordinal(self) -> int:
        value = c_int()
        self._native.check(self._native.batch_ordinal(byref(value), self.ptr()))
        return value.value

    def headcount(self) -> Reported | None:
        """The stated headcount, or None when the source does not state it (unknown, not 0)."""
        out = c_void_p()
        try:
            self._native.check(self._native.batch_headcount(byref(out), self.ptr()))
        except NotFoundError:
            return None
        return Reported(self._native, out)


class Indicator(Borrowed):
    """An outcome the program reports, observed per period; owned by its dataset."""

    @property
    def id(self) -> str:
        return _text(self._native, self._native.indicator_id, self.ptr())

    @property
    def kind(self) -> str:
        return _text(self._native, self._native.indicator_kind, self.ptr())

    def __len__(self) -> int:
        count = c_size_t()
        self._native.check(self._native.indicator_observation_count(byref(count), self.ptr()))
        return count.value

    def actual(self, index: int) -> Reported | None:
        """Observation `index`'s stated value, or None when none is stated."""
        if not 0 <= index < len(self):
            raise IndexError(index)
        out = c_void_p()
        try:
            self._native.check(self._native.indicator_observation_actual(byref(out), self.ptr(), index))
        except NotFoundError:
            return None
        return Reported(self._native, out)

    def period(self, index: int) -> tuple[str, str] | None:
        if not 0 <= index < len(self):
            raise IndexError(index)
        first, last = c_char_p(), c_char_p()
        try:
            self._native.check(self._native.indicator_observation_period(byref(first), byref(last), self.ptr(), index))
        except NotFoundError:
            return None
        return decode(first.value), decode(last.value)


class Diagnostic(NamedTuple):
    text: str      # "FILE:LINE:COL: POINTER: message [code]"
    message: str
    code: str
    pointer: str
    line: int
    column: int


class Check(NamedTuple):
    id: str
    title: str
    verdict: str   # "consistent", "inconsistent" or "undetermined"
    reasoning: str
    acknowledged: str = ""          # the dataset's reason, when it records this contradiction
    sources: tuple[str, ...] = ()   # ids of the sources the check compares


class Reconciliation(Handle):
    """The checks of one reconciliation run."""

    _free = "reconciliation_free"

    def __len__(self) -> int:
        count = c_size_t()
        self._native.check(self._native.reconciliation_count(byref(count), self.ptr()))
        return count.value

    @property
    def overall(self) -> str:
        verdict = c_int()
        self._native.check(self._native.reconciliation_overall(byref(verdict), self.ptr()))
        return VERDICTS[verdict.value]

    def checks(self) -> list[Check]:
        found = []
        for index in range(len(self)):
            ident, title, reasoning, verdict = c_char_p(), c_char_p(), c_char_p(), c_int()
            self._native.check(self._native.reconciliation_check(
                byref(ident), byref(title), byref(verdict), byref(reasoning), self.ptr(), index))
            acknowledged, n = c_char_p(), c_size_t()
            self._native.check(self._native.reconciliation_check_acknowledged(byref(acknowledged), self.ptr(), index))
            self._native.check(self._native.reconciliation_check_source_count(byref(n), self.ptr(), index))
            sources = []
            for k in range(n.value):
                source = c_char_p()
                self._native.check(self._native.reconciliation_check_source(byref(source), self.ptr(), index, k))
                sources.append(decode(source.value))
            found.append(Check(decode(ident.value), decode(title.value), VERDICTS[verdict.value],
                               decode(reasoning.value), decode(acknowledged.value), tuple(sources)))
        return found

    @property
    def unacknowledged(self) -> int:
        """Inconsistent checks the dataset does not acknowledge: what `pairaid check` fails on."""
        count = c_size_t()
        self._native.check(self._native.reconciliation_unacknowledged(byref(count), self.ptr()))
        return count.value

    def tally(self) -> Counter:
        """How many checks have each verdict (every verdict present, possibly 0)."""
        counts = Counter({verdict: 0 for verdict in VERDICTS})
        counts.update(check.verdict for check in self.checks())
        return counts


class Dataset(Handle):
    """A validated program; opening is all or nothing."""

    _free = "dataset_free"

    @property
    def title(self) -> str:
        return _text(self._native, self._native.dataset_title, self.ptr())

    def batches(self) -> list[Batch]:
        count = c_size_t()
        self._native.check(self._native.dataset_batch_count(byref(count), self.ptr()))
        found = []
        for index in range(count.value):
            out = c_void_p()
            self._native.check(self._native.dataset_batch(byref(out), self.ptr(), index))
            found.append(Batch(self._native, out, self))
        return found

    def indicator(self, ident: str) -> Indicator:
        """The indicator with id `ident`; none: NotFoundError."""
        out = c_void_p()
        self._native.check(self._native.dataset_find_indicator(byref(out), self.ptr(), encode(ident)))
        return Indicator(self._native, out, self)

    def reconcile(self, policy=None, rates=None) -> Reconciliation:
        """Every check the figures allow; rates None: the dataset's own exchange rates."""
        out = c_void_p()
        self._native.check(self._native.dataset_reconcile(
            byref(out), self.ptr(), None if policy is None else policy.ptr(),
            None if rates is None else rates.ptr()))
        return Reconciliation(self._native, out)


def read_diagnostics(native, handle: c_void_p) -> list[Diagnostic]:
    """Copies every entry out of a diagnostics handle, then frees it."""
    try:
        count = c_size_t()
        native.check(native.diagnostics_count(byref(count), handle))
        entries = []
        for index in range(count.value):
            text, message, code, pointer = c_char_p(), c_char_p(), c_char_p(), c_char_p()
            line, column = c_size_t(), c_size_t()
            native.check(native.diagnostics_entry(byref(text), byref(message), byref(code), byref(pointer),
                                                  byref(line), byref(column), handle, index))
            entries.append(Diagnostic(decode(text.value), decode(message.value), decode(code.value),
                                      decode(pointer.value), line.value, column.value))
        return entries
    finally:
        native.diagnostics_free(handle)
