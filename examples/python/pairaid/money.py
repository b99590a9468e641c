"""Money, exchange-rate tables and conversions. Amounts cross the boundary as decimal text and
come back as decimal.Decimal: no float on any money path."""

from __future__ import annotations

from ctypes import byref, c_char_p, c_int, c_size_t, c_void_p
from decimal import Decimal
from typing import NamedTuple

from ._native import decode, encode
from .handle import Handle

ROUNDING_MODES = {
    "half_even": 0, "half_up": 1, "half_down": 2, "toward_zero": 3,
    "away_from_zero": 4, "floor": 5, "ceiling": 6, "unnecessary": 7,
}
FORMAT_GROUPING = 0x1
FORMAT_WITH_CODE = 0x2
PARSE_ALLOW_GROUPING = 0x1


def rounding_mode(name: str) -> int:
    """The C enum value of a rounding mode named as pairaid names it ("half_even")."""
    try:
        return ROUNDING_MODES[name]
    except KeyError:
        raise ValueError(f"unknown rounding mode {name!r}; one of {', '.join(ROUNDING_MODES)}") from None


class Money(Handle):
    """An exact amount in one currency (immutable; arithmetic returns new Money)."""

    _free = "money_free"

    @classmethod
    def _new(cls, native, fill) -> "Money":
        out = c_void_p()
        native.check(fill(byref(out)))
        return cls(native, out)

    @property
    def amount(self) -> Decimal:
        text = c_char_p()
        self._native.check(self._native.money_amount(byref(text), self.ptr()))
        return Decimal(decode(text.value))

    @property
    def currency(self) -> str:
        text = c_char_p()
        self._native.check(self._native.money_currency(byref(text), self.ptr()))
        return decode(text.value)

    def format(self, grouping: bool = False, with_code: bool = False) -> str:
        out = c_void_p()
        flags = (FORMAT_GROUPING if grouping else 0) | (FORMAT_WITH_CODE if with_code else 0)
        self._native.check(self._native.money_format(byref(out), self.ptr(), flags))
        return self._native.take_string(out)

    def __add__(self, other: "Money") -> "Money":
        return Money._new(self._native, lambda out: self._native.money_add(out, self.ptr(), other.ptr()))

    def __sub__(self, other: "Money") -> "Money":
        return Money._new(self._native, lambda out: self._native.money_subtract(out, self.ptr(), other.ptr()))

    def compare(self, other: "Money") -> int:
        """-1, 0 or 1; different currencies raise CurrencyMismatchError (never "unequal")."""
        result = c_int()
        self._native.check(self._native.money_compare(byref(result), self.ptr(), other.ptr()))
        return result.value

    def round(self, digits: int, mode: str = "half_even") -> "Money":
        return Money._new(self._native, lambda out: self._native.money_round_digits(
            out, self.ptr(), digits, rounding_mode(mode)))

    def clone(self) -> "Money":
        return Money._new(self._native, lambda out: self._native.money_clone(out, self.ptr()))

    def __repr__(self) -> str:
        return f"Money({str(self.amount)!r}, {self.currency!r})" if not self.closed else "Money(<closed>)"


class Leg(NamedTuple):
    """One step of a conversion, copied out of the conversion (so it outlives it)."""

    source_currency: str
    target_currency: str
    base: str
    quote: str
    rate: Decimal
    date: str
    source: str
    inverted: bool


class Conversion(Handle):
    """The result of FxTable.convert: the rounded amount and every rate used."""

    _free = "fx_conversion_free"

    def amount(self) -> Money:
        """A copy of the converted amount (the conversion owns the original)."""
        borrowed = c_void_p()
        self._native.check(self._native.fx_conversion_amount(byref(borrowed), self.ptr()))
        return Money._new(self._native, lambda out: self._native.money_clone(out, borrowed))

    @property
    def value_date(self) -> str:
        text = c_char_p()
        self._native.check(self._native.fx_conversion_value_date(byref(text), self.ptr()))
        return decode(text.value)

    def legs(self) -> list[Leg]:
        native = self._native
        count = c_size_t()
        native.check(native.fx_conversion_leg_count(byref(count), self.ptr()))
        legs = []
        for index in range(count.value):
            leg = c_void_p()
            native.check(native.fx_conversion_leg(byref(leg), self.ptr(), index))

            def text(getter) -> str:
                out = c_char_p()
                native.check(getter(byref(out), leg))
                return decode(out.value)

            inverted = c_int()
            native.check(native.fx_leg_inverted(byref(inverted), leg))
            legs.append(Leg(text(native.fx_leg_from), text(native.fx_leg_to), text(native.fx_leg_base),
                            text(native.fx_leg_quote), Decimal(text(native.fx_leg_rate)),
                            text(native.fx_leg_date), text(native.fx_leg_source), bool(inverted.value)))
        return legs


class FxTable(Handle):
    """Dated exchange rates; a missing rate is MissingRateError, never 1:1 or 0."""

    _free = "fx_table_free"

    def add_rate(self, date: str, base: str, quote: str, rate: str | Decimal, source: str) -> None:
        self._native.check(self._native.fx_table_add_rate(
            self.ptr(), encode(date), encode(base), encode(quote), encode(str(rate)), encode(source)))

    def add_csv(self, text: str, name: str = "<csv>") -> None:
        self._native.check(self._native.fx_table_add_csv(self.ptr(), encode(text), encode(name)))

    def load_csv(self, path: str) -> None:
        self._native.check(self._native.fx_table_load_csv(self.ptr(), encode(str(path))))

    def __len__(self) -> int:
        size = c_size_t()
        self._native.check(self._native.fx_table_size(byref(size), self.ptr()))
        return size.value

    def convert(self, money: Money, target: str, value_date: str, mode: str = "half_even",
                digits: int = -1) -> Conversion:
        """Converts at the rate in force on value_date, rounded once (digits -1: the target's
        minor unit)."""
        out = c_void_p()
        self._native.check(self._native.fx_table_convert(
            byref(out), self.ptr(), money.ptr(), encode(target), encode(value_date),
            rounding_mode(mode), digits))
        return Conversion(self._native, out)
