#!/usr/bin/env python3
"""The national data set as units deliver it: one file per unit and kind, and a re-delivery in
which a share of those files change.
  per_unit.py split DATA OUT      writes OUT/units.csv and OUT/<kind>/<unit_code>.csv from DATA/<kind>.csv
  per_unit.py change OUT SHARE    changes every (1/SHARE)th unit file of each kind, in name order: its
                                  last record is taken back (a withdrawal) and its first re-keyed
                                  (id + "-r": a withdrawal and a new record); prints what it changed"""
import csv, os, shutil, sys

KINDS = ["meetings", "documents", "work_items", "tasks", "reports"]


def split(data, out):
    os.makedirs(out, exist_ok=True)
    shutil.copy(os.path.join(data, "units.csv"), os.path.join(out, "units.csv"))
    for kind in KINDS:
        with open(os.path.join(data, kind + ".csv"), encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            by_unit = {}
            for row in reader:
                by_unit.setdefault(row[0], []).append(row)
        os.makedirs(os.path.join(out, kind), exist_ok=True)
        for unit, rows in by_unit.items():
            with open(os.path.join(out, kind, unit + ".csv"), "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(header)
                w.writerows(rows)
        print(f"{kind}: {len(by_unit)} unit files")


def change(out, share):
    every = round(1 / share)
    changed = withdrawn = 0
    for kind in KINDS:
        names = sorted(os.listdir(os.path.join(out, kind)))
        for name in names[::every]:
            path = os.path.join(out, kind, name)
            with open(path, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            if len(rows) < 3:
                continue
            header, records = rows[0], rows[1:]
            records = records[:-1]  # the last one taken back
            records[0] = [records[0][0], records[0][1] + "-r"] + records[0][2:]  # the first re-keyed
            with open(path, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(header)
                w.writerows(records)
            changed += 1
            withdrawn += 2
    print(f"{changed} files changed, {withdrawn} records to withdraw (if each was in a month its file still covers)")


if __name__ == "__main__":
    if sys.argv[1] == "split":
        split(sys.argv[2], sys.argv[3])
    else:
        change(sys.argv[2], float(sys.argv[3]))
