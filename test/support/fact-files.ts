import type { WorkbookGrid } from "../../src/core/grid/grid";
import type { CellFact } from "../../src/core/grid/reader-facts";
import { twoCell, withDrawing } from "./form-sheet-parts";
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
  sizes: (report) => restyled(report, { font: '<font><sz val="1"/><name val="Calibri"/></font>' }),
  // A clerk's 9 pt table: legible, printed smaller than the templates' 11 pt.
  smallerFont: (report) => restyled(report, { font: '<font><sz val="9"/><name val="Calibri"/></font>' }),
  // 123,456,789 in General in a column 6 characters wide: written "1E+08".
  generalRoom: (report) => inNarrowColumn(report, 123_456_789, "General", 6),
  underDrawing: (report) => withDrawing(report, twoCell(2, Number(report.input.row) - 1)),
  struck: (report) => restyled(report, { font: calibri("<strike/>") }),
  crossed: (report) =>
    restyled(report, {
      border:
        '<border diagonalDown="1"><left/><right/><top/><bottom/><diagonal style="thin"><color auto="1"/></diagonal></border>',
    }),
  textLayout: (report) => restyled(report, { alignment: 'textRotation="90"' }),
};

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
