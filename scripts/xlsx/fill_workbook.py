"""Fills in a placegraph workbook from scratch with openpyxl, the way a person would in a
spreadsheet program: typed dates, numbers, TRUE/FALSE, shared strings, a merged service cell,
an empty row, a notes column and an extra sheet. Used by the test suite."""
import datetime
import sys

import openpyxl

book = openpyxl.Workbook()
place = book.active
place.title = "Place"
for row in [("field", "value"), ("name", "Filled-in estate"), ("mission", "Greener by 2030"), ("lead_time", "6m")]:
    place.append(row)

services = book.create_sheet("Services")
for row in [("id", "name", "domain", "owner", "areas", "notes"),
            ("parks", "Parks", "environment", "Parks team", None, "call Sam"),
            ("cleaning", "Estate cleaning", "housing", None, None, None)]:
    services.append(row)

contracts = book.create_sheet("Contracts")
contracts.append(("id", "service", "name", "start", "end", "extension", "extension 2", "value"))
contracts.append(("grounds", "parks", "Grounds", datetime.date(2021, 4, 1), datetime.date(2026, 3, 31),
                  datetime.date(2027, 3, 31), datetime.date(2028, 3, 31), 1200000))
contracts.append(("trees", None, "Tree care", None, "2027-09-30", None, None, 85000.5))
contracts.merge_cells("B2:B3")

objectives = book.create_sheet("Objectives")
for row in [("id", "belongs_to", "text", "kpi"), ("pollinators", "parks", "More pollinators", None),
            ("cut", "grounds", "Cut every 14 days", "cuts on time"), ("clean", "cleaning", "Clean estate", None)]:
    objectives.append(row)

interactions = book.create_sheet("Interactions")
interactions.append(("from", "to", "effect", "because", "evidence", "confidence", "mutual"))
interactions.append(("cut", "pollinators", -2, "Cutting removes flowers", "Survey 2022", "high", False))
interactions.append((None, None, None, None, None, None, None))
interactions.append(("parks", "clean", 1, None, None, None, True))
interactions.append(("trees", "pollinators", "enabling", None, None, "low", None))

book.create_sheet("Notes").append(("anything", "at all"))
book.save(sys.argv[1])
