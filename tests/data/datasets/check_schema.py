#!/usr/bin/env python3
"""Checks docs/dataset.schema.json against the dataset fixtures: every valid dataset passes, and
every invalid one that is wrong in a way a JSON Schema can see fails; and valid/complete.json uses
every member the schema declares. Needs the `jsonschema`
package; run by ctest as dataset_json.schema when it is installed.

    check_schema.py REPO_ROOT
"""
import json
import pathlib
import sys

import jsonschema

# Fixtures whose fault lies beyond what a schema can express, and why. Every other invalid fixture
# that is JSON must be refused by the schema.
BEYOND_SCHEMA = {
    "duplicate-member.json": "JSON parsers keep one of two equal names",
    "duplicate-member-escaped.json": "JSON parsers keep one of two equal names",
    "bad-date.json": "a pattern cannot tell 2023-02-30 from a real day",
    "unknown-currency.json": "RMB has the shape of an ISO 4217 code",
    "reversed-period.json": "comparing two members' values",
    "reversed-pairing.json": "comparing two members' values",
    "dangling-id.json": "a reference to another entity",
    "duplicate-id.json": "uniqueness across entities",
    "duplicate-ordinal.json": "uniqueness across entities",
    "not-a-donor.json": "a property of the referenced entity",
    "bad-hierarchy.json": "a property of the referenced entity",
    "area-outside-program.json": "a property of the referenced entity",
    "area-without-name.json": "one of two optional members",
    "kind-mismatch.json": "the model's table of measures and kinds",
    "breakdown-over-total.json": "arithmetic on intervals",
    "breakdown-misses-total.json": "arithmetic on intervals",
    "overlapping-periods.json": "comparing periods",
    "count-as-exponent.json": "JSON Schema takes 6.22e2 for the integer 622",
}


def property_names(node, out):
    """Every member name a schema declares (the keys of each "properties")."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties":
                out.update(value)
            property_names(value, out)
    elif isinstance(node, list):
        for value in node:
            property_names(value, out)
    return out


def member_names(node, out):
    """Every member name a document uses."""
    if isinstance(node, dict):
        out.update(node)
        for value in node.values():
            member_names(value, out)
    elif isinstance(node, list):
        for value in node:
            member_names(value, out)
    return out


def main(root: pathlib.Path) -> int:
    schema = json.loads((root / "docs/dataset.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    data = root / "tests/data/datasets"
    valid = sorted((data / "valid").glob("*.json")) + [root / "examples/data/xizang.json",
                                                       root / "examples/data/qinghai.json"]
    for path in valid:
        if not path.exists():
            continue
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        if errors:
            failures.append(f"{path}: valid dataset refused by the schema: {errors[0].message} at {errors[0].json_path}")
    # The complete fixture is meant to use every member of the format at least once.
    complete = json.loads((data / "valid/complete.json").read_text(encoding="utf-8"))
    unused = property_names(schema, set()) - member_names(complete, set())
    if unused:
        failures.append(f"valid/complete.json does not use the members {sorted(unused)}")
    checked = 0
    for path in sorted((data / "invalid").glob("*.json")):
        try:
            document = json.loads(path.read_bytes().decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue  # not JSON: nothing for a schema to judge
        refused = not validator.is_valid(document)
        expect_refused = path.name not in BEYOND_SCHEMA
        checked += 1
        if refused != expect_refused:
            failures.append(f"{path.name}: the schema {'refused' if refused else 'accepted'} it, "
                            f"expected it to {'refuse' if expect_refused else 'accept'} it")
    for f in failures:
        print(f, file=sys.stderr)
    print(f"{len(valid)} valid and {checked} invalid datasets checked against the schema")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")))
