"""Every cell's text and every sheet's name of .xlsx files, read by openpyxl — an independent reader, to check that
the importer's names come from the file. `cell_strings.py FILE...` prints {file: {"sheets": [...], "cells": [...]}}."""
import json
import sys

from openpyxl import load_workbook

result = {}
for path in sys.argv[1:]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells.extend(str(value) for value in row if value is not None)
    result[path] = {"sheets": workbook.sheetnames, "cells": cells}
    workbook.close()
json.dump(result, sys.stdout, ensure_ascii=False)
