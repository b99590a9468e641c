#!/usr/bin/env python3
"""Emit Xizang's administrative divisions as the "areas" array of a pairaid dataset.

Reads the shared division list (shared/data/areas/xizang-divisions.csv: code, parent_code, level,
name_zh, name_en) and the conventional English names listed in shared/data/areas/SOURCES.md
("Common conventional English names": 日喀则 Shigatse (Xigaze); 白朗 Panam (Bainang); ...), and
prints one JSON Area per line (docs/dataset-format.md). The CSV's level "province" is the model's
"region". Every area cites the division list as the source `xizang-divisions`.

    scripts/gen-xizang-areas.py                      # print the array
    scripts/gen-xizang-areas.py --into examples/data/xizang.json

--into replaces the lines between `  "areas": [` and the next `  ],` of a dataset file, leaving
the rest of the file as written by hand. tests/unit/xizang_data_test.cpp checks the result against
the CSV.
"""

import argparse
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SOURCE_ID = "xizang-divisions"
LEVELS = {"province": "region", "prefecture": "prefecture", "county": "county"}
# Suffixes SOURCES.md drops from its short Chinese names ("白朗" for 白朗县).
ZH_SUFFIXES = ("", "市", "县", "区", "地区")


def fail(message):
    sys.exit("gen-xizang-areas: " + message)


def read_divisions(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    expected = ["code", "parent_code", "level", "name_zh", "name_en"]
    if not rows or list(rows[0].keys()) != expected:
        fail(f"{path}: expected the columns {','.join(expected)}")
    for line, row in enumerate(rows, start=2):
        if not re.fullmatch(r"[1-9][0-9]{5}", row["code"]):
            fail(f"{path}:{line}: '{row['code']}' is not a six-digit code")
        if row["level"] not in LEVELS:
            fail(f"{path}:{line}: unknown level '{row['level']}'")
    return rows


def read_conventional_names(path):
    """[(short Chinese name, conventional English name)] from SOURCES.md's list."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"\*\*Common conventional English names\*\*[^:]*:(.*)", text)
    if not m:
        fail(f"{path}: no 'Common conventional English names' list")
    names = []
    for entry in m.group(1).strip().rstrip(".").split(";"):
        # "白朗 Panam (Bainang)" or "昂仁 Ngamring": Chinese, the conventional name, maybe the official one.
        e = re.fullmatch(r"\s*(\S+)\s+([^()]+?)\s*(\([^)]*\))?\s*", entry)
        if not e:
            fail(f"{path}: cannot read the entry '{entry.strip()}'")
        names.append((e.group(1), e.group(2)))
    return names


def stem(name_en):
    """'Bainang County' -> 'Bainang': the part an alias would repeat."""
    return name_en.rsplit(" ", 1)[0]


def region_aliases(name_en):
    """'Xizang (Tibet) Autonomous Region' -> the names sources write: Xizang, Tibet, and each with
    the type words ('the Xizang autonomous region', as the seed article has it)."""
    m = re.fullmatch(r"(\S+) \((\S+)\) (.+)", name_en)
    if not m:
        return []
    first, second, kind = m.groups()
    return [first, second, f"{first} {kind}", f"{second} {kind}"]


def build_areas(rows, conventional):
    aliases = {row["code"]: [] for row in rows}
    for row in rows:
        if row["level"] == "province":
            aliases[row["code"]].extend(region_aliases(row["name_en"]))
    for zh, english in conventional:
        matches = [r for r in rows if r["name_zh"] in (zh + s for s in ZH_SUFFIXES)]
        if len(matches) != 1:
            fail(f"the conventional name {english} ({zh}) matches {len(matches)} divisions, expected 1")
        row = matches[0]
        if english != stem(row["name_en"]) and english not in aliases[row["code"]]:
            aliases[row["code"]].append(english)

    areas = []
    for row in rows:
        area = {"code": row["code"], "name_en": row["name_en"], "name_zh": row["name_zh"],
                "level": LEVELS[row["level"]]}
        if row["parent_code"]:
            area["parent"] = row["parent_code"]
        if aliases[row["code"]]:
            area["aliases"] = aliases[row["code"]]
        area["sources"] = [SOURCE_ID]
        areas.append(area)
    return areas


def render(areas, indent="    "):
    lines = [indent + json.dumps(a, ensure_ascii=False) for a in areas]
    return ",\n".join(lines) + "\n"


def splice_into(path, body):
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    try:
        begin = lines.index('  "areas": [\n')
        end = next(i for i in range(begin + 1, len(lines)) if lines[i] in ('  ],\n', '  ]\n'))
    except (ValueError, StopIteration):
        fail(f'{path}: expected a line \'  "areas": [\' and, later, a line \'  ],\'')
    text = "".join(lines[: begin + 1]) + body + "".join(lines[end:])
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=DEFAULT_SHARED, help="the shared reference data directory")
    parser.add_argument("--into", metavar="DATASET.json", help="replace the areas array of this dataset file")
    args = parser.parse_args()

    areas_dir = os.path.join(args.shared, "data", "areas")
    rows = read_divisions(os.path.join(areas_dir, "xizang-divisions.csv"))
    conventional = read_conventional_names(os.path.join(areas_dir, "SOURCES.md"))
    body = render(build_areas(rows, conventional))
    if args.into:
        splice_into(args.into, body)
    else:
        sys.stdout.write("[\n" + body + "]\n")


if __name__ == "__main__":
    main()
