"""Prints, as JSON, each target line of filled reports as Gnumeric computes them: goal, result, assessment.

Arguments: a JSON file listing {"filled": path, "computed": path}. The goal cells are found by their
defined names (TD_<form>_target_<key>) in the filled workbook; the result and the assessment are the two
cells to the goal's right. The values are read from the workbook Gnumeric recalculated and saved.
"""
import importlib
import json
import os
import re
import sys

import openpyxl

# The bench's filler already knows how openpyxl's versions list defined names.
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts", "bench"))
defined_names = importlib.import_module("fill-reports").defined_names

TARGET = re.compile(r"^TD_[A-Za-z0-9]+_target_")


def target_lines(filled, computed):
    # Its defined names only: read-only loads the workbook part and leaves the sheets unread.
    names = openpyxl.load_workbook(filled, read_only=True)
    defined = defined_names(names)
    names.close()
    values = openpyxl.load_workbook(computed, data_only=True)
    lines = {}
    for name in defined:
        if not TARGET.match(name.name):
            continue
        for sheet, ref in name.destinations:
            goal = values[sheet][ref.replace("$", "")]
            row = [values[sheet].cell(row=goal.row, column=goal.column + i).value for i in range(3)]
            lines[name.name] = row
    return lines


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as jobs:
        out = {job["filled"]: target_lines(job["filled"], job["computed"]) for job in json.load(jobs)}
    json.dump(out, sys.stdout, ensure_ascii=False)
