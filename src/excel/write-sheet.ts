import { columnLetters, rangeA1, toA1 } from "../core/a1";
import type { PlanArea, PlanCell, PlanChart, PlanValidation, SheetPlan } from "../core/layout/plan";
import { STYLES, type StyleKey } from "../core/layout/styles";
import { addressLists, areaA1, rectanglesOf } from "./areas";
import { cellMatrices } from "./cell-matrix";
import { SHEET_PROTECTION } from "./protection";
import { applyStyle, hasFormatting } from "./style-format";

/**
 * Plan widths are in characters, as in the file; `columnWidth` is in points. Excel's character is the
 * widest digit of the default font (7 px in Calibri 11) plus 5 px of padding, at 96 px to 72 pt.
 */
export const columnPoints = (characters: number) => (characters * 7 + 5) * 0.75;

function cellsOf(area: PlanArea): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) cells.push({ row, col });
  return cells;
}

/** One RangeAreas per address list: a handful per style, however many cells carry it. */
function rangeAreas(
  sheet: Excel.Worksheet,
  cells: readonly { row: number; col: number }[],
): Excel.RangeAreas[] {
  return addressLists(rectanglesOf(cells)).map((list) => sheet.getRanges(list));
}

function writeStyles(sheet: Excel.Worksheet, cells: readonly PlanCell[]): void {
  const byStyle = new Map<StyleKey, PlanCell[]>();
  for (const cell of cells) {
    if (!cell.style) continue;
    const group = byStyle.get(cell.style);
    if (group) group.push(cell);
    else byStyle.set(cell.style, [cell]);
  }
  for (const [key, styled] of byStyle) {
    if (!hasFormatting(STYLES[key])) continue;
    for (const areas of rangeAreas(sheet, styled)) applyStyle(areas.format, STYLES[key]);
  }
}

function writeColumnWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  for (let first = 0; first < widths.length; ) {
    let last = first;
    while (widths[last + 1] === widths[first]) last++;
    const columns = `${columnLetters(first)}:${columnLetters(last)}`;
    sheet.getRange(columns).format.columnWidth = columnPoints(widths[first]!);
    first = last + 1;
  }
}

function freeze(sheet: Excel.Worksheet, { rows, cols }: NonNullable<SheetPlan["freeze"]>): void {
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(rangeA1(0, 0, rows - 1, cols - 1));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
}

function writeValidation(sheet: Excel.Worksheet, validation: PlanValidation): void {
  for (const areas of rangeAreas(sheet, validation.areas.flatMap(cellsOf))) {
    const rule = { formula1: validation.min, formula2: validation.max, operator: "Between" as const };
    areas.dataValidation.rule = { wholeNumber: rule };
    areas.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: validation.title,
      message: validation.message,
    };
    // Blank is "not reported", a state of its own, never an invalid figure.
    areas.dataValidation.ignoreBlanks = true;
  }
}

function addChart(sheet: Excel.Worksheet, plan: PlanChart): void {
  const chart = sheet.charts.add("BarClustered", sheet.getRange(areaA1(plan.values)), "Columns");
  chart.title.text = `${plan.title.vi} / ${plan.title.en}`;
  const series = chart.series.getItemAt(0);
  series.name = plan.seriesName;
  series.setXAxisValues(sheet.getRange(areaA1(plan.categories)));
  // The first category on top, as the cells read (a bar chart draws it at the bottom by default).
  chart.axes.categoryAxis.reversePlotOrder = true;
  const { anchor, size } = plan;
  chart.setPosition(
    toA1(anchor.row, anchor.col),
    toA1(anchor.row + size.rows - 1, anchor.col + size.cols - 1),
  );
}

/**
 * Queues everything one sheet plan says, without a sync: two whole matrices for the contents, then
 * formats per style, merges, widths, panes, validation and charts, and protection last (a protected
 * sheet refuses the rest). Visibility is the caller's: a summary's sheets take theirs at the swap,
 * since a very hidden temporary sheet would be one more step to delete if the build failed.
 */
export function writeSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const matrices = cellMatrices(plan.cells);
  if (matrices) {
    const rows = matrices.formulas.length;
    const cols = matrices.formulas[0]!.length;
    const range = sheet.getRangeByIndexes(matrices.top, matrices.left, rows, cols);
    // Formats first: a text-formatted cell then keeps what is written into it as text.
    range.numberFormat = matrices.numberFormats;
    range.formulas = matrices.formulas;
  }
  writeStyles(sheet, plan.cells);
  const unlocked = plan.cells.filter((c) => c.unlocked);
  for (const areas of rangeAreas(sheet, unlocked)) areas.format.protection.locked = false;
  for (const merge of plan.merges) sheet.getRange(areaA1(merge)).merge(false);
  writeColumnWidths(sheet, plan.columnWidths);
  if (plan.freeze) freeze(sheet, plan.freeze);
  for (const validation of plan.validations) writeValidation(sheet, validation);
  for (const chart of plan.charts ?? []) addChart(sheet, chart);
  for (const table of plan.tables ?? []) sheet.tables.add(areaA1(table.area), true).name = table.name;
  if (plan.protect) sheet.protection.protect(SHEET_PROTECTION);
}
