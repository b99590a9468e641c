"""pairaid from Python: a ctypes binding of the C API (libpairaid_c.so), standard library only.

    import pairaid
    lib = pairaid.Library()        # found: $PAIRAID_LIB, loader, install prefix, build tree
    with lib.open_dataset(lib.data_dir() / "examples" / "xizang.json") as dataset:
        with dataset.reconcile() as checks:
            print(checks.tally())

Every failed call raises a PairaidError subclass carrying the library's message; every handle
is freed by close(), by leaving a `with` block, or when the object is collected. docs/python.md.
"""

__version__ = "0.1.0"  # pyproject.toml reads it from here; a test checks it is the C library's

from .dataset import Batch, Check, Dataset, Diagnostic, Indicator, Reconciliation
from .errors import (ClosedHandleError, CurrencyMismatchError, InexactError, InvalidArgumentError,
                     InvalidDataError, IOError_, LibraryNotFoundError, MissingRateError, MixedTypesError,
                     NotFoundError, OutOfMemoryError, OverflowError_, PairaidError, ParseError, UnknownCurrencyError)
from .library import FiveYearPlan, Library
from .money import Conversion, FxTable, Leg, Money
from .query import Amount, Ledger, Missing, Query, RatePair, Rates, Result
from .reported import Assessment, Bound, Interval, QualifierPolicy, Reported
from .store import ImportReport, Store

__all__ = [
    "Amount", "Assessment", "Batch", "Bound", "Check", "ClosedHandleError", "Conversion",
    "CurrencyMismatchError", "Dataset", "Diagnostic", "FiveYearPlan", "FxTable", "Indicator",
    "InexactError", "Interval", "InvalidArgumentError", "InvalidDataError", "IOError_", "Leg",
    "Ledger", "Library", "LibraryNotFoundError", "Missing", "MissingRateError", "MixedTypesError", "Money",
    "NotFoundError", "OutOfMemoryError", "OverflowError_", "PairaidError", "ParseError", "QualifierPolicy", "Query",
    "RatePair", "Rates",
    "Reconciliation", "Reported", "Result", "UnknownCurrencyError", "ImportReport", "Store",
]
