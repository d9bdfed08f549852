"""The everyday changes a clerk makes to a filled report in LibreOffice Calc, each through LibreOffice's own
commands: the UNO API for what a dialog sets, the dispatcher for what a clerk types or clicks. Used by
libreoffice-clerk.py, by key.
"""
import uno
from com.sun.star.awt import Point, Size
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale
from com.sun.star.table import BorderLine2, CellRangeAddress

PREPARER = "Người lập: Nguyễn Thị Lan – ĐT 0912 345 678"


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Clerk:
    """One open report and the commands a clerk gives it."""

    def __init__(self, office, doc):
        self.office, self.doc = office, doc
        self.controller = doc.getCurrentController()

    def sheet(self, name):
        return self.doc.Sheets.getByName(name)

    def cells(self, sheet, ref):
        return self.sheet(sheet).getCellRangeByName(ref)

    def select(self, sheet, ref):
        self.controller.setActiveSheet(self.sheet(sheet))
        self.dispatch(".uno:GoToCell", prop("ToPoint", ref))

    def dispatch(self, command, *args):
        self.office.dispatcher.executeDispatch(self.controller.getFrame(), command, "", 0, args)

    def type(self, sheet, ref, text):
        """Types `text` into a cell and presses Enter, read in the profile's locale as a clerk's is."""
        self.select(sheet, ref)
        self.dispatch(".uno:EnterString", prop("StringName", text))

    def page_style(self, sheet):
        return self.doc.StyleFamilies.getByName("PageStyles").getByName(self.sheet(sheet).PageStyle)

    def rows(self, sheet, first, last):
        index = self.doc.Sheets.ElementNames.index(sheet)
        return CellRangeAddress(index, 0, first - 1, 0, last - 1)


def thick_grid(clerk):
    line = BorderLine2()
    line.OuterLineWidth = line.LineWidth = 35
    table = clerk.cells("Biểu 04", "A6:C26")
    border = table.TableBorder2
    for side in ("Top", "Bottom", "Left", "Right", "Horizontal", "Vertical"):
        setattr(border, f"{side}Line", line)
        setattr(border, f"Is{side}LineValid", True)
    table.TableBorder2 = border


def number_format(sheet, ref, code):
    """Format › Cells › Numbers, the format code typed (in the API's en-US notation, shown in the
    locale's)."""

    def change(clerk):
        formats = clerk.doc.NumberFormats
        locale = Locale("en", "US", "")
        key = formats.queryKey(code, locale, False)
        clerk.cells(sheet, ref).NumberFormat = key if key != -1 else formats.addNew(code, locale)

    return change


def thousands_button(clerk):
    """Format › Number Format › Number (Ctrl+Shift+1): whole numbers in groups of thousands, as the locale
    groups them."""
    clerk.select("Biểu 03", "C9:D11")
    clerk.dispatch(".uno:NumberFormatDecimal")


def note(sheet, ref, text, shown=False):
    """Insert › Comment, and with `shown` its "Show Comment": the note then lies over the cells beside."""

    def change(clerk):
        cell = clerk.cells(sheet, ref)
        clerk.sheet(sheet).Annotations.insertNew(cell.CellAddress, text)
        cell.Annotation.setIsVisible(shown)

    return change


def footer_preparer(clerk):
    for sheet in ("Biểu 01", "Biểu 02", "Biểu 03", "Biểu 04"):
        style = clerk.page_style(sheet)
        footer = style.RightPageFooterContent
        footer.LeftText.setString(PREPARER)
        style.RightPageFooterContent = footer


def fit_landscape(clerk):
    style = clerk.page_style("Biểu 04")
    size = style.Size
    if not style.IsLandscape:
        style.IsLandscape = True
        style.Size = Size(max(size.Width, size.Height), min(size.Width, size.Height))
    style.ScaleToPagesX = 1
    style.ScaleToPagesY = 1


def narrow_margins(clerk):
    style = clerk.page_style("Biểu 02")
    style.LeftMargin = style.RightMargin = style.TopMargin = style.BottomMargin = 1000


def print_area(clerk):
    index = clerk.doc.Sheets.ElementNames.index("Biểu 02")
    clerk.sheet("Biểu 02").setPrintAreas((CellRangeAddress(index, 0, 0, 16, 22),))


