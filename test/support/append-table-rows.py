"""Adds rows to an Excel table (ListObject) of a workbook, as a province's script would with openpyxl.

Arguments: the workbook (rewritten in place), the table's name, and the rows as a JSON list of lists. An
empty table keeps one blank data row (a table cannot have none), which the first row fills.
"""
import json
import sys

import openpyxl
from openpyxl.utils.cell import get_column_letter, range_boundaries


def append(path, name, rows):
    book = openpyxl.load_workbook(path)
    sheet = next((s for s in book.worksheets if name in s.tables), None)
    if sheet is None:
        sys.exit(f"{path}: no table {name}")
    table = sheet.tables[name]
    left, top, right, bottom = range_boundaries(table.ref)
    last_blank = bottom > top and all(sheet.cell(bottom, c).value in (None, "") for c in range(left, right + 1))
    first = bottom if last_blank else bottom + 1
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.cell(first + r, left + c, value)
    table.ref = f"{get_column_letter(left)}{top}:{get_column_letter(right)}{first + len(rows) - 1}"
    if table.autoFilter is not None:
        table.autoFilter.ref = table.ref
    book.save(path)


if __name__ == "__main__":
    append(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))
