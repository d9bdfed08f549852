import type { GridSheet, WorkbookGrid } from "../../src/core/grid/grid";
import { fromA1, toA1 } from "../../src/core/grid/a1";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CellFact, SheetFact } from "../../src/core/grid/reader-facts";
import { twoCell, withDrawing } from "./form-sheet-parts";
import { xlsWithRecords } from "./xls-records";
import { xlsViewed } from "./xls-view";
import {
  conditionallyStyled,
  inNarrowColumn,
  numberFormatted,
  styledCell,
  withCellXfs,
  type ReportParts,
} from "./report-parts";

// Reports that carry, each on Biểu 01's first input, what makes a reader give one fact of a cell: the
// lies of the red-team rounds, made as they were (the report's parts edited as Excel writes them), and the
// look a clerk gives a figure. Read as they are by the .xlsx reader, re-saved by LibreOffice as .xls and
// .ods for the others (test/core/grid/reader-facts*.test.ts).

/** How the input is drawn: its font's and its border's XML, and its alignment's attributes. */
interface Look {
  readonly font?: string;
  readonly border?: string;
  readonly alignment?: string;
}

/** An 11 pt Calibri font, with a strike (before its size) or a colour (after it), in a style's order. */
const calibri = (strike = "", colour = "") =>
  `<font>${strike}<sz val="11"/>${colour}<name val="Calibri"/><family val="2"/></font>`;
const PLAIN_FONT = calibri();
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

/** `styles` with one more `element` (a font's or a border's XML) in its list, and that one's index. */
function added(styles: string, tag: "font" | "border", element: string): { styles: string; index: number } {
  const count = new RegExp(`<${tag}s count="(\\d+)">`);
  const index = Number(count.exec(styles)![1]);
  return {
    index,
    styles: styles
      .replace(count, `<${tag}s count="${index + 1}">`)
      .replace(`</${tag}s>`, `${element}</${tag}s>`),
  };
}

/** The report with its first input drawn in a style of its own (the thousands format of the forms). */
function restyled(report: ReportParts, { font = PLAIN_FONT, border = NO_BORDER, alignment = "" }: Look) {
  const withFont = added(report.text("xl/styles.xml"), "font", font);
  const withBorder = added(withFont.styles, "border", border);
  const xf =
    `<xf numFmtId="164" fontId="${withFont.index}" fillId="0" borderId="${withBorder.index}" xfId="0" ` +
    `applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1">${alignment ? `<alignment ${alignment}/>` : ""}</xf>`;
  const xfs = withCellXfs(withBorder.styles, xf);
  return report.fileWith({
    "xl/styles.xml": xfs.styles,
    [report.input.part]: styledCell(report.input.cell, xfs.first),
  });
}

/** The report with its input's row changed by `change` (its start tag). */
const rowed = (report: ReportParts, change: (tag: string) => string) =>
  report.fileWith({
    [report.input.part]: (xml) => xml.replace(new RegExp(`<row r="${report.input.row}"[^>]*>`), change),
  });

/** The report with its input computed by `formula` (its `<f>`), its figure cached. */
const computed = (report: ReportParts, formula: string) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      xml.replace(new RegExp(`(<c r="${report.input.cell}"[^>]*>)(<v>)`), `$1${formula}$2`),
  });

