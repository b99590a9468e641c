#!/usr/bin/python3
"""`pairaid totals --names` against the IATI codelists themselves.

    check_names.py PAIRAID CODELISTS_DIR FILE.xml...

Runs `pairaid totals FILES --by type,sector,recipient_country,reporting_org_type --names --all-types
--hierarchy all --format csv` and checks every `_name` column against the English names the codelist
XML files (CODELISTS_DIR/embedded, non-embedded: TransactionType, Sector, SectorCategory, Country,
Region, OrganisationType) give, read here with the standard library: a code in its list must carry
that list's name (runs of white space read as one space, as the compiled lists hold them), a
code not in it (or of a vocabulary pairaid carries no list for) an empty name.
Types are written as pairaid's words, so the word is mapped back to its code first.
"""
import csv
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

TYPE_WORDS = ["incoming_funds", "commitment", "disbursement", "expenditure", "interest_payment", "loan_repayment",
              "reimbursement", "purchase_of_equity", "sale_of_equity", "credit_guarantee", "incoming_commitment",
              "outgoing_pledge", "incoming_pledge"]


def codelist(directory, name):
    for sub in ("embedded", "non-embedded"):
        path = os.path.join(directory, sub, name + ".xml")
        if os.path.exists(path):
            names = {}
            for item in ElementTree.parse(path).getroot().iter("codelist-item"):
                code = item.findtext("code", "").strip()
                english = ""
                for narrative in item.findall("name/narrative"):
                    if narrative.get("{http://www.w3.org/XML/1998/namespace}lang") in (None, "en"):
                        english = " ".join((narrative.text or "").split())
                        break
                names[code] = english
            return names
    sys.exit(f"no codelist {name} in {directory}")


def main():
    pairaid, directory, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    lists = {n: codelist(directory, n) for n in
             ("TransactionType", "Sector", "SectorCategory", "Country", "Region", "OrganisationType")}
    done = subprocess.run([pairaid, "totals", *files, "--by", "type,sector,recipient_country,reporting_org_type",
                           "--names", "--all-types", "--hierarchy", "all", "--format", "csv"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"pairaid totals: exit {done.returncode}\n{done.stderr}")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))

    def expected(column, value):
        if value == "":
            return ""
        if column == "type":
            return lists["TransactionType"].get(str(TYPE_WORDS.index(value) + 1), "")
        if column == "sector":
            if ":" not in value:
                return lists["Sector"].get(value, "")
            vocabulary, code = value.split(":", 1)
            return lists["SectorCategory"].get(code, "") if vocabulary == "2" else ""
        if column == "recipient_country":
            if value.startswith("region:"):
                return lists["Region"].get(value[len("region:"):], "")
            return lists["Country"].get(value, "")
        return lists["OrganisationType"].get(value, "")

    checked, named, wrong = 0, 0, []
    for row in rows:
        for column in ("type", "sector", "recipient_country", "reporting_org_type"):
            want, got = expected(column, row[column]), row[column + "_name"]
            checked += 1
            named += want != ""
            if want != got:
                wrong.append(f"{column} {row[column]!r}: pairaid says {got!r}, the codelist {want!r}")
    if wrong:
        print("\n".join(sorted(set(wrong))))
        return 1
    print(f"{checked} names in {len(rows)} rows match the codelists ({named} named, {checked - named} without a name)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
