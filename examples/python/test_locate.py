#!/usr/bin/env python3
"""Tests of how pairaid.Library() finds libpairaid_c.so with no path (unittest, standard library only).

    PAIRAID_LIB=build/capi/libpairaid_c.so.0 python3 examples/python/test_locate.py

PAIRAID_LIB names the library under test (as ctest sets it). Each search runs in a child python3
with PAIRAID_LIB and LD_LIBRARY_PATH removed, over a copy of the package laid out as an install
would be (PREFIX/lib/pythonX.Y/site-packages/pairaid beside a pairaid-*.dist-info whose
direct_url.json names a source checkout), so every place looked at is one the test controls.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pairaid  # noqa: E402
from pairaid import _locate  # noqa: E402

REPO = HERE.parent.parent
SONAME = "libpairaid_c.so.0"
PYTHON_DIR = f"python{sys.version_info.major}.{sys.version_info.minor}"

# Run in the child: the search's outcome as JSON on stdout.
PROBE = """
import json, pairaid
try:
    lib = pairaid.Library()
    print(json.dumps({"path": lib.path, "found_by": lib.found_by}))
except pairaid.LibraryNotFoundError as error:
    print(json.dumps({"message": str(error), "attempts": [list(a) for a in error.attempts],
                      "oserror": isinstance(error, FileNotFoundError)}))
"""


def probe(pythonpath: Path, cwd: Path | None = None, **env: str) -> dict:
    """The search's outcome in a child python3 importing pairaid from `pythonpath`."""
    run = subprocess.run([sys.executable, "-c", PROBE], env=clean_environment(PYTHONPATH=str(pythonpath), **env),
                         cwd=cwd or tempfile.gettempdir(), capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise AssertionError(f"probe failed:\n{run.stderr}")
    return json.loads(run.stdout)


def the_library() -> str:
    return os.environ.get("PAIRAID_LIB") or pairaid.Library().path


def clean_environment(**extra: str) -> dict:
    """The environment without anything that would point the search at a library. Under the ASan
    build's preloaded runtime, leak checks are off in the child: python3's own leaks would make
    its exit status fail, and the child only searches."""
    env = {k: v for k, v in os.environ.items() if k not in ("PAIRAID_LIB", "LD_LIBRARY_PATH", "PYTHONPATH")}
    if "LD_PRELOAD" in env:
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":detect_leaks=0"
    env.update(extra)
    return env


def loader_finds_the_soname() -> bool:
    """Whether libpairaid_c.so.0 is on this machine's loader path (an install in /usr/local, say):
    then the loader step wins and the later places cannot be observed."""
    probe = subprocess.run([sys.executable, "-c", f"import ctypes; ctypes.CDLL({SONAME!r})"],
                           env=clean_environment(), capture_output=True, check=False)
    return probe.returncode == 0


class FakeInstall:
    """A prefix with the package installed in it from a (fake) source checkout, in a temp dir."""

    def __init__(self, root: Path):
        self.prefix = root / "prefix"
        self.site = self.prefix / "lib" / PYTHON_DIR / "site-packages"
        self.checkout = root / "checkout"
        shutil.copytree(HERE / "pairaid", self.site / "pairaid", ignore=shutil.ignore_patterns("__pycache__"))
        info = self.site / f"pairaid-{pairaid.__version__}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: pairaid\nVersion: {pairaid.__version__}\n")
        source = self.checkout / "examples" / "python"
        source.mkdir(parents=True)
        (info / "direct_url.json").write_text(json.dumps({"url": source.as_uri(), "dir_info": {}}))

    def search(self) -> dict:
        return probe(self.site, cwd=self.prefix)


