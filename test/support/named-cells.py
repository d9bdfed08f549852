"""Prints, as JSON, the cell of each defined name of a workbook as openpyxl reads it: its sheet and address,
its formula or value, whether it is locked and its sheet protected, and the data validations over it.

Argument: the workbook. A reader other than ours, to judge what our writer wrote.
"""
import importlib
import json
import os
import sys

import openpyxl

# The bench's filler already knows how openpyxl's versions list defined names.
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts", "bench"))
defined_names = importlib.import_module("fill-reports").defined_names


def described(book, sheet_name, ref):
    sheet = book[sheet_name]
    cell = sheet[ref.replace("$", "")]
    rules = [dv for dv in sheet.data_validations.dataValidation if cell.coordinate in dv.sqref]
    return {
        "sheet": sheet_name,
        "address": cell.coordinate,
        "value": cell.value,
        "locked": bool(cell.protection.locked),
        "protected": bool(sheet.protection.sheet),
        "validations": [{"type": dv.type, "operator": dv.operator, "formula1": dv.formula1} for dv in rules],
    }


if __name__ == "__main__":
    book = openpyxl.load_workbook(sys.argv[1])
    cells = {}
    for name in defined_names(book):
        for sheet_name, ref in name.destinations:
            cells[name.name] = described(book, sheet_name, ref)
    json.dump(cells, sys.stdout, ensure_ascii=False)
