#!/usr/bin/env python3
"""The Python package installed as a user installs it, into a fresh venv, then the seed report run
from there with no environment variable (ctest: python.venv_build_tree, python.venv_prefix).

    venv_test.py build-tree|prefix --source SRC --build BUILD [--work DIR]

build-tree: `pip install --no-build-isolation --no-index SRC/examples/python` (pip records the
    source directory in direct_url.json); the report must find BUILD/capi/libpairaid_c.so.0, which
    is where the package looks when BUILD is SRC/build (README's layout).
prefix: `cmake --install BUILD --prefix VENV`, then pip installs a copy of examples/python, so no
    build tree is known; the report must find the library in VENV/lib and the data in
    VENV/share/pairaid.
The venv goes in DIR (default BUILD/python-venv-MODE), emptied first and left for inspection.

Prints the report, then "venv_test: OK"; "venv_test: SKIP: why" when the place under test cannot
be observed on this machine. Run with Debian's python3 (its venv, pip, setuptools and wheel).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

SONAME = "libpairaid_c.so.0"

# Environment variables that would point pip, python or the library search somewhere else.
UNSET = ("PAIRAID_LIB", "PAIRAID_DATA_DIR", "PAIRAID_IATI_SCHEMAS", "LD_LIBRARY_PATH", "LD_PRELOAD",
         "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")

# The seed figures, as python.seed_report checks them (examples/python/CMakeLists.txt).
FIGURES = [
    r"allows \[10800 people, 11999 people\]",
    r"2,156 / 622 = 3\.47x",
    r"converted on 2023-01-01: 3,554,632,885\.65 USD",
    r"[0-9]+ checks: [0-9]+ consistent, [0-9]+ undetermined, 3 inconsistent \(3 of them acknowledged\)",
]

# What the installed package says about itself, run by the venv's python from outside any checkout.
PROBE = """
import importlib.metadata, json, pairaid
lib = pairaid.Library()
print(json.dumps({"module": pairaid.__file__, "version": pairaid.__version__,
                  "distribution": importlib.metadata.version("pairaid"), "library_version": lib.version_string,
                  "path": lib.path, "found_by": lib.found_by, "data_dir": str(lib.data_dir())}))
"""


class Skip(Exception):
    pass


def clean_environment() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in UNSET and not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    return env


def run(command: list, cwd: Path, quiet: bool = False) -> str:
    started = time.monotonic()
    done = subprocess.run([str(part) for part in command], cwd=cwd, env=clean_environment(),
                          capture_output=True, text=True, check=False)
    shown = " ".join("'<script>'" if "\n" in str(part) else str(part) for part in command)
    print(f"$ {shown}  ({time.monotonic() - started:.1f} s)", flush=True)
    if done.returncode != 0:
        sys.stdout.write(done.stdout + done.stderr)
        raise AssertionError(f"exit status {done.returncode}")
    if not quiet:
        sys.stdout.write(done.stdout)
    return done.stdout


def check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def loader_finds_the_soname(elsewhere: Path) -> bool:
    probe = subprocess.run([sys.executable, "-c", f"import ctypes; ctypes.CDLL({SONAME!r})"],
                           cwd=elsewhere, env=clean_environment(), capture_output=True, check=False)
    return probe.returncode == 0


def fresh_venv(venv: Path, with_pip: bool) -> None:
    """A venv seeing Debian's packages (setuptools, wheel). Without pip of its own, pip is Debian's
    from the system site-packages, run by the venv's python: the same pip 23.0.1 that ensurepip
    would copy in, without the ~10 s that copying takes."""
    run([sys.executable, "-m", "venv", "--system-site-packages", *([] if with_pip else ["--without-pip"]), venv],
        cwd=venv.parent)


def pip_install(venv: Path, source: Path) -> None:
    """docs/python.md's command, offline; `python -m pip` where the venv has no pip of its own."""
    pip = [venv / "bin" / "pip"] if (venv / "bin" / "pip").exists() else [venv / "bin" / "python", "-m", "pip"]
    run([*pip, "install", "--no-build-isolation", "--no-index", "--no-cache-dir", "--quiet", source], cwd=venv.parent)