class SearchOrder(unittest.TestCase):
    def setUp(self):
        if loader_finds_the_soname():
            self.skipTest(f"{SONAME} is on this machine's loader path: the later places are never reached")
        self.temp = tempfile.TemporaryDirectory(prefix="pairaid-locate-")
        self.install = FakeInstall(Path(self.temp.name))

    def tearDown(self):
        self.temp.cleanup()

    def expected_places(self) -> list[tuple[str, str]]:
        multiarch = sysconfig.get_config_var("MULTIARCH")
        places = [("$PAIRAID_LIB", ""), ("the dynamic loader", SONAME)]
        for prefix in dict.fromkeys([self.install.prefix, Path(sys.prefix).resolve()]):
            places.append(("the install prefix", str(prefix / "lib" / SONAME)))
            if multiarch:
                places.append(("the install prefix", str(prefix / "lib" / multiarch / SONAME)))
            lib64 = prefix / "lib64"
            if lib64.is_dir() and not ((prefix / "lib").is_dir() and lib64.samefile(prefix / "lib")):
                places.append(("the install prefix", str(lib64 / SONAME)))
        places.append(("the build tree", str(self.install.checkout / "build" / "capi" / SONAME)))
        return places

    def test_every_place_empty_names_each_in_order(self):
        outcome = self.install.search()
        self.assertIn("attempts", outcome, f"a library was found: {outcome}")
        self.assertTrue(outcome["oserror"], "LibraryNotFoundError is a FileNotFoundError")
        self.assertEqual([(where, target) for where, target, _ in outcome["attempts"]], self.expected_places())
        message = outcome["message"].splitlines()
        self.assertIn("was not found; looked, in order, at:", message[0])
        self.assertEqual(message[1], "  1. $PAIRAID_LIB: not set")
        self.assertTrue(message[2].startswith(f"  2. the dynamic loader {SONAME}: cannot open shared object file"),
                        message[2])
        for number, (where, target) in enumerate(self.expected_places()[2:], 3):
            self.assertEqual(message[number], f"  {number}. {where} {target}: no such file")
        self.assertIn("set PAIRAID_LIB", message[-1])

    def test_the_prefix_comes_before_the_build_tree(self):
        for directory in (self.install.prefix / "lib", self.install.checkout / "build" / "capi"):
            directory.mkdir(parents=True, exist_ok=True)
            (directory / SONAME).symlink_to(the_library())
        outcome = self.install.search()
        self.assertEqual(outcome, {"path": str(self.install.prefix / "lib" / SONAME), "found_by": "the install prefix"})

    def test_an_unusable_library_is_passed_over(self):
        # Something named libpairaid_c.so.0 that loads but is not pairaid (libm): noted, then the next place.
        (self.install.prefix / "lib").mkdir(parents=True, exist_ok=True)
        (self.install.prefix / "lib" / SONAME).symlink_to(_libm_path())
        capi = self.install.checkout / "build" / "capi"
        capi.mkdir(parents=True)
        (capi / SONAME).symlink_to(the_library())
        outcome = self.install.search()
        self.assertEqual(outcome, {"path": str(capi / SONAME), "found_by": "the build tree"})
        (capi / SONAME).unlink()
        outcome = self.install.search()
        (lacking,) = [a for a in outcome["attempts"] if a[1] == str(self.install.prefix / "lib" / SONAME)]
        self.assertIn("loads, but lacks pairaid_", lacking[2])


def _libm_path() -> str:
    """The file of libm this process has loaded (any real shared library without pairaid_*)."""
    return _locate.loaded_file(ctypes.CDLL("libm.so.6"), "cos")


class Overrides(unittest.TestCase):
    def test_pairaid_lib_is_used(self):
        self.assertEqual(probe(HERE, PAIRAID_LIB=the_library()), {"path": the_library(), "found_by": "$PAIRAID_LIB"})

    def test_a_wrong_pairaid_lib_is_the_only_place_tried(self):
        # Even with a usable library in the build tree and on PYTHONPATH's checkout: an override is not a hint.
        wrong = "/nonexistent/libpairaid_c.so.0"
        outcome = probe(HERE, PAIRAID_LIB=wrong)
        self.assertEqual(outcome["attempts"], [["$PAIRAID_LIB", wrong, "no such file"]])
        self.assertIn("set, so nothing else was tried", outcome["message"])

    def test_a_checkout_finds_its_build_tree(self):
        # The module imported straight from this checkout, nothing set: README's build/ is the place.
        expected = REPO / "build" / "capi" / SONAME
        outcome = probe(HERE)
        if loader_finds_the_soname():
            self.assertEqual(outcome["found_by"], "the dynamic loader")
        elif expected.exists():
            self.assertEqual(outcome, {"path": str(expected), "found_by": "the build tree"})
        else:
            self.assertEqual(outcome["attempts"][-1], ["the build tree", str(expected), "no such file"])


if __name__ == "__main__":
    unittest.main()