/** For each fact of a cell, a report on whose first input a reader that gives the fact gives it. */
export const FACT_FILES: Readonly<Record<CellFact, (report: ReportParts) => Uint8Array>> = {
  value: (report) => report.bytes,
  // A clerk's sum typed into the input.
  formula: (report) => computed(report, "<f>1000+380</f>"),
  // An array formula over the input (formula-kinds: the figure shown is the one it computes).
  computedBy: (report) => computed(report, `<f t="array" ref="${report.input.cell}">1380</f>`),
  // A unit of another kind written beside the figure (red team: 45 enterprises shown as "45 %").
  shown: (report) => numberFormatted(report, '0" người"'),
  // A conditional format whose rule always holds, writing the figure as a percentage in a 36 pt font
  // (red team, rounds 10 and 11): an .xls keeps the font alone, which shows "###".
  mayShow: (report) =>
    conditionallyStyled(
      report,
      '<font><sz val="36"/></font><numFmt numFmtId="301" formatCode="0%"/>',
      "dxfs",
    ),
  hidden: (report) => rowed(report, (tag) => tag.replace(">", ' hidden="1">')),
  inks: (report) => restyled(report, { font: calibri("", '<color rgb="FFFFFFFF"/>') }),
  // A figure in a 1-pt font (red team, round 4): a reader gives the sizes of every cell, the core judges them.
  drawnSizes: (report) => restyled(report, { font: '<font><sz val="1"/><name val="Calibri"/></font>' }),
  // 123,456,789 in General in a column 6 characters wide: written "1E+08".
  generalSizes: (report) => inNarrowColumn(report, 123_456_789, "General", 6),
  // The input's row label written in two runs, the first white (red team, round 17: words a person cannot
  // see), and the input, a named cell, typed as a text the same way: "1380" read as "380".
  drawnRuns: (report) =>
    report.fileWith({
      [report.input.part]: (xml) =>
        inRuns(inRuns(xml, `A${report.input.row}`, ["Doanh nghiệp ngoài ", "nhà nước"]), report.input.cell, [
          "1",
          "380",
        ]),
    }),
  underDrawing: (report) => withDrawing(report, twoCell(2, Number(report.input.row) - 1)),
  struck: (report) => restyled(report, { font: calibri("<strike/>") }),
  crossed: (report) =>
    restyled(report, {
      border:
        '<border diagonalDown="1"><left/><right/><top/><bottom/><diagonal style="thin"><color auto="1"/></diagonal></border>',
    }),
  textLayout: (report) => restyled(report, { alignment: 'textRotation="90"' }),
  // The input holding a text, merged with the cell beside it, its row's height stored.
  mergedRoom: (report) => {
    const { cell, row, part } = report.input;
    const { col } = fromA1(cell)!;
    return report.fileWith({
      [part]: (xml) =>
        inRuns(xml, cell, ["", "x"])
          .replace(
            /<mergeCells count="(\d+)">/,
            (_, n) =>
              `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${cell}:${toA1(Number(row) - 1, col + 1)}"/>`,
          )
          .replace(new RegExp(`<row r="${row}"( [^>]*)?>`), (tag) =>
            tag.replace(/ (ht|customHeight)="[^"]*"/g, "").replace(">", ' ht="15" customHeight="1">'),
          ),
    });
  },
};

/** A sheet's XML with the cell at `address` holding a text in two runs, the first white (`texts`). */
const inRuns = (xml: string, address: string, [white, plain]: readonly [string, string]) =>
  xml.replace(
    new RegExp(`<c r="${address}"([^>]*?)(?: t="\\w+")?>.*?</c>`),
    `<c r="${address}"$1 t="inlineStr"><is><r><rPr><color rgb="FFFFFFFF"/></rPr><t>${white}</t></r><r><t>${plain}</t></r></is></c>`,
  );

/** The facts a reader gave of any cell of the grids, each once, sorted. */
export const factsGiven = (...grids: readonly WorkbookGrid[]): CellFact[] =>
  [
    ...new Set(
      grids.flatMap((grid) =>
        grid.sheets.flatMap((sheet) => [...sheet.cells.values()].flatMap((cell) => Object.keys(cell))),
      ),
    ),
  ].sort() as CellFact[];

/** The facts a reader gave of the cell `address` of sheet `sheet`. */
export const factsAt = (grid: WorkbookGrid, sheet: string, address: string): CellFact[] =>
  Object.keys(grid.sheets.find((s) => s.name === sheet)?.cells.get(address) ?? {}) as CellFact[];

