"""Fills blank Thi Đua templates as a clerk's script would, with openpyxl: each input by its defined name.

Reads a JSON list of {"template": path, "out": path, "values": {name: number}} from the file given, writes
each filled workbook. openpyxl keeps the formulas and drops every cached result, as such files arrive.
"""
import json
import sys

import openpyxl


def defined_names(book):
    """The workbook's defined names: a list in openpyxl 3.0, a dict from 3.1 on."""
    names = book.defined_names
    return list(names.definedName) if hasattr(names, "definedName") else list(names.values())


def fill(job):
    book = openpyxl.load_workbook(job["template"])
    by_name = {name.name: name for name in defined_names(book)}
    for name, value in job["values"].items():
        for sheet, ref in by_name[name].destinations:
            book[sheet][ref.replace("$", "")].value = value
    book.save(job["out"])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as jobs:
        for job in json.load(jobs):
            fill(job)
