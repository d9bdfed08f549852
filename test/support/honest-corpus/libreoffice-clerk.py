"""Everyday changes a clerk makes to a filled report in LibreOffice Calc, each through LibreOffice's own
commands (the UNO API, and the dispatcher for what a clerk types or clicks), saved in the chosen format.

Argument: a JSON file {"soffice", "source", "outDir", "runs": [{"locale", "cases": [{"id", "change",
"format"}]}]}. Each run starts one LibreOffice in a fresh profile set to its locale (how a clerk's copy
reads "1.850" or "1,850" depends on it) and does all its cases there: a start per case would cost more
than the cases. Prints {id: null | "what went wrong"} as JSON.

A case that types or deletes through the dispatcher is not saved as .ods: LibreOffice 7.4 headless goes
down, about one time in two, saving such a document as .ods.
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

import uno
from com.sun.star.awt import Point, Size
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale
from com.sun.star.table import BorderLine2, CellRangeAddress

FILTERS = {"xlsx": "Calc MS Excel 2007 XML", "xls": "MS Excel 97", "ods": "calc8"}
PREPARER = "Người lập: Nguyễn Thị Lan – ĐT 0912 345 678"


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def profile_for(locale):
    """A fresh user profile whose locale (number input, separators) and UI language are `locale`."""
    folder = tempfile.mkdtemp(prefix="thidua-clerk-")
    os.makedirs(os.path.join(folder, "user"))
    items = "".join(
        f'<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="{key}" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>"
        for key in ("ooSetupSystemLocale", "ooLocale")
    )
    with open(os.path.join(folder, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as xcu:
        xcu.write(
            '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry"'
            ' xmlns:xs="http://www.w3.org/2001/XMLSchema">' + items + "</oor:items>"
        )
    return folder


def logo_png(path):
    """A 48×48 red square, the union's logo as far as a spreadsheet can tell."""
    row = b"\x00" + b"\xc0\x20\x20" * 48

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    with open(path, "wb") as png:
        png.write(
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", 48, 48, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * 48))
            + chunk(b"IEND", b"")
        )


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


def thousands_format(clerk):
    formats = clerk.doc.NumberFormats
    locale = Locale("en", "US", "")
    key = formats.queryKey("#,##0", locale, False)
    clerk.cells("Biểu 03", "C9:D11").NumberFormat = key if key != -1 else formats.addNew("#,##0", locale)


def thousands_button(clerk):
    """Format › Number Format › Number (Ctrl+Shift+1): whole numbers in groups of thousands, as the locale
    groups them."""
    clerk.select("Biểu 03", "C9:D11")
    clerk.dispatch(".uno:NumberFormatDecimal")


def note(clerk, sheet, ref, text, shown=False):
    cell = clerk.cells(sheet, ref)
    clerk.sheet(sheet).Annotations.insertNew(cell.CellAddress, text)
    cell.Annotation.setIsVisible(shown)


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


def own_sheet(clerk):
    sheets = clerk.doc.Sheets
    sheets.insertNewByName("Ghi chú", sheets.Count)
    clerk.cells("Ghi chú", "A1").String = "Việc cần làm"
    clerk.cells("Ghi chú", "A2").String = "Gửi báo cáo trước 05/7"
    clerk.cells("Ghi chú", "B2").Value = 5


MONTHLY_DUES = (16_250_000, 16_480_500, 16_310_000, 16_590_000, 16_420_000, 16_710_000)


def monthly_sheet_sum(clerk):
    """The dues of Biểu 03 summed from the clerk's own sheet of monthly receipts (98,760,500 đồng)."""
    sheets = clerk.doc.Sheets
    sheets.insertNewByName("Thu KP", sheets.Count)
    clerk.cells("Thu KP", "A1").String = "Tháng"
    clerk.cells("Thu KP", "B1").String = "Đoàn phí (đồng)"
    for month, amount in enumerate(MONTHLY_DUES, start=1):
        clerk.cells("Thu KP", f"A{month + 1}").String = f"Tháng {month}"
        clerk.cells("Thu KP", f"B{month + 1}").Value = amount
    clerk.type("Biểu 03", "D10", "=SUM($'Thu KP'.B2:B7)")


def signatures(clerk):
    """The date line and the two signatories' names under the signature block, as every form is signed."""
    sheet = clerk.sheet("Biểu 02")
    sheet.unprotect("")
    clerk.type("Biểu 02", "H20", "Ba Đình, ngày 05 tháng 7 năm 2025")
    clerk.type("Biểu 02", "A27", "Nguyễn Thị Lan")
    clerk.type("Biểu 02", "H27", "Trần Văn Minh")
    sheet.protect("")