def print_titles(clerk):
    sheet = clerk.sheet("Biểu 02")
    sheet.setTitleRows(clerk.rows("Biểu 02", 6, 8))
    sheet.setPrintTitleRows(True)


def autofilter(clerk):
    """Data › AutoFilter over the table, its numbered row "(1), (2)…" taken as the header."""
    clerk.select("Biểu 02", "A8:Q14")
    clerk.dispatch(".uno:DataFilterAutoFilter")


def logo(clerk):
    sheet = clerk.sheet("Biểu 03")
    shape = clerk.doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
    shape.Graphic = clerk.office.graphics.queryGraphic((prop("URL", clerk.office.logo),))
    sheet.DrawPage.add(shape)
    shape.setSize(Size(1800, 1800))
    corner = sheet.getCellRangeByName("G1").Position
    shape.setPosition(Point(corner.X, corner.Y))


def insert_row_below(clerk):
    clerk.sheet("Biểu 02").Rows.insertByIndex(14, 1)
    clerk.type("Biểu 02", "A15", "Ghi chú: số liệu đến hết ngày 30/6/2025")


def insert_row_in_table(clerk):
    """Insert › Rows Above on Biểu 02's total row, a sector of the clerk's own typed there: the form's total
    leaves it out, as the roll-up does."""
    clerk.sheet("Biểu 02").Rows.insertByIndex(13, 1)
    clerk.type("Biểu 02", "A14", "Hộ kinh doanh cá thể")
    for column, figure in zip("CDE", (40, 35, 5)):
        clerk.type("Biểu 02", f"{column}14", str(figure))


def insert_unlabelled_row_in_table(clerk):
    """The same row inserted above Biểu 02's total with its figures typed and no label."""
    clerk.sheet("Biểu 02").Rows.insertByIndex(13, 1)
    for column, figure in zip("CDE", (40, 35, 5)):
        clerk.type("Biểu 02", f"{column}14", str(figure))


def own_sheet(clerk):
    sheets = clerk.doc.Sheets
    sheets.insertNewByName("Ghi chú", sheets.Count)
    clerk.cells("Ghi chú", "A1").String = "Việc cần làm"
    clerk.cells("Ghi chú", "A2").String = "Gửi báo cáo trước 05/7"
    clerk.cells("Ghi chú", "B2").Value = 5


MONTHLY_DUES = (16_250_000, 16_480_500, 16_310_000, 16_590_000, 16_420_000, 16_710_000)


def monthly_sheet_sum(enter):
    """The dues of Biểu 03 summed from the clerk's own sheet of monthly receipts (98,760,500 đồng), the
    formula entered by `enter`."""

    def change(clerk):
        sheets = clerk.doc.Sheets
        sheets.insertNewByName("Thu KP", sheets.Count)
        clerk.cells("Thu KP", "A1").String = "Tháng"
        clerk.cells("Thu KP", "B1").String = "Đoàn phí (đồng)"
        for month, amount in enumerate(MONTHLY_DUES, start=1):
            clerk.cells("Thu KP", f"A{month + 1}").String = f"Tháng {month}"
            clerk.cells("Thu KP", f"B{month + 1}").Value = amount
        enter("Biểu 03", "D10", "=SUM($'Thu KP'.B2:B7)")(clerk)

    return change


def count_own_list(clerk):
    """Biểu 04's 46 grassroots unions counted from the clerk's own list of them, one a row."""
    sheets = clerk.doc.Sheets
    sheets.insertNewByName("DS CĐCS", sheets.Count)
    clerk.cells("DS CĐCS", "A1").String = "Tên công đoàn cơ sở"
    for row in range(2, 48):
        clerk.cells("DS CĐCS", f"A{row}").String = f"CĐCS số {row - 1}"
    clerk.type("Biểu 04", "C9", "=COUNTA($'DS CĐCS'.A2:A60)")


def hide_english(clerk):
    clerk.sheet("Biểu 02").Columns.getByIndex(1).IsVisible = False


def text_box(clerk):
    sheet = clerk.sheet("Biểu 03")
    shape = clerk.doc.createInstance("com.sun.star.drawing.TextShape")
    sheet.DrawPage.add(shape)
    shape.setSize(Size(5000, 1200))
    corner = sheet.getCellRangeByName("G9").Position
    shape.setPosition(Point(corner.X, corner.Y))
    shape.setString("Số thu đến 30/6/2025")


