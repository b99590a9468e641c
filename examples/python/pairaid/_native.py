"""The shared library, given or found (_locate.py), with a prototype for every function used.

Every handle is a c_void_p; outputs the C API fills are passed by reference. Strings the caller
must free (`char **` outputs) are declared as `void **` so ctypes hands back the pointer itself
rather than a copy, which take_string() copies and then releases with pairaid_string_free.
"""

from __future__ import annotations

import ctypes
import os
from ctypes import POINTER, c_char_p, c_int, c_int64, c_size_t, c_uint, c_uint64, c_void_p

from . import _locate
from .errors import error_for

H = c_void_p            # any handle
PH = POINTER(c_void_p)  # handle output, or a caller-frees string output
S = c_char_p            # NUL-terminated UTF-8 input, or a static / owned string return
PS = POINTER(c_char_p)  # string output owned by a handle, or static
I = c_int
PI = POINTER(c_int)
SZ = c_size_t
PSZ = POINTER(c_size_t)
I64 = c_int64
PI64 = POINTER(c_int64)

# name: (restype, argtypes). Only what the Python module calls; each one checked against pairaid.h.
_PROTOTYPES = {
    # errors, versions, strings
    "pairaid_last_error": (S, []),
    "pairaid_last_status": (I, []),
    "pairaid_status_name": (S, [I]),
    "pairaid_version": (None, [PI, PI, PI]),
    "pairaid_version_string": (S, []),
    "pairaid_string_free": (None, [H]),
    "pairaid_data_dir": (I, [PH]),
    # money
    "pairaid_money_parse": (I, [PH, S, S, c_uint]),
    "pairaid_money_parse_phrase": (I, [PH, S]),
    "pairaid_money_clone": (I, [PH, H]),
    "pairaid_money_add": (I, [PH, H, H]),
    "pairaid_money_subtract": (I, [PH, H, H]),
    "pairaid_money_compare": (I, [PI, H, H]),
    "pairaid_money_round_digits": (I, [PH, H, I, I]),
    "pairaid_money_format": (I, [PH, H, c_uint]),
    "pairaid_money_amount": (I, [PS, H]),
    "pairaid_money_currency": (I, [PS, H]),
    "pairaid_money_free": (None, [H]),
    # exchange rates
    "pairaid_fx_table_new": (I, [PH, S]),
    "pairaid_fx_table_add_rate": (I, [H, S, S, S, S, S]),
    "pairaid_fx_table_add_csv": (I, [H, S, S]),
    "pairaid_fx_table_load_csv": (I, [H, S]),
    "pairaid_fx_table_size": (I, [PSZ, H]),
    "pairaid_fx_table_convert": (I, [PH, H, H, S, S, I, I]),
    "pairaid_fx_table_free": (None, [H]),
    "pairaid_fx_conversion_amount": (I, [PH, H]),
    "pairaid_fx_conversion_value_date": (I, [PS, H]),
    "pairaid_fx_conversion_leg_count": (I, [PSZ, H]),
    "pairaid_fx_conversion_leg": (I, [PH, H, SZ]),
    "pairaid_fx_conversion_free": (None, [H]),
    "pairaid_fx_leg_from": (I, [PS, H]),
    "pairaid_fx_leg_to": (I, [PS, H]),
    "pairaid_fx_leg_rate": (I, [PS, H]),
    "pairaid_fx_leg_base": (I, [PS, H]),
    "pairaid_fx_leg_quote": (I, [PS, H]),
    "pairaid_fx_leg_date": (I, [PS, H]),
    "pairaid_fx_leg_source": (I, [PS, H]),
    "pairaid_fx_leg_inverted": (I, [PI, H]),
    # counts, calendar
    "pairaid_count_add": (I, [PI64, S, I64, I64]),
    "pairaid_five_year_plan_of": (I, [PI, PI, PI, S]),
    "pairaid_five_year_plan_name": (I, [PH, I]),
    # reported figures, intervals, policies
    "pairaid_qualifier_name": (S, [I]),
    "pairaid_verdict_name": (S, [I]),
    "pairaid_qualifier_policy_new": (I, [PH, I64, I64]),
    "pairaid_qualifier_policy_free": (None, [H]),
    "pairaid_reported_parse": (I, [PH, S, S]),
    "pairaid_reported_parse_money": (I, [PH, S]),
    "pairaid_reported_kind": (I, [PS, H]),
    "pairaid_reported_qualifier": (I, [PI, H]),
    "pairaid_reported_value": (I, [PS, H]),
    "pairaid_reported_count": (I, [PI64, H]),
    "pairaid_reported_money": (I, [PH, H]),
    "pairaid_reported_equivalent": (I, [PH, H]),
    "pairaid_reported_to_string": (I, [PH, H]),
    "pairaid_reported_bounds": (I, [PH, H, H]),
    "pairaid_reported_assess": (I, [PI, PH, H, S, H]),
    "pairaid_reported_assess_money": (I, [PI, PH, H, H, H]),
    "pairaid_reported_wording": (I, [PS, H]),
    "pairaid_reported_source": (I, [PS, H]),
    "pairaid_reported_date": (I, [PS, H]),
    "pairaid_reported_report_count": (I, [PSZ, H]),
    "pairaid_reported_report": (I, [PH, H, SZ]),
    "pairaid_reported_free": (None, [H]),
    "pairaid_interval_kind": (I, [PS, H]),
    "pairaid_interval_lower": (I, [PS, PI, H]),
    "pairaid_interval_upper": (I, [PS, PI, H]),
    "pairaid_interval_to_string": (I, [PH, H]),
    "pairaid_interval_free": (None, [H]),
    # datasets
    "pairaid_dataset_open_file": (I, [PH, S, H]),
    "pairaid_dataset_open_buffer": (I, [PH, S, SZ, S, H]),
    "pairaid_dataset_open_files": (I, [PH, POINTER(c_char_p), SZ, H]),
    "pairaid_dataset_title": (I, [PS, H]),
    "pairaid_dataset_free": (None, [H]),
    "pairaid_dataset_check_file": (I, [PH, S, H]),
    "pairaid_diagnostics_count": (I, [PSZ, H]),
    "pairaid_diagnostics_entry": (I, [PS, PS, PS, PS, PSZ, PSZ, H, SZ]),
    "pairaid_diagnostics_free": (None, [H]),
    "pairaid_dataset_batch_count": (I, [PSZ, H]),
    "pairaid_dataset_batch": (I, [PH, H, SZ]),
    "pairaid_batch_id": (I, [PS, H]),
    "pairaid_batch_ordinal": (I, [PI, H]),
    "pairaid_batch_headcount": (I, [PH, H]),
    "pairaid_dataset_find_indicator": (I, [PH, H, S]),
    "pairaid_indicator_id": (I, [PS, H]),
    "pairaid_indicator_kind": (I, [PS, H]),
    "pairaid_indicator_observation_count": (I, [PSZ, H]),
    "pairaid_indicator_observation_actual": (I, [PH, H, SZ]),
    "pairaid_indicator_observation_period": (I, [PS, PS, H, SZ]),
    # reconciliation
    "pairaid_dataset_reconcile": (I, [PH, H, H, H]),
    "pairaid_reconciliation_count": (I, [PSZ, H]),
    "pairaid_reconciliation_overall": (I, [PI, H]),
    "pairaid_reconciliation_check": (I, [PS, PS, PI, PS, H, SZ]),
    "pairaid_reconciliation_unacknowledged": (I, [PSZ, H]),
    "pairaid_reconciliation_check_acknowledged": (I, [PS, H, SZ]),
    "pairaid_reconciliation_check_source_count": (I, [PSZ, H, SZ]),
    "pairaid_reconciliation_check_source": (I, [PS, H, SZ, SZ]),
    "pairaid_reconciliation_free": (None, [H]),
    # ledgers, queries, results
    "pairaid_ledger_load_csv": (I, [PH, S]),
    "pairaid_ledger_parse_csv": (I, [PH, S, SZ, S]),
    "pairaid_ledger_from_dataset": (I, [PH, H]),
    "pairaid_ledger_size": (I, [PSZ, H]),
    "pairaid_ledger_free": (None, [H]),
    "pairaid_query_new": (I, [PH]),
    "pairaid_query_group_by": (I, [H, S]),
    "pairaid_query_where_period": (I, [H, S, S]),
    "pairaid_query_where_donor": (I, [H, S]),
    "pairaid_query_where_type": (I, [H, S]),
    "pairaid_query_where_currency": (I, [H, S]),
    "pairaid_query_where_within": (I, [H, S]),
    "pairaid_query_convert": (I, [H, S, I, I]),
    "pairaid_query_distinct_projects": (I, [H, I]),
    "pairaid_query_all_types": (I, [H, I]),
    "pairaid_query_names": (I, [H, I]),
    "pairaid_query_where": (I, [H, S]),
    "pairaid_query_hierarchy": (I, [H, S]),
    "pairaid_query_strict": (I, [H, I]),
    "pairaid_query_store_part": (I, [H, S]),
    "pairaid_query_free": (None, [H]),
    "pairaid_query_run": (I, [PH, H, H, H, H]),
    "pairaid_query_run_sources": (I, [PH, H, POINTER(c_char_p), SZ, H]),
    "pairaid_result_row_count": (I, [PSZ, H]),
    "pairaid_result_column_count": (I, [PSZ, H]),
    "pairaid_result_column_name": (I, [PS, H, SZ]),
    "pairaid_result_cell_type": (I, [PI, H, SZ, SZ]),
    "pairaid_result_text": (I, [PS, H, SZ, SZ]),
    "pairaid_result_count": (I, [PI64, H, SZ, SZ]),
    "pairaid_result_money": (I, [PS, PS, H, SZ, SZ]),
    "pairaid_result_missing": (I, [PS, H, SZ]),
    "pairaid_result_write": (I, [PH, H, S]),
    "pairaid_result_note_count": (I, [PSZ, H]),
    "pairaid_result_note": (I, [PS, H, SZ]),
    "pairaid_result_rates": (I, [PS, PSZ, H]),
    "pairaid_result_rate_pair": (I, [PS, PS, PS, PS, PSZ, H, SZ]),
    "pairaid_result_free": (None, [H]),
}