def remark_beside(clerk):
    sheet = clerk.sheet("Biểu 02")
    sheet.unprotect("")
    clerk.type("Biểu 02", "S11", "Đã đối chiếu với sổ đoàn viên")
    sheet.protect("")


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


def typed(sheet, ref, text):
    return lambda clerk: clerk.type(sheet, ref, text)


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


def sheet_tab(clerk):
    clerk.sheet("Biểu 01").TabColor = 0x2E75B6


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
    "font_table": unprotected("Biểu 02", set_cells("Biểu 02", "A6:Q14", CharFontName="Times New Roman", CharHeight=12)),
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
    "thousands_format": unprotected("Biểu 03", thousands_format),
    "thousands_button": unprotected("Biểu 03", thousands_button),
    "merge_headings": unprotected("Biểu 02", merge_headings),
    "note": lambda clerk: note(clerk, "Biểu 02", "E11", "Gồm 12 đoàn viên của CĐCS mới thành lập"),
    "note_shown": lambda clerk: note(clerk, "Biểu 03", "D9", "Đã gồm 62.450.000 đ truy thu năm trước", True),
    "insert_row_below": unprotected("Biểu 02", insert_row_below),
    "own_sheet": own_sheet,
    "monthly_sheet_sum": monthly_sheet_sum,
    "sum_of_literals": typed("Biểu 04", "C25", "=SUM(120;35)-35"),
    "plain_sum": typed("Biểu 04", "C25", "=100+20"),
    "other_form_reference": typed("Biểu 04", "C14", "='Biểu 02'.C9"),
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
    "tab_colour": sheet_tab,
    "signatures": signatures,
    "remark_beside": remark_beside,
    "hide_english": hide_english,
    "text_box": text_box,
    "optimal_heights": optimal_heights,
    "no_print_area": no_print_area,
    "own_name": own_name,
    "duplicate_sheet": duplicate_sheet,
    "left_unprotected": unprotected("Biểu 01", set_cells("Biểu 01", "A13:K13", CharWeight=150.0), False),
}


class Office:
    """A headless LibreOffice in its own profile, driven over a pipe."""

    def __init__(self, soffice, locale, logo):
        self.profile = profile_for(locale)
        pipe = f"thidua{os.getpid()}{locale}"
        self.process = subprocess.Popen(
            [
                soffice,
                f"-env:UserInstallation={uno.systemPathToFileUrl(self.profile)}",
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        deadline = time.time() + 60
        while context is None:
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            except Exception:
                if time.time() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.2)
        manager = context.ServiceManager
        self.desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        self.dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        self.graphics = manager.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", context)
        self.logo = uno.systemPathToFileUrl(logo)

    def run(self, source, case, out_dir):
        # Each case opens its own copy: LibreOffice locks what it opens, and a lock left by one that went
        # down would make the next opening ask "open read-only?".
        opened = os.path.join(out_dir, f"{case['id']}-opened{os.path.splitext(source)[1]}")
        shutil.copyfile(source, opened)
        try:
            doc = self.desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(opened), "_blank", 0, (prop("Hidden", True),)
            )
            if doc is None:
                raise RuntimeError(f"LibreOffice did not open {opened}")
            try:
                CHANGES[case["change"]](Clerk(self, doc))
                out = os.path.join(out_dir, f"{case['id']}.{case['format']}")
                doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", FILTERS[case["format"]]),))
            finally:
                doc.close(True)
        finally:
            # LibreOffice's lock too, which it leaves when it goes down: the case's next attempt opens a
            # copy by the same name.
            for left in (opened, os.path.join(out_dir, f".~lock.{os.path.basename(opened)}#")):
                if os.path.exists(left):
                    os.remove(left)

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass  # the bridge goes down with the office: that is the end asked for
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


ATTEMPTS = 2


def main(jobs_file):
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    logo = os.path.join(jobs["outDir"], "logo.png")
    logo_png(logo)
    outcome = {}
    for run in jobs["runs"]:
        office = Office(jobs["soffice"], run["locale"], logo)
        try:
            for case in run["cases"]:
                for _ in range(ATTEMPTS):
                    try:
                        office.run(jobs["source"], case, jobs["outDir"])
                        outcome[case["id"]] = None
                        break
                    except Exception as error:  # one failed change is that case's failure, not the run's
                        outcome[case["id"]] = f"{type(error).__name__}: {error}"
                        print(f"{case['id']}: {outcome[case['id']]}", file=sys.stderr)
                        # Headless LibreOffice 7.4 now and then goes down after a dispatched command (a
                        # case or two in a hundred here): the case is done again, once, in a fresh one.
                        office.close()
                        office = Office(jobs["soffice"], run["locale"], logo)
        finally:
            office.close()
    json.dump(outcome, sys.stdout, ensure_ascii=False)

if __name__ == "__main__":
    main(sys.argv[1])