def currency_button(clerk):
    """Format › Number Format › Currency: the locale's currency, "850.000.000 ₫" in vi-VN."""
    clerk.select("Biểu 03", "C9:D11")
    clerk.dispatch(".uno:NumberFormatCurrency")


def delete_spacer_row(clerk):
    """The empty row between Biểu 02's table and its targets, deleted."""
    clerk.sheet("Biểu 02").Rows.removeByIndex(14, 1)


def own_sheet_first(clerk):
    clerk.doc.Sheets.insertNewByName("Ghi chú", 0)
    clerk.cells("Ghi chú", "A1").String = "Việc cần làm"


def portrait(clerk):
    style = clerk.page_style("Biểu 02")
    size = style.Size
    style.IsLandscape = False
    style.Size = Size(min(size.Width, size.Height), max(size.Width, size.Height))


def print_grid(clerk):
    style = clerk.page_style("Biểu 02")
    style.PrintGrid = True
    style.PrintHeaders = True


def hide_english_headings(clerk):
    clerk.sheet("Biểu 02").Rows.getByIndex(6).IsVisible = False


def optimal_heights(clerk):
    clerk.sheet("Biểu 01").Rows.OptimalHeight = True


def no_print_area(clerk):
    clerk.sheet("Biểu 03").setPrintAreas(())


def own_name(clerk):
    """Sheet › Named Ranges › Define: a name of the clerk's own for Biểu 03's total collected."""
    where = clerk.cells("Biểu 03", "D11").CellAddress
    clerk.doc.NamedRanges.addNewByName("Tong_thu", "$'Biểu 03'.$D$11", where, 0)


def duplicate_sheet(clerk):
    """Sheet › Duplicate Sheet: a copy of Biểu 03 to try figures on, at the end."""
    clerk.doc.Sheets.copyByName("Biểu 03", "Biểu 03_2", clerk.doc.Sheets.Count)


def set_author(clerk):
    properties = clerk.doc.DocumentProperties
    properties.Author = "Nguyễn Thị Lan"
    properties.Title = "Báo cáo thi đua Đợt 1 năm 2025"


def delete_key(clerk):
    """The optional "unions transferred out" of the "other" row, 0, emptied with the Delete key."""
    clerk.select("Biểu 02", "O13")
    clerk.dispatch(".uno:ClearContents")


def unprotected(sheet, change, protect_again=True):
    """Tools › Protect Sheet off (the forms have no password), the change, and on again as found: how a
    clerk formats the form's own locked cells."""

    def unprotected_change(clerk):
        clerk.sheet(sheet).unprotect("")
        change(clerk)
        if protect_again:
            clerk.sheet(sheet).protect("")

    return unprotected_change


def set_cells(sheet, ref, **properties):
    def change(clerk):
        cells = clerk.cells(sheet, ref)
        for key, value in properties.items():
            setattr(cells, key, value)

    return change


def set_sheet(sheet, **properties):
    def change(clerk):
        for key, value in properties.items():
            setattr(clerk.sheet(sheet), key, value)

    return change


def typed(sheet, ref, text):
    return lambda clerk: clerk.type(sheet, ref, text)


def formula(sheet, ref, text):
    """A formula set through the API, in its notation ("$'Biểu 02'.C9"): as typed, without the dispatcher,
    for a document saved as .ods (see libreoffice-clerk.py)."""

    def change(clerk):
        clerk.cells(sheet, ref).Formula = text

    return change


def both(*changes):
    def change(clerk):
        for one in changes:
            one(clerk)

    return change


def column_width(clerk):
    columns = clerk.sheet("Biểu 02").Columns
    columns.getByIndex(0).Width = 9000
    columns.getByIndex(1).Width = 6000


def row_height(clerk):
    clerk.sheet("Biểu 01").Rows.getByIndex(5).Height = 1500


def merge_headings(clerk):
    for ref in ("A6:A7", "B6:B7"):
        clerk.cells("Biểu 02", ref).merge(True)


