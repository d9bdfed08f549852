"""Sets cells of a workbook with openpyxl, as a clerk's script would, adding any sheet not there yet.

Reads a JSON object {"in": path, "out": path, "cells": [[sheet, address, value], ...], "merges": [[sheet,
range], ...]} from the file given, merges optional. A text beginning with "=" is written as a formula; openpyxl
saves it without a result, as such files arrive. A merge keeps its top left cell's value, as Excel's Merge &
Center does.
"""
import json
import sys

import openpyxl


def main(path):
    with open(path, encoding="utf-8") as job_file:
        job = json.load(job_file)
    book = openpyxl.load_workbook(job["in"])
    for sheet, address, value in job["cells"]:
        if sheet not in book.sheetnames:
            book.create_sheet(sheet)
        book[sheet][address].value = value
    for sheet, cells in job.get("merges", []):
        book[sheet].merge_cells(cells)
    book.save(job["out"])


if __name__ == "__main__":
    main(sys.argv[1])
