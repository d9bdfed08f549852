import { columnLetters, toA1, type Area } from "../../../core/grid/a1";
import type { PlanCell, SheetPlan } from "../../../core/layout/plan";
import { conditionalFormattingXml } from "./conditional-formatting";
import { storedFormula } from "./future-functions";
import { pageSetupXml, rowHeightXml, sheetPrXml } from "./print-xml";
import type { SharedStrings } from "./shared-strings";
import type { StyleSheet } from "./style-sheet";
import { MAIN_NS, REL_NS } from "../../xml/namespaces";
import { elementText, xmlText, XML_HEAD } from "./xml-text";

const range = (a: Area) => `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`;

// A summary writes a million cells in a few dozen formats: each format's attribute is made once, not once
// a cell (columnLetters keeps each column's letters once made).
const STYLE_ATTRIBUTES: string[] = [""];
const styleAttribute = (xf: number) => (STYLE_ATTRIBUTES[xf] ??= ` s="${xf}"`);

/**
 * A cell's XML, in the row numbered `rowNumber` as the sheet shows it. A formula's cached result is
 * written only when the plan knows one (an empty text counts as unknown): readers that do not calculate
 * show it, and Excel recalculates on open anyway.
 */
function cellXml(cell: PlanCell, rowNumber: string, strings: SharedStrings, styles: StyleSheet): string {
  const open = `<c r="${columnLetters(cell.col)}${rowNumber}"${styleAttribute(styles.xf(cell.style, cell.numFmt, cell.unlocked))}`;
  const { value, formula } = cell;
  const number = typeof value === "number" && Number.isFinite(value) ? value : null;
  if (formula !== undefined) {
    const f = `<f>${elementText(storedFormula(formula))}</f>`;
    if (number !== null) return `${open}>${f}<v>${number}</v></c>`;
    if (typeof value === "string" && value !== "") return `${open} t="str">${f}<v>${xmlText(value)}</v></c>`;
    return `${open}>${f}</c>`;
  }
  if (number !== null) return `${open}><v>${number}</v></c>`;
  if (typeof value === "string") return `${open} t="s"><v>${strings.add(value)}</v></c>`;
  return `${open}/>`;
}

const rowMajor = (a: PlanCell, b: PlanCell) => a.row - b.row || a.col - b.col;
const byColumn = (a: PlanCell, b: PlanCell) => a.col - b.col;

/**
 * The cells in reading order, of two at one place the one set first first. Layouts put nearly every cell
 * in reading order, but a table's headings write two rows side by side, so most sheets need ordering:
 * cells are put in their rows by counting (a sort of a hundred thousand cells took a tenth of writing
 * them), and only a row out of order is sorted.
 */
function inRowMajorOrder(cells: readonly PlanCell[]): readonly PlanCell[] {
  let ordered = true;
  for (let i = 1; i < cells.length && ordered; i++) {
    const [a, b] = [cells[i - 1]!, cells[i]!];
    ordered = a.row < b.row || (a.row === b.row && a.col <= b.col);
  }
  if (ordered) return cells;
  let lastRow = 0;
  for (const { row } of cells) {
    if (!Number.isInteger(row) || row < 0 || row > MAX_ROW) return [...cells].sort(rowMajor);
    if (row > lastRow) lastRow = row;
  }
  const starts = new Int32Array(lastRow + 2);
  for (const cell of cells) starts[cell.row + 1]!++;
  for (let row = 1; row < starts.length; row++) starts[row]! += starts[row - 1]!;
  const out = new Array<PlanCell>(cells.length);
  const next = starts.slice(0, lastRow + 1);
  for (const cell of cells) out[next[cell.row]!++] = cell;
  for (let row = 0; row <= lastRow; row++) {
    const [from, to] = [starts[row]!, starts[row + 1]!];
    for (let i = from + 1; i < to; i++)
      if (out[i - 1]!.col > out[i]!.col) {
        const sorted = out.slice(from, to).sort(byColumn);
        for (let k = 0; k < sorted.length; k++) out[from + k] = sorted[k]!;
        break;
      }
  }
  return out;
}

/** A sheet's last row, zero-based: Excel holds 1,048,576. */
const MAX_ROW = 1_048_575;

/**
 * The cells row by row, each row's text on its own: a sheet of a million cells is never one string. A row
 * the plan gives a height carries it, and is written even with no cell (room left to sign).
 */
