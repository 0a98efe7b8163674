"""openpyxl doing the jobs our xlsx reader and writer do, for bench/peer.ts to print beside our own figures.

    peer.py read FILE            load the whole workbook (openpyxl's default, full model) and collect every cell value
    peer.py read-only FILE       the same through openpyxl's streaming reader (read_only=True)
    peer.py write ROWS.json OUT  write ROWS (a JSON list of rows of strings) as one sheet, streamed (write_only=True)

Prints one JSON line: {"ms": time of the job alone, "cells" or "rows": how much it did, "peakRssMb": the process's
peak memory}. The time starts after Python and openpyxl are loaded and, for write, after the JSON is parsed: the same
span our side times in-process.
"""

import json
import resource
import sys
import time

import openpyxl


def read(path: str, read_only: bool) -> dict:
    start = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=read_only)
    values = [list(row) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    ms = (time.perf_counter() - start) * 1000
    # Cells holding something, as our reader's sparse grid counts them.
    return {"ms": ms, "rows": len(values), "cells": sum(v is not None for row in values for v in row)}


def write(rows_file: str, out: str) -> dict:
    with open(rows_file, encoding="utf-8") as f:
        rows = json.load(f)
    start = time.perf_counter()
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Matrix")
    for row in rows:
        sheet.append(row)
    workbook.save(out)
    ms = (time.perf_counter() - start) * 1000
    return {"ms": ms, "rows": len(rows), "cells": sum(len(row) for row in rows)}


def main(argv: list) -> None:
    job = argv[1] if len(argv) > 1 else ""
    if job == "read" and len(argv) == 3:
        result = read(argv[2], read_only=False)
    elif job == "read-only" and len(argv) == 3:
        result = read(argv[2], read_only=True)
    elif job == "write" and len(argv) == 4:
        result = write(argv[2], argv[3])
    else:
        sys.exit("usage: peer.py read FILE | read-only FILE | write ROWS.json OUT")
    # ru_maxrss is in kB on Linux.
    result["peakRssMb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["openpyxl"] = openpyxl.__version__
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
