"""Edits an .xlsx as a client would, with openpyxl (another producer than ours), for the import tests.

Usage: /usr/bin/python3 edit_xlsx.py IN OUT OPERATIONS_JSON
Operations, applied in order:
  {"op": "set", "sheet": S, "cell": "C7", "value": V}          value null clears the cell
  {"op": "note", "sheet": S, "cell": "C7", "text": T}           text null removes the note
  {"op": "insert_row", "sheet": S, "row": N, "values": {"B": "New activity", "C": "O"}}
  {"op": "delete_row", "sheet": S, "row": N}
  {"op": "insert_col", "sheet": S, "column": "F", "values": {"5": "Auditor", "7": "I"}}
  {"op": "sort", "sheet": S, "first": N, "last": M, "column": "B", "reverse": false}   rows N..M by column, notes move along
  {"op": "rename", "sheet": S, "to": NEW}
  {"op": "move", "sheet": S, "offset": -2}                      moves the sheet among the others (tabs dragged)
"""
import json
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.utils import column_index_from_string


def main():
    source, target, operations = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    wb = openpyxl.load_workbook(source)
    for op in operations:
        ws = wb[op["sheet"]]
        kind = op["op"]
        if kind == "set":
            ws[op["cell"]].value = op["value"]
        elif kind == "note":
            ws[op["cell"]].comment = Comment(op["text"], "Client") if op["text"] is not None else None
        elif kind == "insert_row":
            ws.insert_rows(op["row"])
            for column, value in op["values"].items():
                ws[f"{column}{op['row']}"].value = value
        elif kind == "insert_col":
            index = column_index_from_string(op["column"])
            ws.insert_cols(index)
            for row, value in op["values"].items():
                ws.cell(row=int(row), column=index).value = value
        elif kind == "delete_row":
            ws.delete_rows(op["row"])
        elif kind == "sort":
            first, last = op["first"], op["last"]
            key = column_index_from_string(op["column"])
            rows = [
                [(cell.value, cell.comment) for cell in ws[r]] for r in range(first, last + 1)
            ]
            rows.sort(key=lambda cells: str(cells[key - 1][0] or ""), reverse=op.get("reverse", False))
            for offset, cells in enumerate(rows):
                for index, (value, comment) in enumerate(cells):
                    cell = ws.cell(row=first + offset, column=index + 1)
                    cell.value = value
                    cell.comment = Comment(comment.text, comment.author) if comment is not None else None
        elif kind == "rename":
            ws.title = op["to"]
        elif kind == "move":
            wb.move_sheet(ws, offset=op["offset"])
        else:
            raise SystemExit(f"unknown operation {kind}")
    wb.save(target)


if __name__ == "__main__":
    main()
