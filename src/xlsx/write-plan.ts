import ExcelJS from "exceljs";
import { columnLetters, quoteSheet } from "../core/a1";
import type { PlanCell, PlanTable, PlanValidation, SheetPlan, WorkbookPlan } from "../core/layout/plan";
import { STYLES, type CellStyle } from "../core/layout/styles";

const CREATOR = "Thi Đua";
const THIN = { style: "thin" } as const;

const argb = (hex: string) => `FF${hex.toUpperCase()}`;

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.italic || style.size || style.color) {
    cell.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.size ? { size: style.size } : {}),
      ...(style.color ? { color: { argb: argb(style.color) } } : {}),
    };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.align) {
    cell.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.align ? { horizontal: style.align } : {}),
    };
  }
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/**
 * A formula's cached result is written only when the plan knows one (an empty text counts as unknown):
 * readers that do not calculate show it, and Excel recalculates anyway on open.
 */
function cellValue({ formula, value }: PlanCell): ExcelJS.CellValue {
  if (formula === undefined) return value ?? null;
  return typeof value === "number" || (typeof value === "string" && value !== "")
    ? { formula, result: value }
    : { formula };
}

function writeCell(ws: ExcelJS.Worksheet, plan: PlanCell): void {
  const cell = ws.getCell(plan.row + 1, plan.col + 1);
  cell.value = cellValue(plan);
  if (plan.numFmt) cell.numFmt = plan.numFmt;
  if (plan.style) applyStyle(cell, STYLES[plan.style]);
  if (plan.unlocked) cell.protection = { locked: false };
}

function writeValidation(ws: ExcelJS.Worksheet, validation: PlanValidation): void {
  for (const area of validation.areas) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        ws.getCell(row + 1, col + 1).dataValidation = {
          type: "whole",
          operator: "between",
          // Blank is "not reported", a state of its own, never an invalid figure.
          allowBlank: true,
          formulae: [validation.min, validation.max],
          showErrorMessage: true,
          errorTitle: validation.title,
          error: validation.message,
        };
      }
    }
  }
}

/**
 * An Excel table over cells the plan already wrote. ExcelJS writes a table's rows into its cells, so
 * they are given as the plan has them and the plan's cells are written again on top (styles, formats).
 */
function writeTable(ws: ExcelJS.Worksheet, table: PlanTable, cells: readonly PlanCell[]): void {
  const { top, left, bottom, right } = table.area;
  const inside = cells.filter((c) => c.row >= top && c.row <= bottom && c.col >= left && c.col <= right);
  const at = new Map(inside.map((c) => [`${c.row},${c.col}`, c]));
  const valueAt = (row: number, col: number) => at.get(`${row},${col}`)?.value ?? null;
  const cols = Array.from({ length: right - left + 1 }, (_, i) => left + i);
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: `${columnLetters(left)}${top + 1}`,
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: cols.map((c) => ({ name: String(valueAt(top, c) ?? ""), filterButton: true })),
    rows: Array.from({ length: bottom - top }, (_, i) => cols.map((c) => valueAt(top + 1 + i, c))),
  });
  for (const cell of inside) writeCell(ws, cell);
}

async function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan): Promise<void> {
  const ws = wb.addWorksheet(plan.name, {
    state: plan.visibility,
    ...(plan.freeze
      ? { views: [{ state: "frozen" as const, xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }] }
      : {}),
  });
  plan.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const cell of plan.cells) writeCell(ws, cell);
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const validation of plan.validations) writeValidation(ws, validation);
  for (const table of plan.tables ?? []) writeTable(ws, table, plan.cells);
  if (plan.protect) {
    // No password: protection guards against slips, not against the unit's own staff.
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

interface WriteOptions {
  /** When the workbook says it was saved (what `readWorkbookGrid` returns as `modifiedAt`); now by default. */
  readonly modified?: Date;
}

/** Translates a workbook plan into .xlsx bytes; Excel recalculates every formula when it opens them. */
export async function writeWorkbookPlan(plan: WorkbookPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = wb.modified = options.modified ?? new Date();
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) await writeSheet(wb, sheet);
  for (const name of plan.names) {
    wb.definedNames.add(`${quoteSheet(name.sheet)}!$${columnLetters(name.col)}$${name.row + 1}`, name.name);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