# Functions declared only when the loaded library has them: the store and IATI parts of the C API
# (issue 6) are newer than the rest, and a Library over an older libpairaid_c.so still loads.
U64 = POINTER(c_uint64)
_OPTIONAL_PROTOTYPES = {
    "pairaid_store_open": (I, [PH, S]),
    "pairaid_store_free": (None, [H]),
    "pairaid_store_import_file": (I, [PH, H, S]),
    "pairaid_store_import_dataset": (I, [PH, H, H, S]),
    "pairaid_store_dataset": (I, [PH, H]),
    "pairaid_store_ledger": (I, [PH, H]),
    "pairaid_store_integrity_check": (I, [PH, H]),
    "pairaid_import_report_source": (I, [PS, H]),
    "pairaid_import_report_kind": (I, [PS, H]),
    "pairaid_import_report_added": (I, [U64, H]),
    "pairaid_import_report_updated": (I, [U64, H]),
    "pairaid_import_report_unchanged": (I, [U64, H]),
    "pairaid_import_report_skipped": (I, [U64, H]),
    "pairaid_import_report_message_count": (I, [PSZ, H]),
    "pairaid_import_report_message": (I, [PS, H, SZ]),
    "pairaid_import_report_free": (None, [H]),
    "pairaid_iati_totals": (I, [PH, POINTER(c_char_p), SZ, S, S, S, H, I, I]),
    "pairaid_iati_totals_buffer": (I, [PH, S, SZ, S, S, S, S, H, I, I]),
    "pairaid_iati_validate_file": (I, [PH, S, S, S]),
    "pairaid_iati_validate_buffer": (I, [PH, S, SZ, S, S, S]),
}

