"""Independent reader for the export tests: opens an .xlsx with openpyxl and prints what it sees as JSON.

Usage: /usr/bin/python3 inspect_xlsx.py FILE
The test compares these facts with what Engagebook meant to write, so a file exceljs can read but another
producer's reader cannot (or reads differently) fails the test.
"""
import datetime
import json
import sys

import openpyxl


def cell_value(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def sheet_facts(ws):
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells[c.coordinate] = {"value": cell_value(c.value), "type": c.data_type}
    comments = {c.coordinate: c.comment.text for row in ws.iter_rows() for c in row if c.comment is not None}
    hidden_columns = [key for key, dim in ws.column_dimensions.items() if dim.hidden]
    hidden_rows = [key for key, dim in ws.row_dimensions.items() if dim.hidden]
    outline_rows = sorted(key for key, dim in ws.row_dimensions.items() if dim.outlineLevel)
    return {
        "state": ws.sheet_state,
        "freeze_panes": ws.freeze_panes,
        "print_title_rows": ws.print_title_rows,
        "orientation": ws.page_setup.orientation,
        "fit_to_width": ws.page_setup.fitToWidth,
        "fit_to_height": ws.page_setup.fitToHeight,
        "fit_to_page": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        "header_center": ws.oddHeader.center.text,
        "footer_right": ws.oddFooter.right.text,
        "validations": [
            {"sqref": str(dv.sqref), "type": dv.type, "formula1": dv.formula1} for dv in ws.data_validations.dataValidation
        ],
        "conditional_formatting": [str(cf.sqref) for cf in ws.conditional_formatting],
        "comments": comments,
        "hidden_columns": hidden_columns,
        "hidden_rows": hidden_rows,
        "outline_rows": outline_rows,
        "auto_filter": ws.auto_filter.ref,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "protected": bool(ws.protection.sheet),
        "unlocked": [c.coordinate for row in ws.iter_rows() for c in row if c.has_style and c.protection.locked is False],
        "cells": cells,
    }


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    print(json.dumps({"sheets": wb.sheetnames, "facts": {ws.title: sheet_facts(ws) for ws in wb.worksheets}}, ensure_ascii=False))


if __name__ == "__main__":
    main()
