import { areaA1, columnLetters, rangeA1, toA1, type Area } from "../core/grid/a1";
import { columnPoints } from "../core/layout/page";
import type { PlanChart, PlanValidation, SheetPlan } from "../core/layout/plan";
import { buildTableName } from "./build-journal";
import { addressLists, cellsOf, rectanglesOf } from "../host/excel-ready/areas";
import { rowSlices, type CellMatrix } from "../host/excel-ready/cell-matrix";
import { prepareSheet, type PreparedSheet } from "../host/excel-ready/prepared-sheet";
import { writeConditionalFormats } from "./conditional-formats";
import { SHEET_PROTECTION } from "./protection";
import { commandBytes, REQUEST_BUDGET, type RequestBudget } from "./request-budget";
import { applyStyle } from "./style-format";
import { writePrint, writeRowHeights } from "./page-setup";

/** A command's argument may fill half a request; the other half is left for what is queued around it. */
const SLICE_BYTES = REQUEST_BUDGET / 2;

/** Style commands per set of areas, at most: every formatting property and two per border edge. */
const STYLE_COMMANDS = 20;

/** One RangeAreas per address list: a handful per style, however many cells carry it. */
async function forEachAreas(
  sheet: Excel.Worksheet,
  budget: RequestBudget,
  areas: readonly Area[],
  commands: number,
  apply: (areas: Excel.RangeAreas) => void,
): Promise<void> {
  for (const list of addressLists(areas)) {
    await budget.reserve(commandBytes(commands, list));
    apply(sheet.getRanges(list));
  }
}

/**
 * Number formats before contents, so a text-formatted cell keeps what is written into it as text. Each
 * rectangle shares one format, sent once: Excel applies a single value set on a range to all its cells
 * ("Update all cells in a range", Microsoft's Excel performance guide), where a matrix would repeat it
 * per cell (5.6 MB of a 3,400-unit summary's requests).
 */
async function writeNumberFormats(
  sheet: Excel.Worksheet,
  budget: RequestBudget,
  formats: PreparedSheet["numberFormats"],
) {
  for (const { format, areas } of formats)
    for (const area of areas) {
      await budget.reserve(commandBytes(2, format));
      const range = sheet.getRangeByIndexes(
        area.top,
        area.left,
        area.bottom - area.top + 1,
        area.right - area.left + 1,
      );
      // Office.js types the property as the matrix it reads back; a single value is what it takes for all.
      range.numberFormat = format as unknown as string[][];
    }
}

/**
 * The contents in slices of whole rows (getRangeByIndexes), each slice's JSON within SLICE_BYTES, its
 * formulas naming other sheets by the names they are built under (`rename`).
 */
async function writeContents(
  sheet: Excel.Worksheet,
  budget: RequestBudget,
  matrix: CellMatrix | null,
  rename: (formula: string) => string,
) {
  if (!matrix) return;
  const cols = matrix.formulas[0]!.length;
  for (const { start, count } of rowSlices(matrix.formulas, SLICE_BYTES)) {
    const rows = matrix.formulas
      .slice(start, start + count)
      .map((row) =>
        row.map((input) => (typeof input === "string" && input.startsWith("=") ? rename(input) : input)),
      );
    await budget.reserve(commandBytes(2, rows));
    sheet.getRangeByIndexes(matrix.top + start, matrix.left, count, cols).formulas = rows;
  }
}

