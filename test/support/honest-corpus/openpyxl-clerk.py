"""Everyday changes made to a filled report with openpyxl, as a clerk's or an IT officer's script does them,
each saved as .xlsx. openpyxl keeps formulas and drops every cached result.

Argument: a JSON file {"source", "outDir", "cases": [{"id", "change"}]}. Prints {id: null | "what went
wrong"} as JSON.
"""
import copy
import json
import os
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, DataBarRule, IconSetRule
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName

FORMS = ("Biểu 01", "Biểu 02", "Biểu 03", "Biểu 04")
PREPARER = "Người lập: Nguyễn Thị Lan – ĐT 0912 345 678"


def cells(book, sheet, ref):
    return [cell for row in book[sheet][ref] for cell in row]


def restyle(sheet, ref, attribute, **changes):
    def change(book):
        for cell in cells(book, sheet, ref):
            style = copy.copy(getattr(cell, attribute))
            for key, value in changes.items():
                setattr(style, key, value)
            setattr(cell, attribute, style)

    return change


def fill(sheet, ref, colour):
    def change(book):
        for cell in cells(book, sheet, ref):
            cell.fill = PatternFill("solid", fgColor=colour)

    return change


def number_format(book):
    for cell in cells(book, "Biểu 03", "C9:D11"):
        cell.number_format = "#,##0"


def column_widths(book):
    book["Biểu 02"].column_dimensions["A"].width = 40
    book["Biểu 02"].column_dimensions["B"].width = 28


def row_height(book):
    book["Biểu 01"].row_dimensions[6].height = 45


def comment(book):
    note = Comment("Gồm 12 đoàn viên của CĐCS mới thành lập", "Nguyễn Thị Lan")
    book["Biểu 02"]["E11"].comment = note


def own_sheet(book):
    notes = book.create_sheet("Ghi chú")
    notes["A1"], notes["A2"], notes["B2"] = "Việc cần làm", "Gửi báo cáo trước 05/7", 5


def footer_preparer(book):
    for form in FORMS:
        book[form].oddFooter.left.text = PREPARER


def freeze(book):
    book["Biểu 02"].freeze_panes = "A9"


def zoom(book):
    book["Biểu 02"].sheet_view.zoomScale = 85


def no_gridlines(book):
    for form in FORMS:
        book[form].sheet_view.showGridLines = False


def creator(book):
    book.properties.creator = "Nguyễn Thị Lan"
    book.properties.title = "Báo cáo thi đua Đợt 1 năm 2025"


def fit_landscape(book):
    sheet = book["Biểu 04"]
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = sheet.page_setup.fitToHeight = 1


def tab_colour(book):
    book["Biểu 01"].sheet_properties.tabColor = "2E75B6"


def print_area(book):
    book["Biểu 02"].print_area = "A1:Q27"


def print_titles(book):
    book["Biểu 02"].print_title_rows = "6:8"


def hide_check_sheet(book):
    book["Kiểm tra"].sheet_state = "hidden"


def own_name(book):
    name = DefinedName("Tong_thu", attr_text="'Biểu 03'!$D$11")
    # A list in openpyxl 3.0, a dict from 3.1 on (as fill-reports.py reads them).
    if hasattr(book.defined_names, "append"):
        book.defined_names.append(name)
    else:
        book.defined_names["Tong_thu"] = name


def unprotect(book):
    book["Biểu 01"].protection.sheet = False


def margins(book):
    book["Biểu 02"].page_margins.left = book["Biểu 02"].page_margins.right = 0.4


def merge_headings(book):
    book["Biểu 02"].merge_cells("A6:A7")


def hide_english(book):
    book["Biểu 02"].column_dimensions["B"].hidden = True


def shrink_inputs(book):
    """Shrink to fit on Biểu 02's inputs, in columns wide enough that they stay their size."""
    restyle("Biểu 02", "C9:Q13", "alignment", shrink_to_fit=True)(book)


def turn_headings(book):
    """Biểu 02's column headings turned upright, their row raised for them."""
    restyle("Biểu 02", "C6:Q6", "alignment", text_rotation=90)(book)
    book["Biểu 02"].row_dimensions[6].height = 150


def own_unit_note(book):
    """A note of the forms' own units typed above their tables, between the unit line and the table."""
    book["Biểu 03"]["E5"].value = "ĐVT: đồng"
    book["Biểu 02"]["E5"].value = "ĐVT: người"


def cross_out_zeros(book):
    """Biểu 02's inputs left 0 or empty crossed out by a diagonal border, as on a paper form."""
    for cell in cells(book, "Biểu 02", "C9:P13"):
        if cell.value in (0, None):
            border = copy.copy(cell.border)
            border.diagonal, border.diagonalDown = Side(style="thin"), True
            cell.border = border


def data_bars(book):
    """A data bar beside each of Biểu 02's workers, the figure still shown."""
    book["Biểu 02"].conditional_formatting.add(
        "C9:C13", DataBarRule(start_type="min", end_type="max", color="638EC6")
    )


def colour_scale(book):
    """A colour scale, white to green, behind Biểu 02's members at start."""
    rule = ColorScaleRule(start_type="min", start_color="FFFFFF", end_type="max", end_color="63BE7B")
    book["Biểu 02"].conditional_formatting.add("D9:D13", rule)


def icon_set(book):
    """Traffic lights beside Biểu 02's members admitted, the figure still shown."""
    rule = IconSetRule("3TrafficLights1", "percent", [0, 33, 67])
    book["Biểu 02"].conditional_formatting.add("E9:E13", rule)


