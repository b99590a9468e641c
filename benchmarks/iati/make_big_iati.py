#!/usr/bin/python3
"""Writes one large IATI 2.03 file made of the real activities in the shared 2.0x files.

    /usr/bin/python3 benchmarks/iati/make_big_iati.py OUT.xml [--size-mb 500] [--source-dir DIR]

The activities of every 2.0x file in the source directory (default: ../shared/data/iati/activities
next to the repository) are serialised once, in file order, then written again and again inside a
single <iati-activities version="2.03"> root until the output holds at least --size-mb MiB. Copy N
(counting from 1) gets iati-identifier + "-rN"; a related-activity/@ref that names an activity of
the same source file gets the same suffix, so each copy is its own hierarchy and no two activities
share an identifier. Nothing else changes, so every copy carries exactly the same transactions.

The output is deterministic (same inputs, same bytes) and written as a stream: memory holds the
serialised source activities (about 9 MB), never the output. It is written to OUT.xml.partial and
renamed at the end, so an interrupted run never leaves a short file that looks finished.
Written for benchmarks: keep OUT in a build directory, never in the repository.
"""
import argparse
import glob
import os
import sys

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCES = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "iati", "activities"))
# Stands for the copy's suffix inside serialised activities; a private-use character, so it cannot
# collide with publishers' text (checked below anyway).
MARKER = "\ue000copy\ue000"


def activity_templates(source_dir):
    """Each 2.0x activity serialised with MARKER where the copy suffix goes, split on MARKER."""
    files = sorted(glob.glob(os.path.join(source_dir, "*.xml")))
    templates = []
    used = []
    for path in files:
        root = etree.parse(path).getroot()
        version = root.get("version") or ""
        if root.tag != "iati-activities" or not version.startswith("2."):
            continue
        activities = root.findall("iati-activity")
        identifiers = {a.findtext("iati-identifier") for a in activities}
        for activity in activities:
            # Self-contained copies: lxml writes the namespace declarations in scope (d-portal's
            # dstore: attributes) onto each serialised activity.
            identifier = activity.find("iati-identifier")
            if identifier is None or not identifier.text:
                continue
            identifier.text = identifier.text + MARKER
            for related in activity.findall("related-activity"):
                ref = related.get("ref")
                if ref in identifiers:
                    related.set("ref", ref + MARKER)
            text = etree.tostring(activity, encoding="unicode", with_tail=False)
            parts = text.split(MARKER)
            templates.append([p.encode("utf-8") for p in parts])
        used.append(os.path.basename(path))
    if not templates:
        raise SystemExit(f"make_big_iati: no 2.0x activities in {source_dir}")
    return templates, used


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="output file (in a build directory)")
    parser.add_argument("--size-mb", type=float, default=500.0, help="at least this many MiB (default 500)")
    parser.add_argument("--source-dir", default=DEFAULT_SOURCES)
    args = parser.parse_args()

    templates, used = activity_templates(args.source_dir)
    target = int(args.size_mb * 1024 * 1024)
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n'
    tail = b"</iati-activities>\n"
    partial = args.out + ".partial"
    written = 0
    copies = 0
    activities = 0
    with open(partial, "wb", buffering=1 << 20) as out:
        out.write(head)
        written += len(head)
        while written + len(tail) < target:
            copies += 1
            suffix = f"-r{copies}".encode("ascii")
            for parts in templates:
                chunk = suffix.join(parts)
                out.write(b" ")
                out.write(chunk)
                out.write(b"\n")
                written += len(chunk) + 2
                activities += 1
                if written + len(tail) >= target:
                    break
        out.write(tail)
        written += len(tail)
    os.replace(partial, args.out)
    print(f"make_big_iati: {args.out}: {written} bytes ({written / 1048576:.1f} MiB), {activities} activities, "
          f"{copies} copies of {len(templates)} activities from {len(used)} files ({', '.join(used)})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
