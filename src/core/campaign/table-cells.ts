import type { GridValue, SheetTable } from "../grid/grid";
import { isIsoDate } from "../model/period";
import { columnKey } from "./campaign-columns";

/** Excel counts days from 30/12/1899 (its 1900 leap-year bug included, which this epoch absorbs). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 36_526 || serial > 73_051) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

export function isoToExcelSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000);
}

/** The text of a cell as people typed it; blank is "". */
export function cellText(value: GridValue | undefined): string {
  if (!value) return "";
  if (value.type === "boolean") return value.value ? "TRUE" : "FALSE";
  return String(value.value).trim();
}

/**
 * A date as a province's officers type it: an Excel date, ISO 2025-07-15, or 15/07/2025 (day first, as
 * Vietnamese write dates). Null when it is none of those or not a real day.
 */
export function cellDate(value: GridValue | undefined): string | null {
  if (!value) return null;
  if (value.type === "number") return excelSerialToIso(value.value);
  const text = cellText(value);
  if (isIsoDate(text)) return text;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!dmy) return null;
  const iso = `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/** A row of a table with its cells found by column name (case-insensitive), and where each cell is. */
export interface TableRow {
  readonly index: number;
  value(column: string): GridValue | undefined;
  text(column: string): string;
  /** The text the cell shows, where the reader knows it (a percent cell's "105%"). */
  shown(column: string): string | undefined;
  /** The sheet and cell, for a finding. */
  where(column: string): { sheet: string; cell: string };
}

/**
 * Column positions by key: a header in Vietnamese, in English or the key itself stands for its column
 * (see campaign-columns); any other header by its folded text. The first of two equal headers wins.
 */
export function tableRows(table: SheetTable): { columns: ReadonlyMap<string, number>; rows: TableRow[] } {
  const columns = new Map<string, number>();
  table.header.forEach((h, i) => {
    const key = columnKey(table.name, h.text);
    if (key && !columns.has(key)) columns.set(key, i);
  });
  const rows = table.rows.map((row, index): TableRow => {
    const cell = (column: string) => {
      const i = columns.get(column);
      return i === undefined ? undefined : row.cells[i];
    };
    return {
      index,
      value: (column) => cell(column)?.value,
      text: (column) => cellText(cell(column)?.value),
      shown: (column) => cell(column)?.shown,
      where: (column) => ({
        sheet: table.sheet,
        cell: cell(column)?.address ?? row.cells[0]?.address ?? table.ref,
      }),
    };
  });
  return { columns, rows };
}