def report(venv: Path, elsewhere: Path) -> dict:
    """Asks the installed package where it found things, then runs its seed report and checks the figures."""
    found = json.loads(run([venv / "bin" / "python", "-c", PROBE], cwd=elsewhere, quiet=True))
    print(f"installed package: {json.dumps(found, indent=1)}")
    check(Path(found["module"]).is_relative_to(venv), f"pairaid was imported from {found['module']}, not the venv")
    check(found["version"] == found["distribution"] == found["library_version"],
          f"versions differ: module {found['version']}, distribution {found['distribution']},"
          f" library {found['library_version']}")
    text = run([venv / "bin" / "pairaid-seed-report"], cwd=elsewhere)
    for figure in FIGURES:
        check(re.search(figure, text) is not None, f"the report lacks /{figure}/")
    return found


def build_tree(source: Path, build: Path, work: Path) -> None:
    if not (source / "build").exists() or not (source / "build").samefile(build):
        raise Skip(f"this build tree is not {source}/build (README's layout), the one a package installed "
                   "from the checkout looks in")
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    if loader_finds_the_soname(elsewhere):
        raise Skip(f"{SONAME} is on this machine's loader path, which comes before the build tree")
    venv = work / "venv"
    fresh_venv(venv, with_pip=True)  # the user's commands exactly: V/bin/pip
    pip_install(venv, source / "examples" / "python")
    found = report(venv, elsewhere)
    check(found["found_by"] == "the build tree", f"found by {found['found_by']}, not the build tree")
    check(Path(found["path"]).samefile(build / "capi" / SONAME), f"loaded {found['path']}")


def prefix(source: Path, build: Path, work: Path) -> None:
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    if loader_finds_the_soname(elsewhere):
        raise Skip(f"{SONAME} is on this machine's loader path, which comes before the install prefix")
    venv = work / "venv"
    fresh_venv(venv, with_pip=False)  # what is under test is the prefix, not pip (python.venv_install runs V/bin/pip)
    run(["cmake", "--install", build, "--prefix", venv], cwd=work, quiet=True)
    # A copy of the package's source: direct_url.json then names it, and no build tree is beside it.
    copy = work / "copy" / "python"
    shutil.copytree(source / "examples" / "python", copy,
                    ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    pip_install(venv, copy)
    found = report(venv, elsewhere)
    installed = [path for path in (venv / "lib" / SONAME, *venv.glob(f"lib/*/{SONAME}")) if path.exists()]
    check(len(installed) == 1, f"cmake --install put {SONAME} at {installed or 'no place'}")
    check(found["found_by"] == "the install prefix", f"found by {found['found_by']}, not the install prefix")
    check(found["path"] == str(installed[0]), f"loaded {found['path']}, not {installed[0]}")
    check(Path(found["data_dir"]) == venv / "share" / "pairaid", f"data from {found['data_dir']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["build-tree", "prefix"])
    parser.add_argument("--source", type=Path, required=True, help="the source checkout")
    parser.add_argument("--build", type=Path, required=True, help="its build tree")
    parser.add_argument("--work", type=Path, help="where the venv goes, emptied first (default BUILD/python-venv-MODE)")
    args = parser.parse_args()
    source, build = args.source.resolve(), args.build.resolve()
    work = (args.work or build / f"python-venv-{args.mode}").resolve()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    started = time.monotonic()
    try:
        (build_tree if args.mode == "build-tree" else prefix)(source, build, work)
    except Skip as why:
        print(f"venv_test: SKIP: {why}")
        return 0
    except AssertionError as failure:
        print(f"venv_test: FAIL: {failure}")
        return 1
    print(f"venv_test: OK ({args.mode}, {time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