function* sheetDataXml(
  cells: readonly PlanCell[],
  strings: SharedStrings,
  styles: StyleSheet,
  rowHeights: SheetPlan["rowHeights"] = [],
): Generator<string> {
  // The sort is stable, so of two cells at one address the one set later comes later, and wins.
  const ordered = inRowMajorOrder(cells);
  const heights = new Map(rowHeights.map((h) => [h.row, h.height]));
  const sized = [...heights.keys()].sort((a, b) => a - b);
  let next = 0;
  /** The rows given a height above `row`, written empty: those reached so far hold no cell. */
  function* cellLessRowsBefore(row: number): Generator<string> {
    for (; next < sized.length && sized[next]! <= row; next++) {
      const at = sized[next]!;
      if (at < row) yield `<row r="${at + 1}"${rowHeightXml(heights.get(at))}/>`;
    }
  }
  yield "<sheetData>";
  let row = -1;
  let rowNumber = "";
  let xml = "";
  for (let i = 0; i < ordered.length; i++) {
    const cell = ordered[i]!;
    const next = ordered[i + 1];
    if (next && next.row === cell.row && next.col === cell.col) continue;
    if (cell.row !== row) {
      if (row >= 0) yield `${xml}</row>`;
      row = cell.row;
      rowNumber = String(row + 1);
      yield* cellLessRowsBefore(row);
      xml = `<row r="${rowNumber}"${rowHeightXml(heights.get(row))}>`;
    }
    xml += cellXml(cell, rowNumber, strings, styles);
  }
  if (row >= 0) yield `${xml}</row>`;
  yield* cellLessRowsBefore(Infinity);
  yield "</sheetData>";
}

function viewXml(freeze: SheetPlan["freeze"]): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0))
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane =
    freeze.rows > 0 && freeze.cols > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${toA1(freeze.rows, freeze.cols)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function colsXml(widths: readonly number[]): string {
  const cols: string[] = [];
  widths.forEach((width, i) =>
    cols.push(`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`),
  );
  return cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "";
}

function validationsXml(sheet: SheetPlan): string {
  if (sheet.validations.length === 0) return "";
  const items = sheet.validations.map((v) => {
    // Blank is "not reported", a state of its own, never an invalid figure.
    const common = `allowBlank="1" showErrorMessage="1" errorTitle="${xmlText(v.title)}" error="${xmlText(v.message)}" sqref="${v.areas.map(range).join(" ")}"`;
    return "list" in v
      ? `<dataValidation type="list"${v.warnOnly ? ' errorStyle="warning"' : ""} ${common}><formula1>${xmlText(v.list)}</formula1></dataValidation>`
      : `<dataValidation type="whole" operator="between" ${common}><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** The sheet's relationship ids of its parts: its tables, in the plan's order, and its drawing. */
export interface SheetRels {
  readonly tables: readonly string[];
  readonly drawing: string | null;
}

/** A worksheet part, in pieces to be compressed as they come. */
/** The sheet's links to cells of the workbook: a location, no relationship (that is for a link outside). */
function hyperlinksXml(sheet: SheetPlan): string {
  if (!sheet.links) return "";
  const links = sheet.links.map(
    ({ row, col, target }) => `<hyperlink ref="${toA1(row, col)}" location="${xmlText(target)}"/>`,
  );
  return `<hyperlinks>${links.join("")}</hyperlinks>`;
}

export function* worksheetXml(
  sheet: SheetPlan,
  strings: SharedStrings,
  styles: StyleSheet,
  { tables: tableRels, drawing }: SheetRels,
): Generator<string> {
  yield XML_HEAD;
  yield `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
  yield sheetPrXml(sheet);
  yield viewXml(sheet.freeze);
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  yield colsXml(sheet.columnWidths);
  yield* sheetDataXml(sheet.cells, strings, styles, sheet.rowHeights);
  // No password: protection guards against slips, not against the unit's own staff.
  if (sheet.protect)
    yield '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>';
  if (sheet.merges.length > 0)
    yield `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${range(m)}"/>`).join("")}</mergeCells>`;
  yield conditionalFormattingXml(sheet, styles);
  yield validationsXml(sheet);
  yield hyperlinksXml(sheet);
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  yield pageSetupXml(sheet);
  if (drawing !== null) yield `<drawing r:id="${drawing}"/>`;
  if (tableRels.length > 0)
    yield `<tableParts count="${tableRels.length}">${tableRels.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  yield "</worksheet>";
}
