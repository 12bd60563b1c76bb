#!/usr/bin/env python3
"""Maps the six CSVs of a `rix generate` county into one CSV for Duke's deduplication mode. Stdlib only.

    county_merge.py COUNTY_DIR OUT.csv

Duke reads one schema per data source and has no date parser, so this does what rix's link.yaml
mapping does by configuration: it picks each source's name, birth date, address, postcode, UPRN and
NI number columns, joins the address lines into one string, splits social care's "SURNAME, Given",
and rewrites the four date formats as yyyymmdd (housing's two-digit years: 00-26 -> 20yy, else 19yy).
No cleaning beyond that: case, spaces and punctuation are left to Duke's cleaners.
Output columns: id (source|record_id, unique), source, record_id, given, surname, dob, address,
postcode, uprn, ni.
"""
import csv
import sys
from datetime import datetime
from pathlib import Path

FIELDS = ["id", "source", "record_id", "given", "surname", "dob", "address", "postcode", "uprn", "ni"]


def date(value, fmt):
    value = value.strip()
    if not value:
        return ""
    if fmt == "d-MMM-yy":
        day, mon, yy = value.split("-")
        year = 2000 + int(yy) if int(yy) <= 26 else 1900 + int(yy)
        d = datetime.strptime(f"{day}-{mon}-{year}", "%d-%b-%Y")
    else:
        d = datetime.strptime(value, {"dd/MM/yyyy": "%d/%m/%Y", "yyyy-MM-dd": "%Y-%m-%d"}[fmt])
    return d.strftime("%Y%m%d")


def join(row, *cols):
    return ", ".join(row[c].strip() for c in cols if row[c].strip())


def split_name(full):
    surname, _, given = full.partition(",")
    return given.strip(), surname.strip()


SOURCES = {
    "council_tax": ("account_ref", lambda r: (
        r["forename"], r["surname"], date(r["dob"], "dd/MM/yyyy"),
        join(r, "address_line_1", "address_line_2", "address_line_3", "address_line_4"),
        r["postcode"], r["property_ref"], "")),
    "electoral_register": ("elector_number", lambda r: (
        r["elector_forename"], r["elector_surname"], date(r["date_of_birth"], "yyyy-MM-dd"),
        join(r, "address_1", "address_2", "address_3", "address_4", "address_5"),
        r["postcode"], r["uprn"], "")),
    "housing_tenancies": ("tenant_ref", lambda r: (
        r["first_name"], r["last_name"], date(r["date_of_birth"], "d-MMM-yy"),
        ", ".join(v for v in (r["flat_no"].strip(), f'{r["house_no_name"]} {r["street"]}'.strip(),
                              r["area"].strip(), r["post_town"].strip()) if v),
        r["post_code"], r["property_uprn"], r["ni_number"])),
    "school_admissions": ("application_id", lambda r: (
        r["child_forename"], r["child_surname"], date(r["child_dob"], "dd/MM/yyyy"),
        r["home_address"], r["postcode"], "", "")),
    "social_care": ("client_id", lambda r: (
        *split_name(r["client_name"]), date(r["dob"], "yyyy-MM-dd"),
        r["address"], r["postcode"], "", "")),
    "housing_benefit": ("person_ref", lambda r: (
        r["forename"], r["surname"], date(r["dob"], "dd/MM/yyyy"),
        join(r, "addr1", "addr2", "addr3", "addr4"), r["pcode"], r["uprn"], r["ni_number"])),
}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    county, out = Path(sys.argv[1]), Path(sys.argv[2])
    n = 0
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(FIELDS)
        for source, (id_col, mapper) in SOURCES.items():
            with open(county / f"{source}.csv", newline="", encoding="utf-8") as src:
                for line, row in enumerate(csv.DictReader(src), start=2):
                    try:
                        values = mapper(row)
                    except ValueError:
                        sys.exit(f"{source}.csv line {line}: a date is not in the expected format")
                    rid = row[id_col]
                    w.writerow([f"{source}|{rid}", source, rid, *values])
                    n += 1
    print(f"{n} records -> {out}")


if __name__ == "__main__":
    main()