def break_long_label(book):
    """Biểu 01's long FDI label broken in two lines (Alt+Enter), its row raised to show both."""
    sheet = book["Biểu 01"]
    sheet["A11"].value = "Doanh nghiệp có vốn\nđầu tư nước ngoài"
    restyle("Biểu 01", "A11:A11", "alignment", wrap_text=True)(book)
    sheet.row_dimensions[11].height = 32


def indent_labels(book):
    """Biểu 01's private and FDI labels indented one step under the non-state row they add up to."""
    restyle("Biểu 01", "A10:A11", "alignment", indent=1)(book)


def turn_figures(book):
    """Biểu 04's first figures turned upright, their rows raised for them."""
    restyle("Biểu 04", "C9:C12", "alignment", text_rotation=90)(book)
    for row in range(9, 13):
        book["Biểu 04"].row_dimensions[row].height = 40


def own_header(book):
    """Every form's header rewritten in the clerk's words: the unit's own name and the period."""
    for form in FORMS:
        book[form].oddHeader.center.text = "Công đoàn phường Ba Đình – Báo cáo thi đua Đợt 1 năm 2025"


def below_budget_in_red(book):
    """A rule of the clerk's own: collected below budget filled light red."""
    red = PatternFill("solid", fgColor="FFC7CE")
    rule = CellIsRule(operator="lessThan", formula=["C9"], fill=red)
    book["Biểu 03"].conditional_formatting.add("D9:D10", rule)


def altered_figure(book):
    """Not honest: the control case, one figure the clerk did not report (45 enterprises made 46)."""
    book["Biểu 01"]["C10"].value = 46


CHANGES = {
    "nothing": lambda book: None,
    "font_table": restyle("Biểu 02", "A6:Q14", "font", name="Times New Roman", sz=12),
    "bold_total": restyle("Biểu 02", "A14:Q14", "font", b=True),
    "fill_labels": fill("Biểu 01", "A9:B13", "DDEBF7"),
    "number_format": number_format,
    "column_widths": column_widths,
    "row_height": row_height,
    "comment": comment,
    "own_sheet": own_sheet,
    "footer_preparer": footer_preparer,
    "freeze": freeze,
    "zoom": zoom,
    "no_gridlines": no_gridlines,
    "creator": creator,
    "fit_landscape": fit_landscape,
    "tab_colour": tab_colour,
    "print_area": print_area,
    "print_titles": print_titles,
    "hide_check_sheet": hide_check_sheet,
    "own_name": own_name,
    "unprotect": unprotect,
    "margins": margins,
    "merge_headings": merge_headings,
    "hide_english": hide_english,
    "below_budget_in_red": below_budget_in_red,
    "shrink_inputs": shrink_inputs,
    "turn_headings": turn_headings,
    "own_unit_note": own_unit_note,
    "cross_out_zeros": cross_out_zeros,
    "data_bars": data_bars,
    "colour_scale": colour_scale,
    "icon_set": icon_set,
    "break_long_label": break_long_label,
    "indent_labels": indent_labels,
    "turn_figures": turn_figures,
    "own_header": own_header,
    "altered_figure": altered_figure,
}


# Not of the honest corpus: the lies and their twins the tests of what a person sees make with openpyxl
# (test/xlsx/struck-texts.interop.test.ts, conditional-zeros.interop.test.ts).


def struck_remark(book):
    """A remark of the clerk's own below the signatures, struck through: not the form's."""
    cell = book["Biểu 02"]["A31"]
    cell.value = "Đã gửi bản nháp ngày 02/7"
    cell.font = Font(strike=True)


def conditional_zeros(colour):
    """A conditional format writing the 0s of Biểu 02's inputs in `colour`."""

    def change(book):
        rule = CellIsRule(operator="equal", formula=["0"], font=Font(color=colour))
        book["Biểu 02"].conditional_formatting.add("C9:P13", rule)

    return change


def negatives_red(book):
    """A conditional format filling Biểu 02's negative inputs red."""
    red = PatternFill("solid", fgColor="FFC7CE")
    book["Biểu 02"].conditional_formatting.add("C9:P13", CellIsRule(operator="lessThan", formula=["0"], fill=red))


SEEN_CHANGES = {
    "strike_other_label": restyle("Biểu 02", "A13:A13", "font", strike=True),
    "strike_title": restyle("Biểu 02", "A1:A1", "font", strike=True),
    "strike_unit_line": restyle("Biểu 02", "A3:A3", "font", strike=True),
    "strike_remark": struck_remark,
    "underline_headings": restyle("Biểu 01", "A6:K7", "font", underline="single"),
    "zeros_white": conditional_zeros("FFFFFF"),
    "zeros_grey": conditional_zeros("808080"),
    "negatives_red": negatives_red,
}


def validations(book):
    return {form: len(book[form].data_validations.dataValidation) for form in FORMS}


def run(source, case, out_dir):
    book = openpyxl.load_workbook(source)
    before = validations(book)
    {**CHANGES, **SEEN_CHANGES}[case["change"]](book)
    # The template's data validation is left as it was: a script that drops it is not the clerk's.
    if validations(book) != before:
        raise RuntimeError(f"data validation changed: {before} → {validations(book)}")
    book.save(os.path.join(out_dir, f"{case['id']}.xlsx"))


def main(jobs_file):
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    outcome = {}
    for case in jobs["cases"]:
        try:
            run(jobs["source"], case, jobs["outDir"])
            outcome[case["id"]] = None
        except Exception as error:  # one failed change is that case's failure, not the run's
            outcome[case["id"]] = f"{type(error).__name__}: {error}"
    json.dump(outcome, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
