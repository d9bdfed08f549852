"""Writes an Excel table (ListObject) of a workbook anew, as a province's script would with openpyxl.

Arguments: the workbook (rewritten in place), the table's name, the header as a JSON list (or null to keep
the table's) and the rows as a JSON list of lists. An ISO date "2020-10-03" is written as a date cell. The rows the table held are cleared, as a person
deleting the default rows before typing the plan's; the table is resized over the new header and rows.
"""
import datetime
import json
import re
import sys

import openpyxl
from openpyxl.utils.cell import get_column_letter, range_boundaries
from openpyxl.worksheet.table import TableColumn


def cell_value(value):
    """An ISO date "2020-10-03" becomes a date cell, as Excel makes of a date typed in."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return datetime.datetime.fromisoformat(value)
    return value


def write(path, name, header, rows):
    book = openpyxl.load_workbook(path)
    sheet = next((s for s in book.worksheets if name in s.tables), None)
    if sheet is None:
        sys.exit(f"{path}: no table {name}")
    table = sheet.tables[name]
    left, top, right, bottom = range_boundaries(table.ref)
    for r in range(top if header else top + 1, bottom + 1):
        for c in range(left, right + 1):
            sheet.cell(r, c).value = None
    if header:
        for c, text in enumerate(header):
            sheet.cell(top, left + c, text)
        table.tableColumns = [TableColumn(id=i + 1, name=text) for i, text in enumerate(header)]
        right = left + len(header) - 1
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = sheet.cell(top + 1 + r, left + c, cell_value(value))
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy"
    last = top + max(len(rows), 1)
    table.ref = f"{get_column_letter(left)}{top}:{get_column_letter(right)}{last}"
    if table.autoFilter is not None:
        table.autoFilter.ref = table.ref
    book.save(path)


if __name__ == "__main__":
    write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4]))
