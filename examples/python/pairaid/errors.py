"""Exceptions: one class per pairaid_status, each carrying the library's own message.

The C API returns a negative status and leaves a one-line message in thread-local storage
(pairaid_last_error). The wrapper reads that message on the same thread right after the failed
call and raises the class registered for the status, so `except pairaid.ParseError` picks out a
malformed file and `str(error)` is exactly what the library said ("FILE:LINE:COL: ...").
"""

from __future__ import annotations


class PairaidError(Exception):
    """A pairaid call failed. `status` is the C status code, `status_name` its name."""

    status = -1

    def __init__(self, message: str, status: int | None = None, status_name: str = ""):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.status_name = status_name


class InvalidArgumentError(PairaidError):
    status = -2


class ParseError(PairaidError):
    status = -3


class OverflowError_(PairaidError):
    """PAIRAID_EOVERFLOW (named with a trailing underscore so the builtin is not shadowed)."""

    status = -4


class InexactError(PairaidError):
    status = -5


class UnknownCurrencyError(PairaidError):
    status = -6


class CurrencyMismatchError(PairaidError):
    status = -7


class MissingRateError(PairaidError):
    status = -8


class NotFoundError(PairaidError):
    status = -9


class IOError_(PairaidError):
    """PAIRAID_EIO (trailing underscore: the builtin IOError is OSError)."""

    status = -10


class InvalidDataError(PairaidError):
    status = -11


class OutOfMemoryError(PairaidError):
    status = -12


class MixedTypesError(PairaidError):
    """PAIRAID_EMIXED_TYPES: a total would add different transaction types (commitments to
    disbursements ...) and the query did not ask for that; the message lists the types found and
    how to choose (group by type, filter to one, or Query.all_types())."""

    status = -13


class LibraryNotFoundError(PairaidError, FileNotFoundError):
    """No usable libpairaid_c.so: the message names, in order, every place looked at and why each
    failed; `attempts` holds the same as (where, target, outcome) tuples. Also a FileNotFoundError,
    so `except OSError` (what ctypes raises for a bad path) catches it too."""

    def __init__(self, message: str, *, attempts=()):
        super().__init__(message)
        self.attempts = tuple(attempts)


class ClosedHandleError(ValueError):
    """A handle was used after close() (or after the object that owns it was closed)."""


_BY_STATUS = {cls.status: cls for cls in (
    InvalidArgumentError, ParseError, OverflowError_, InexactError, UnknownCurrencyError,
    CurrencyMismatchError, MissingRateError, NotFoundError, IOError_, InvalidDataError,
    OutOfMemoryError, MixedTypesError)}


def error_for(status: int, message: str, status_name: str) -> PairaidError:
    """The exception for `status`; an unknown negative status is a plain PairaidError (the C API
    says new codes may be added and are to be treated as PAIRAID_ERROR)."""
    cls = _BY_STATUS.get(status, PairaidError)
    return cls(message, status, status_name)
