"""Independent reader for the formula-injection test: every non-empty cell of every sheet of an .xlsx as openpyxl
sees it — its text, its data type ('s' string, 'f' formula, 'n' number, ...) and its number format — printed as JSON.

Usage: /usr/bin/python3 cell_kinds.py FILE
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
cells = []
for ws in book.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                value = c.value if isinstance(c.value, (str, int, float, bool)) else str(c.value)
                cells.append({"sheet": ws.title, "at": c.coordinate, "value": value, "type": c.data_type,
                              "format": c.number_format})
json.dump(cells, sys.stdout)
