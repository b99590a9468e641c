"""Reported figures ("nearly 12,000"), the intervals they allow, and qualifier policies."""

from __future__ import annotations

from ctypes import byref, c_char_p, c_int, c_int64, c_size_t, c_void_p
from decimal import Decimal
from typing import NamedTuple

from ._native import decode, encode
from .handle import Handle
from .money import Money

VERDICTS = ("consistent", "inconsistent", "undetermined")  # PAIRAID_CONSISTENT = 0 ...


class QualifierPolicy(Handle):
    """How wide "nearly" and "about" are, in basis points (defaults: 1000 each, 10%)."""

    _free = "qualifier_policy_free"


def policy_pointer(policy: QualifierPolicy | None):
    """NULL (the library's defaults) or the policy's handle."""
    return None if policy is None else policy.ptr()


class Bound(NamedTuple):
    value: Decimal | None  # None: unbounded on that side
    inclusive: bool


class Interval(Handle):
    """The values a statement allows, between two optional bounds."""

    _free = "interval_free"

    def _bound(self, getter) -> Bound:
        value, inclusive = c_char_p(), c_int()
        self._native.check(getter(byref(value), byref(inclusive), self.ptr()))
        return Bound(None if value.value is None else Decimal(decode(value.value)), bool(inclusive.value))

    @property
    def lower(self) -> Bound:
        return self._bound(self._native.interval_lower)

    @property
    def upper(self) -> Bound:
        return self._bound(self._native.interval_upper)

    @property
    def kind(self) -> str:
        text = c_char_p()
        self._native.check(self._native.interval_kind(byref(text), self.ptr()))
        return decode(text.value)

    def __str__(self) -> str:
        out = c_void_p()
        self._native.check(self._native.interval_to_string(byref(out), self.ptr()))
        return self._native.take_string(out)


class Assessment(NamedTuple):
    verdict: str      # "consistent" or "inconsistent"
    reasoning: str    # the arithmetic in words


class Reported(Handle):
    """A figure as a source stated it, with its qualifier."""

    _free = "reported_free"

    def _text(self, getter) -> str:
        text = c_char_p()
        self._native.check(getter(byref(text), self.ptr()))
        return decode(text.value)

    @property
    def kind(self) -> str:
        return self._text(self._native.reported_kind)

    @property
    def qualifier(self) -> str:
        value = c_int()
        self._native.check(self._native.reported_qualifier(byref(value), self.ptr()))
        return decode(self._native.qualifier_name(value.value))

    @property
    def value(self) -> Decimal:
        """The stated value (for money, the amount)."""
        return Decimal(self._text(self._native.reported_value))

    @property
    def count(self) -> int:
        """The stated value of a count figure; a money figure raises InvalidArgumentError."""
        value = c_int64()
        self._native.check(self._native.reported_count(byref(value), self.ptr()))
        return value.value

    def money(self) -> Money:
        out = c_void_p()
        self._native.check(self._native.reported_money(byref(out), self.ptr()))
        return Money(self._native, out)

    def equivalent(self) -> "Reported":
        """The equivalent printed beside a money figure; none: NotFoundError."""
        out = c_void_p()
        self._native.check(self._native.reported_equivalent(byref(out), self.ptr()))
        return Reported(self._native, out)

    @property
    def wording(self) -> str:
        """The source's own words for a figure read from a dataset ("" when not given)."""
        return self._text(self._native.reported_wording)

    @property
    def source(self) -> str:
        """The id of the source that states it ("" when not given)."""
        return self._text(self._native.reported_source)

    @property
    def date(self) -> str:
        """For a report: the date it speaks for, when it is not its source's date; else ""."""
        return self._text(self._native.reported_date)

    def reports(self) -> list["Reported"]:
        """The other sources' reports of the same figure, each a figure with its wording, source
        and date (empty for a figure with one source)."""
        count = c_size_t()
        self._native.check(self._native.reported_report_count(byref(count), self.ptr()))
        found = []
        for index in range(count.value):
            out = c_void_p()
            self._native.check(self._native.reported_report(byref(out), self.ptr(), index))
            found.append(Reported(self._native, out))
        return found

    def bounds(self, policy: QualifierPolicy | None = None) -> Interval:
        out = c_void_p()
        self._native.check(self._native.reported_bounds(byref(out), self.ptr(), policy_pointer(policy)))
        return Interval(self._native, out)

    def assess(self, exact: str | int | Money, policy: QualifierPolicy | None = None) -> Assessment:
        """Is an exact value (a whole number, an amount phrase, or Money) compatible with the figure?"""
        verdict, reasoning = c_int(), c_void_p()
        if isinstance(exact, Money):
            status = self._native.reported_assess_money(byref(verdict), byref(reasoning), self.ptr(),
                                                        exact.ptr(), policy_pointer(policy))
        else:
            status = self._native.reported_assess(byref(verdict), byref(reasoning), self.ptr(),
                                                  encode(str(exact)), policy_pointer(policy))
        self._native.check(status)
        return Assessment(VERDICTS[verdict.value], self._native.take_string(reasoning))

    def __str__(self) -> str:
        out = c_void_p()
        self._native.check(self._native.reported_to_string(byref(out), self.ptr()))
        return self._native.take_string(out)