def encode(text: str | None) -> bytes | None:
    """UTF-8 for a C string argument; None stays NULL."""
    return None if text is None else text.encode("utf-8")


def decode(raw: bytes | None) -> str | None:
    return None if raw is None else raw.decode("utf-8")


class Native:
    """The loaded library. Holds no state of its own besides the CDLL, its prototypes, and where
    it was found."""

    def __init__(self, path: str | os.PathLike | None = None):
        found = _locate.find(path, _PROTOTYPES)
        self.path = found.path
        self.found_by = found.found_by
        self.dll = found.dll
        for name, (restype, argtypes) in _PROTOTYPES.items():
            self._declare(name, restype, argtypes)
        self.optional = set()
        for name, (restype, argtypes) in _OPTIONAL_PROTOTYPES.items():
            if hasattr(self.dll, name):
                self._declare(name, restype, argtypes)
                self.optional.add(name)

    def _declare(self, name, restype, argtypes):
        function = getattr(self.dll, name)
        function.restype = restype
        function.argtypes = argtypes
        setattr(self, name[len("pairaid_"):], function)

    def has(self, name: str) -> bool:
        """Whether an optional function (full C name) is in the loaded library."""
        return name in self.optional

    def require(self, name: str):
        """The optional function `name`, or NotImplementedError naming it when the loaded library
        is older than it."""
        if name not in self.optional:
            raise NotImplementedError(f"{self.path} has no {name}: it predates the store and IATI C API")
        return getattr(self, name[len("pairaid_"):])

    def check(self, status: int) -> None:
        """Raises the exception for a non-OK status with the library's message for this thread."""
        if status != 0:
            message = decode(self.last_error()) or ""
            name = decode(self.status_name(status)) or ""
            raise error_for(status, message, name)

    def take_string(self, pointer: c_void_p) -> str:
        """Copies a caller-frees string and releases it with pairaid_string_free."""
        if not pointer.value:
            return ""
        try:
            return ctypes.string_at(pointer.value).decode("utf-8")
        finally:
            self.string_free(pointer)
