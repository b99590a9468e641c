"""Finding libpairaid_c.so when Library() is given no path (docs/python.md, "Finding the library").

In order: $PAIRAID_LIB; the dynamic loader (libpairaid_c.so.0 by its soname); the lib/ of the prefix
this package is installed in (then of the interpreter's sys.prefix); the build tree of the source
checkout the package comes from. The first library that loads and has every function the module
declares wins; when none does, LibraryNotFoundError names each place looked at, in order.
$PAIRAID_LIB, like the C library's $PAIRAID_DATA_DIR, is an override: when set it is the only place.
"""

from __future__ import annotations

import ctypes
import importlib.metadata
import json
import os
import sys
import sysconfig
from pathlib import Path
from typing import Iterable, NamedTuple
from urllib.parse import unquote, urlparse

from .errors import LibraryNotFoundError

LIBRARY_ENV = "PAIRAID_LIB"
SONAME = "libpairaid_c.so.0"
DISTRIBUTION = "pairaid"

# How a library was found (Library.found_by).
GIVEN = "the path given"
ENVIRONMENT = "$" + LIBRARY_ENV
LOADER = "the dynamic loader"
PREFIX = "the install prefix"
BUILD_TREE = "the build tree"


class Attempt(NamedTuple):
    where: str    # one of the steps above
    target: str   # the file or name tried ("" when the step had nothing to try)
    outcome: str  # why it did not give a usable library


class Found(NamedTuple):
    dll: ctypes.CDLL
    path: str      # the file loaded
    found_by: str  # one of the steps above


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def source_checkout_of_module() -> Path | None:
    """The repository root when the module is imported straight from examples/python of a checkout
    (pyproject.toml beside the package, as it never is in site-packages)."""
    here = package_dir()
    return here.parents[2] if (here.parent / "pyproject.toml").is_file() else None


def own_distribution() -> importlib.metadata.Distribution | None:
    """The installed distribution this very package belongs to: the pairaid .dist-info in the same
    site directory (another pairaid elsewhere on sys.path is not it)."""
    if source_checkout_of_module() is not None:
        return None  # a checkout may hold a stale pairaid.egg-info from an in-tree pip build
    for dist in importlib.metadata.distributions(path=[str(package_dir().parent)]):
        if (dist.metadata["Name"] or "").lower() == DISTRIBUTION:
            return dist
    return None


def install_prefixes() -> list[Path]:
    """The prefix the package is installed in (PREFIX/lib/pythonX.Y/site-packages/pairaid, or
    Debian's PREFIX/lib/python3/dist-packages/pairaid), then the interpreter's sys.prefix; for a
    venv both are the venv."""
    prefixes = []
    site = package_dir().parent
    if site.name in ("site-packages", "dist-packages") and site.parent.name.startswith("python"):
        prefixes.append(site.parent.parent.parent)
    prefixes.append(Path(sys.prefix).resolve())
    return list(dict.fromkeys(prefixes))


def library_dirs(prefix: Path) -> list[Path]:
    """Where CMake's GNUInstallDirs puts a library under `prefix`: lib/, or on Debian with prefix
    /usr lib/<multiarch>/; lib64/ on other distributions (when it is not lib/ itself, as in a venv)."""
    dirs = [prefix / "lib"]
    multiarch = sysconfig.get_config_var("MULTIARCH")
    if multiarch:
        dirs.append(prefix / "lib" / multiarch)
    lib64 = prefix / "lib64"
    if lib64.is_dir() and not ((prefix / "lib").is_dir() and lib64.samefile(prefix / "lib")):
        dirs.append(lib64)
    return dirs


def installed_from() -> Path | None:
    """The source directory pip installed this package from (PEP 610 direct_url.json, recorded for
    a local directory; absent for an install from a wheel or an index)."""
    dist = own_distribution()
    text = dist.read_text("direct_url.json") if dist is not None else None
    if not text:
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return None
    url = urlparse(record.get("url", ""))
    if url.scheme != "file" or "dir_info" not in record:
        return None
    return Path(unquote(url.path))


def source_checkouts() -> list[Path]:
    """Repository roots the package comes from: the checkout it is imported from, or the one whose
    examples/python pip installed it from."""
    roots = []
    if (root := source_checkout_of_module()) is not None:
        roots.append(root)
    if (source := installed_from()) is not None:
        roots.append(source.parent.parent)  # <root>/examples/python
    return list(dict.fromkeys(roots))


def build_tree_library(root: Path) -> Path:
    """README's build directory: <root>/build, where CMake puts the C library in capi/."""
    return root / "build" / "capi" / SONAME