async function writeStyles(sheet: Excel.Worksheet, budget: RequestBudget, prepared: PreparedSheet) {
  for (const block of prepared.styles)
    await forEachAreas(sheet, budget, block.areas, STYLE_COMMANDS, (areas) =>
      applyStyle(areas.format, block.style),
    );
  for (const verdict of prepared.verdicts)
    await forEachAreas(sheet, budget, verdict.areas, 6, (areas) => {
      const format = areas.conditionalFormats.add("CellValue").cellValue;
      format.rule = { formula1: verdict.formula, operator: "EqualTo" };
      if (verdict.fill) format.format.fill.color = verdict.fill;
      if (verdict.color) format.format.font.color = verdict.color;
    });
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

/**
 * A list's source names its sheet as the formulas do, by the name it is built under (`rename`): Excel
 * keeps the source as a reference, which follows that sheet to its final name at the swap, where the
 * final name would be a sheet not there yet (#REF!), a user's sheet of that name, or the sheet replaced.
 */
function writeValidation(
  areas: Excel.RangeAreas,
  validation: PlanValidation,
  rename: (formula: string) => string,
): void {
  areas.dataValidation.rule =
    "list" in validation
      ? { list: { inCellDropDown: true, source: rename(`=${validation.list}`) } }
      : {
          wholeNumber: { formula1: validation.min, formula2: validation.max, operator: "Between" as const },
        };
  areas.dataValidation.errorAlert = {
    showAlert: true,
    style: "list" in validation && validation.warnOnly ? "Warning" : "Stop",
    title: validation.title,
    message: validation.message,
  };
  // Blank is "not reported", a state of its own, never an invalid figure.
  areas.dataValidation.ignoreBlanks = true;
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

export interface WriteSheetOptions {
  /** The sheet's cells as Excel takes them, when the worker worked them out; else done here. */
  readonly prepared?: PreparedSheet | undefined;
  /** A formula as it must be written: naming other sheets by the names they are built under. */
  readonly rename?: (formula: string) => string;
}

/**
 * Queues everything one sheet plan says, syncing only when the request would pass the budget: number
 * formats where they differ from General, the contents in slices of rows, formats per look, verdict
 * colours and the plan's own conditional formats, merges, widths, panes, validation and charts, and
 * protection last (a protected sheet refuses the rest). Visibility is the caller's: a summary's sheets
 * take theirs at the swap, since a very hidden temporary sheet would be one more step to delete if the
 * build failed.
 */
export async function writeSheet(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  budget: RequestBudget,
  { prepared = prepareSheet(plan.cells), rename = (formula: string) => formula }: WriteSheetOptions = {},
): Promise<void> {
  await writeNumberFormats(sheet, budget, prepared.numberFormats);
  await writeContents(sheet, budget, prepared.matrix, rename);
  await writeStyles(sheet, budget, prepared);
  await writeConditionalFormats(sheet, budget, plan.conditionalFormats ?? []);
  await forEachAreas(
    sheet,
    budget,
    prepared.unlocked,
    1,
    (areas) => (areas.format.protection.locked = false),
  );
  await budget.reserve(commandBytes(2 * plan.merges.length + 2 * plan.columnWidths.length + 2));
  for (const merge of plan.merges) sheet.getRange(areaA1(merge)).merge(false);
  writeColumnWidths(sheet, plan.columnWidths);
  if (plan.freeze) freeze(sheet, plan.freeze);
  for (const validation of plan.validations)
    await forEachAreas(sheet, budget, rectanglesOf(validation.areas.flatMap(cellsOf)), 5, (areas) =>
      writeValidation(areas, validation, rename),
    );
  await budget.reserve(commandBytes(10 * (plan.charts ?? []).length + 2 * (plan.tables ?? []).length + 1));
  for (const chart of plan.charts ?? []) addChart(sheet, chart);
  // A range, not an address: an address without its sheet would make the table on the active sheet.
  // Table names are the workbook's: the final one is given at the swap, once a table it replaces is gone.
  for (const table of plan.tables ?? [])
    sheet.tables.add(sheet.getRange(areaA1(table.area)), true).name = buildTableName(table.name);
  for (const { row, col, target } of plan.links ?? []) {
    await budget.reserve(commandBytes(2, target));
    sheet.getRangeByIndexes(row, col, 1, 1).hyperlink = { documentReference: rename(target) };
  }
  await writeRowHeights(sheet, budget, plan.rowHeights);
  if (plan.print) await writePrint(sheet, budget, plan.print);
  if (plan.protect) sheet.protection.protect(SHEET_PROTECTION);
}