ITALIC = uno.Enum("com.sun.star.awt.FontSlant", "ITALIC")
CENTRE = uno.Enum("com.sun.star.table.CellHoriJustify", "CENTER")
VERTICAL_CENTRE = uno.Enum("com.sun.star.table.CellVertJustify", "CENTER")

CHANGES = {
    "nothing": lambda clerk: None,
    "column_width": column_width,
    "row_height": row_height,
    "font_table": unprotected(
        "Biểu 02", set_cells("Biểu 02", "A6:Q14", CharFontName="Times New Roman", CharHeight=12)
    ),
    "bold_total": unprotected("Biểu 02", set_cells("Biểu 02", "A14:Q14", CharWeight=150.0)),
    "fill_labels": unprotected("Biểu 01", set_cells("Biểu 01", "A9:B13", CellBackColor=0xDDEBF7)),
    "fill_inputs": set_cells("Biểu 03", "C9:D10", CellBackColor=0xE2EFDA),
    "title_colour": unprotected("Biểu 01", set_cells("Biểu 01", "A1", CharColor=0x1F4E79)),
    "italic_english": unprotected("Biểu 01", set_cells("Biểu 01", "B9:B13", CharPosture=ITALIC)),
    "centre_figures": unprotected(
        "Biểu 02", set_cells("Biểu 02", "C9:Q14", HoriJustify=CENTRE, VertJustify=VERTICAL_CENTRE)
    ),
    "wrap_headings": unprotected("Biểu 01", set_cells("Biểu 01", "A6:K7", IsTextWrapped=True)),
    "borders": unprotected("Biểu 04", thick_grid),
    "thousands_format": unprotected("Biểu 03", number_format("Biểu 03", "C9:D11", "#,##0")),
    "thousands_button": unprotected("Biểu 03", thousands_button),
    "merge_headings": unprotected("Biểu 02", merge_headings),
    "note": note("Biểu 02", "E11", "Gồm 12 đoàn viên của CĐCS mới thành lập"),
    "note_shown": note("Biểu 03", "D9", "Đã gồm 62.450.000 đ truy thu năm trước", shown=True),
    "insert_row_below": unprotected("Biểu 02", insert_row_below),
    "own_sheet": own_sheet,
    "monthly_sheet_sum": monthly_sheet_sum(typed),
    "count_own_list": count_own_list,
    "sum_of_literals": typed("Biểu 04", "C25", "=SUM(120;35)-35"),
    "plain_sum": typed("Biểu 04", "C25", "=100+20"),
    "other_form_reference": typed("Biểu 04", "C14", "='Biểu 02'.C9"),
    "monthly_sheet_sum_set": monthly_sheet_sum(formula),
    "sum_of_literals_set": formula("Biểu 04", "C25", "=SUM(120;35)-35"),
    "other_form_reference_set": formula("Biểu 04", "C14", "=$'Biểu 02'.C9"),
    "print_fit_landscape": fit_landscape,
    "print_area": print_area,
    "print_titles": print_titles,
    "margins": narrow_margins,
    "autofilter": unprotected("Biểu 02", autofilter),
    "footer_preparer": footer_preparer,
    "logo": logo,
    "typed_grouped_en": both(typed("Biểu 03", "D9", "912,450,000"), typed("Biểu 04", "C14", "1,850")),
    "typed_grouped_vi": both(typed("Biểu 03", "D9", "912.450.000"), typed("Biểu 04", "C14", "1.850")),
    "delete_optional": delete_key,
    "type_zero": typed("Biểu 02", "F13", "0"),
    "author": set_author,
    "tab_colour": set_sheet("Biểu 01", TabColor=0x2E75B6),
    "signatures": unprotected(
        "Biểu 02",
        both(
            typed("Biểu 02", "H20", "Ba Đình, ngày 05 tháng 7 năm 2025"),
            typed("Biểu 02", "A27", "Nguyễn Thị Lan"),
            typed("Biểu 02", "H27", "Trần Văn Minh"),
        ),
    ),
    "remark_beside": unprotected("Biểu 02", typed("Biểu 02", "S11", "Đã đối chiếu sổ đoàn viên")),
    "hide_english": hide_english,
    "text_box": text_box,
    "optimal_heights": optimal_heights,
    "no_print_area": no_print_area,
    "own_name": own_name,
    "duplicate_sheet": duplicate_sheet,
    "rate_one_decimal": unprotected("Biểu 01", number_format("Biểu 01", "E9:E13", "0.0%")),
    "decimals_on_counts": number_format("Biểu 02", "C9:H13", "#,##0.00"),
    "currency_button": unprotected("Biểu 03", currency_button),
    "delete_spacer_row": unprotected("Biểu 02", delete_spacer_row),
    "figures_dark_blue": set_cells("Biểu 02", "C9:H13", CharColor=0x1F3864),
    "own_sheet_first": own_sheet_first,
    "hide_check_sheet": set_sheet("Kiểm tra", IsVisible=False),
    "hide_english_headings": hide_english_headings,
    "print_grid": print_grid,
    "portrait": portrait,
    "smaller_font": unprotected("Biểu 02", set_cells("Biểu 02", "A1:Q27", CharHeight=9)),
    "left_unprotected": unprotected(
        "Biểu 01", set_cells("Biểu 01", "A13:K13", CharWeight=150.0), protect_again=False
    ),
}