def loaded_file(dll: ctypes.CDLL, symbol: str) -> str | None:
    """The file the dynamic loader chose for `dll`, asked of dladdr about one of its functions."""

    class DlInfo(ctypes.Structure):
        _fields_ = [("dli_fname", ctypes.c_char_p), ("dli_fbase", ctypes.c_void_p),
                    ("dli_sname", ctypes.c_char_p), ("dli_saddr", ctypes.c_void_p)]

    try:
        dladdr = ctypes.CDLL(None).dladdr
    except AttributeError:
        return None
    dladdr.argtypes = [ctypes.c_void_p, ctypes.POINTER(DlInfo)]
    dladdr.restype = ctypes.c_int
    info = DlInfo()
    if not dladdr(ctypes.cast(getattr(dll, symbol), ctypes.c_void_p), ctypes.byref(info)) or not info.dli_fname:
        return None
    return os.fsdecode(info.dli_fname)


def try_load(name: str, required: Iterable[str]) -> tuple[ctypes.CDLL | None, str]:
    """(the library, "") when `name` loads and has every required function, else (None, why)."""
    try:
        dll = ctypes.CDLL(name)
    except OSError as error:
        why = str(error)  # dlerror(): "NAME: cannot open shared object file: ..."
        return None, why[len(name) + 2:] if why.startswith(name + ": ") else why
    missing = [function for function in required if not hasattr(dll, function)]
    if missing:
        more = " ..." if len(missing) > 3 else ""
        return None, f"loads, but lacks {', '.join(missing[:3])}{more} (not pairaid, or older than this module)"
    return dll, ""


def try_file(where: str, path: Path, required, attempts: list[Attempt]) -> Found | None:
    if not path.exists():
        attempts.append(Attempt(where, str(path), "no such file"))
        return None
    dll, why = try_load(str(path), required)
    if dll is None:
        attempts.append(Attempt(where, str(path), why))
        return None
    return Found(dll, str(path), where)


def not_found(attempts: list[Attempt], headline: str) -> LibraryNotFoundError:
    lines = [headline]
    for number, attempt in enumerate(attempts, 1):
        target = f" {attempt.target}" if attempt.target else ""
        lines.append(f"  {number}. {attempt.where}{target}: {attempt.outcome}")
    lines.append("Pass Library(path), set PAIRAID_LIB, or install the library into this environment's prefix "
                 "(cmake --install build --prefix PREFIX); docs/python.md")
    return LibraryNotFoundError("\n".join(lines), attempts=attempts)


def find(path: str | os.PathLike | None, required: Iterable[str]) -> Found:
    """The library at `path`, or found as the module docstring says."""
    required = list(required)
    attempts: list[Attempt] = []
    if path is not None:
        path = os.fspath(path)
        if os.sep not in path:  # a bare name ("libpairaid_c.so.0"): the dynamic loader's search, as ctypes does
            dll, why = try_load(path, required)
            if dll is not None:
                return Found(dll, loaded_file(dll, required[0]) or path, GIVEN)
            attempts.append(Attempt(GIVEN, path, why))
        elif (found := try_file(GIVEN, Path(path), required, attempts)) is not None:
            return found
        raise not_found(attempts, f"pairaid's shared library could not be loaded from {path}:")

    forced = os.environ.get(LIBRARY_ENV, "")
    if forced:
        if (found := try_file(ENVIRONMENT, Path(forced), required, attempts)) is not None:
            return found
        raise not_found(attempts, f"pairaid's shared library could not be loaded from ${LIBRARY_ENV} "
                                  "(set, so nothing else was tried):")
    attempts.append(Attempt(ENVIRONMENT, "", "not set"))

    dll, why = try_load(SONAME, required)
    if dll is not None:
        return Found(dll, loaded_file(dll, required[0]) or SONAME, LOADER)
    attempts.append(Attempt(LOADER, SONAME, why))

    for prefix in install_prefixes():
        for directory in library_dirs(prefix):
            if (found := try_file(PREFIX, directory / SONAME, required, attempts)) is not None:
                return found

    roots = source_checkouts()
    for root in roots:
        if (found := try_file(BUILD_TREE, build_tree_library(root), required, attempts)) is not None:
            return found
    if not roots:
        attempts.append(Attempt(BUILD_TREE, "", "none known (the package was neither imported from a source "
                                                "checkout nor installed from one)"))

    raise not_found(attempts, f"pairaid's shared library ({SONAME}) was not found; looked, in order, at:")
