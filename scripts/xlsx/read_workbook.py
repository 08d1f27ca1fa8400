"""Reads a workbook with openpyxl and prints what a spreadsheet program sees, as JSON: the
sheets in order with their state, frozen pane, cells (dates as YYYY-MM-DD) and data
validations, and the defined names. Used by the test suite as an independent reader."""
import datetime
import json
import sys

import openpyxl


def value(cell):
    v = cell.value
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    return v


book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "names": {name: book.defined_names[name].attr_text for name in book.defined_names}}
for sheet in book.worksheets:
    out["sheets"].append({
        "name": sheet.title,
        "state": sheet.sheet_state,
        "freeze": sheet.freeze_panes,
        "rows": [[value(c) for c in row] for row in sheet.iter_rows(max_row=min(sheet.max_row, 400))],
        "validations": sorted(
            [{"type": v.type, "sqref": str(v.sqref), "formula1": v.formula1, "formula2": v.formula2,
              "errorStyle": v.errorStyle or "stop"} for v in sheet.data_validations.dataValidation],
            key=lambda v: v["sqref"]),
        "widths": {k: d.width for k, d in sorted(sheet.column_dimensions.items()) if d.width},
    })
json.dump(out, sys.stdout, default=str)