/** The report with Biểu 01's view changed by `change` (its `<sheetView ` start). */
const viewed = (report: ReportParts, change: string) =>
  report.fileWith({ [report.input.part]: (xml) => xml.replace("<sheetView ", `<sheetView ${change} `) });

/** A black picture of 4 × 4 pixels. */
const BLACK_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAADElEQVR4nGNgIB0AAAA0AAF2Xq7DAAAAAElFTkSuQmCC";

/** The report with a black picture as Biểu 01's sheet background (red team, round 53). */
function withBackground(report: ReportParts): Uint8Array {
  const { part } = report.input;
  return report.fileWith({
    [part]: (xml) => xml.replace("</worksheet>", '<picture r:id="rIdBg"/></worksheet>'),
    [part.replace("worksheets/", "worksheets/_rels/") + ".rels"]:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdBg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/black.png"/></Relationships>',
    "[Content_Types].xml": (xml) =>
      xml.replace("<Default ", '<Default Extension="png" ContentType="image/png"/><Default '),
    "xl/media/black.png": new Uint8Array(Buffer.from(BLACK_PNG, "base64")),
  });
}

/**
 * For each fact of a sheet an .xlsx can hold, a report on whose Biểu 01 a reader that gives the fact
 * gives it; the report as written for its page setup, print areas and footers.
 */
export const SHEET_FACT_FILES: Readonly<Partial<Record<SheetFact, (report: ReportParts) => Uint8Array>>> = {
  "view.opensAt": (report) => report.bytes,
  // Scrolled past the first three rows, then frozen: a person can never scroll back to them.
  "view.reach": (report) =>
    report.fileWith({
      [report.input.part]: (xml) =>
        xml.replace(
          /<sheetView [^>]*>.*?<\/sheetView>/s,
          '<sheetView workbookViewId="0" topLeftCell="A4"><pane xSplit="2" ySplit="8" topLeftCell="C12" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/></sheetView>',
        ),
    }),
  "view.zerosHidden": (report) => viewed(report, 'showZeros="0"'),
  "view.formulasShown": (report) => viewed(report, 'showFormulas="1"'),
  "view.background": withBackground,
  // Printed at 10 %, not fitted to its page.
  "print.scale": (report) =>
    report.fileWith({
      [report.input.part]: (xml) =>
        xml.replace('fitToPage="1"', 'fitToPage="0"').replace("<pageSetup ", '<pageSetup scale="10" '),
    }),
  "print.fit": (report) => report.bytes,
  "print.paper": (report) => report.bytes,
  "print.margins": (report) => report.bytes,
  "print.areas": (report) => report.bytes,
  printAreas: (report) => report.bytes,
  pageTexts: (report) => report.bytes,
};

/** An .ods whose page styles' `edit` is made: what a clerk sets in LibreOffice's Format › Page Style. */
function odsPageStyled(ods: Uint8Array, edit: (styles: string) => string): Uint8Array {
  const parts = unzipSync(ods);
  parts["styles.xml"] = strToU8(edit(strFromU8(parts["styles.xml"]!)));
  return zipSync(parts);
}

