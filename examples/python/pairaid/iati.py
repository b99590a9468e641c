"""IATI activity files: exact transaction totals and validation. Needs a library with the IATI
C API."""

from __future__ import annotations

import os
from ctypes import byref, c_char_p, c_void_p

from ._native import encode
from .dataset import Diagnostic, read_diagnostics
from .money import rounding_mode
from .query import Result


def totals(native, files, by: str = "", hierarchy: str | None = None, convert_to: str | None = None,
           rates=None, mode: str = "half_even", digits: int = -1) -> Result:
    paths = [encode(os.fspath(path)) for path in files]
    array = (c_char_p * len(paths))(*paths)
    out = c_void_p()
    native.check(native.require("pairaid_iati_totals")(
        byref(out), array, len(paths), encode(by), encode(hierarchy), encode(convert_to),
        None if rates is None else rates.ptr(), rounding_mode(mode), digits))
    return Result(native, out)


def totals_of_bytes(native, data: bytes, name: str = "<buffer>", by: str = "", hierarchy: str | None = None,
                    convert_to: str | None = None, rates=None, mode: str = "half_even", digits: int = -1) -> Result:
    out = c_void_p()
    native.check(native.require("pairaid_iati_totals_buffer")(
        byref(out), data, len(data), encode(name), encode(by), encode(hierarchy), encode(convert_to),
        None if rates is None else rates.ptr(), rounding_mode(mode), digits))
    return Result(native, out)


def validate_file(native, path, as_of: str, schema_dir: str | None = None) -> list[Diagnostic]:
    out = c_void_p()
    native.check(native.require("pairaid_iati_validate_file")(
        byref(out), encode(os.fspath(path)), encode(as_of), encode(schema_dir)))
    return read_diagnostics(native, out)