# Not of the honest corpus: the lies and their twins the tests of what a person sees make in LibreOffice
# (test/xlsx/struck-texts.interop.test.ts, conditional-zeros.interop.test.ts), each through the property
# its dialog sets.
STRUCK = 1  # com.sun.star.awt.FontStrikeout.SINGLE: Format › Cells › Font Effects › Strikethrough
UNDERLINED = 1  # com.sun.star.awt.FontUnderline.SINGLE: Format › Cells › Font Effects › Underline


def struck_remark(clerk):
    """A remark of the clerk's own below the signatures, struck through: not the form's."""
    cell = clerk.cells("Biểu 02", "A31")
    cell.setString("Đã gửi bản nháp ngày 02/7")
    cell.CharStrikeout = STRUCK


def conditional(sheet, ref, operator, formula, style, **look):
    """Format › Conditional › Condition: cell value `operator` `formula`, applying a new cell style `style`
    of the look given."""

    def change(clerk):
        styles = clerk.doc.StyleFamilies.getByName("CellStyles")
        if not styles.hasByName(style):
            styles.insertByName(style, clerk.doc.createInstance("com.sun.star.style.CellStyle"))
            for key, value in look.items():
                setattr(styles.getByName(style), key, value)
        cells = clerk.cells(sheet, ref)
        rules = cells.ConditionalFormat
        rules.addNew(
            (
                prop("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", operator)),
                prop("Formula1", formula),
                prop("StyleName", style),
            )
        )
        cells.ConditionalFormat = rules

    return change


def all_unprotected(change):
    """Every protected sheet unprotected, the change, and protected again: LibreOffice changes no cell style
    while a sheet is protected, as a style is the whole document's."""

    def unprotected_change(clerk):
        sheets = [clerk.sheet(name) for name in clerk.doc.Sheets.ElementNames]
        protected = [sheet for sheet in sheets if sheet.isProtected()]
        for sheet in protected:
            sheet.unprotect("")
        change(clerk)
        for sheet in protected:
            sheet.protect("")

    return unprotected_change


SEEN_CHANGES = {
    "insert_row_in_table": unprotected("Biểu 02", insert_row_in_table),
    "insert_unlabelled_row_in_table": unprotected("Biểu 02", insert_unlabelled_row_in_table),
    "strike_other_label": unprotected("Biểu 02", set_cells("Biểu 02", "A13", CharStrikeout=STRUCK)),
    "strike_remark": unprotected("Biểu 02", struck_remark),
    "underline_headings": unprotected("Biểu 01", set_cells("Biểu 01", "A6:K7", CharUnderline=UNDERLINED)),
    "zeros_white": all_unprotected(
        conditional("Biểu 02", "C9:P13", "EQUAL", "0", "Số 0 trắng", CharColor=0xFFFFFF)
    ),
    "zeros_grey": all_unprotected(
        conditional("Biểu 02", "C9:P13", "EQUAL", "0", "Số 0 xám", CharColor=0x808080)
    ),
    "negatives_red": all_unprotected(
        conditional("Biểu 02", "C9:P13", "LESS", "0", "Số âm", CellBackColor=0xFFC7CE)
    ),
}