/** What the page style prints beside the cells (`style:print`), as the words given. */
const printing = (ods: Uint8Array, words: string) =>
  odsPageStyled(ods, (styles) => styles.replace(/style:print="[^"]*"/g, `style:print="${words}"`));

/** An .xls whose first sheet's WINDOW2 record is changed by `change`, as Excel writes it. */
const xlsWindowed = (xls: Uint8Array, change: (window: DataView) => void) =>
  xlsWithRecords(xls, (records) =>
    records.map((record) => {
      if (record.type === 0x023e && record.sheet === 0)
        change(new DataView(record.body.buffer, record.body.byteOffset, record.body.byteLength));
      return record;
    }),
  );

const item = (name: string, type: string, value: string | number) =>
  `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;

/** An .ods whose first view shows Biểu 01 scrolled `top` rows down, then frozen at 2 columns and 8 rows. */
function odsFrozen(ods: Uint8Array, top: number): Uint8Array {
  const table =
    '<config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name="Biểu 01">' +
    item("HorizontalSplitMode", "short", 2) +
    item("VerticalSplitMode", "short", 2) +
    item("HorizontalSplitPosition", "int", 2) +
    item("VerticalSplitPosition", "int", top + 8) +
    item("PositionLeft", "int", 0) +
    item("PositionRight", "int", 2) +
    item("PositionTop", "int", top) +
    item("PositionBottom", "int", top + 8) +
    "</config:config-item-map-entry></config:config-item-map-named>";
  const views =
    '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>' +
    `${item("ViewId", "string", "view1")}${table}${item("ActiveTable", "string", "Biểu 01")}` +
    "</config:config-item-map-entry></config:config-item-map-indexed>";
  const parts = unzipSync(ods);
  parts["settings.xml"] = strToU8(
    strFromU8(parts["settings.xml"]!).replace(
      /(<config:config-item-set config:name="ooo:view-settings">).*?(<\/config:config-item-set>)/s,
      (_, open: string, close: string) => `${open}${views}${close}`,
    ),
  );
  return zipSync(parts);
}

/**
 * For the facts of a sheet only a format of its own holds, how the report LibreOffice saved in it is
 * changed to hold them: as Excel writes Show Formulas in an .xls (WINDOW2's fDspFmla, which LibreOffice
 * never writes) and a sheet frozen once scrolled; as LibreOffice keeps an .ods's frozen view, and its page style printing formulas, no
 * zeros, or on a dark fill.
 */
export const SAVED_SHEET_FACTS: Readonly<
  Record<"xls" | "ods", Readonly<Partial<Record<SheetFact, (saved: Uint8Array) => Uint8Array>>>>
> = {
  xls: {
    "view.formulasShown": (xls) =>
      xlsWindowed(xls, (window) => window.setUint16(0, window.getUint16(0, true) | 1, true)),
    // Biểu 01 scrolled three rows down, then frozen at 2 columns and 8 rows (WINDOW2, PANE), as Excel
    // saves it: LibreOffice saves no view in the .xls it converts.
    "view.reach": (xls) => xlsViewed(xls, 0, 3, { rows: 8, cols: 2 }),
  },
  ods: {
    // Biểu 01 frozen at its eighth row, scrolled three rows down first, as LibreOffice keeps a frozen split.
    "view.opensAt": (ods) => odsFrozen(ods, 3),
    "view.reach": (ods) => odsFrozen(ods, 3),
    "print.formulasPrinted": (ods) => printing(ods, "charts drawings objects zero-values formulas"),
    "print.zerosUnprinted": (ods) => printing(ods, "charts drawings objects"),
    "print.background": (ods) =>
      odsPageStyled(ods, (styles) =>
        styles.replace(
          /<style:page-layout-properties /g,
          '<style:page-layout-properties fo:background-color="#000000" ',
        ),
      ),
  },
};

/** The facts a reader gave of a sheet. */
export const sheetFactsOf = (sheet: GridSheet): SheetFact[] => [
  ...(sheet.printAreas ? (["printAreas"] as const) : []),
  ...(sheet.pageTexts ? (["pageTexts"] as const) : []),
  ...Object.keys(sheet.view ?? {}).map((key) => `view.${key}` as SheetFact),
  ...Object.keys(sheet.print ?? {}).map((key) => `print.${key}` as SheetFact),
];

/** The facts a reader gave of any sheet of the grids, each once, sorted. */
export const sheetFactsGiven = (...grids: readonly WorkbookGrid[]): SheetFact[] =>
  [...new Set(grids.flatMap((grid) => grid.sheets.flatMap(sheetFactsOf)))].sort();

/** The facts a reader gave of sheet `name`. */
export const sheetFactsAt = (grid: WorkbookGrid, name: string): SheetFact[] => {
  const sheet = grid.sheets.find((s) => s.name === name);
  return sheet ? sheetFactsOf(sheet) : [];
};
