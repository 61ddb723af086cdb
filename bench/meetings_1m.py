#!/usr/bin/env python3
"""Writes ROWS meetings (default 1,000,000) for the units of a units.csv, as one CSV file: the
bench's data for reading .xlsx against CSV. Usage: meetings_1m.py UNITS_CSV OUT_CSV [ROWS]"""
import csv, datetime, sys

units_csv, out_csv = sys.argv[1], sys.argv[2]
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
with open(units_csv, encoding="utf-8-sig") as f:
    units = [r["unit_code"] for r in csv.DictReader(f) if not r["dissolved_on"]]
start = datetime.date(2025, 1, 1)
categories = ["QUAN_TRIET", "CHUYEN_MON", "QUAN_TRONG", "KHAC"]
formats = ["TRUC_TIEP", "TRUC_TUYEN", "KET_HOP"]
titles = ["Hội nghị quán triệt Nghị quyết", "Họp giao ban tháng", "Hội nghị chuyên đề chuyển đổi số",
          "Họp Ban chỉ đạo cải cách hành chính", "Hội nghị sơ kết công tác"]
with open(out_csv, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["unit_code", "meeting_id", "held_on", "title", "category", "format", "duration_days",
                "opening_speech_min", "closing_remarks_min", "max_presentation_min",
                "summons_commune_officials", "state_secret", "scale"])
    for i in range(rows):
        w.writerow([units[i % len(units)], "HN-%07d" % i, (start + datetime.timedelta(days=i % 640)).isoformat(),
                    "%s %d" % (titles[i % len(titles)], i % 97), categories[i % 4], formats[i % 3],
                    ["0.5", "1", "1.5"][i % 3], 5 + i % 20, 10 + i % 50, 5 + i % 25,
                    "true" if i % 11 == 0 else "false", "false", "TOAN_TINH" if i % 101 == 0 else ""])
