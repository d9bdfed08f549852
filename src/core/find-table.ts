import { fromA1, toA1 } from "./a1";
import { nameKey } from "./fold";
import {
  findSheet,
  type GridCell,
  type GridSheet,
  type GridValue,
  type SheetTable,
  type WorkbookGrid,
} from "./grid";

/** Tables of ours are a few dozen columns wide; a hostile sheet's far columns are not looked at. */
const MAX_TABLE_COLUMNS = 512;

type Rows = Map<number, Map<number, GridCell>>;

function rowsOf(sheet: GridSheet): Rows {
  const rows: Rows = new Map();
  for (const [address, cell] of sheet.cells) {
    const at = fromA1(address);
    if (!at || !cell.value) continue;
    const row = rows.get(at.row) ?? new Map<number, GridCell>();
    row.set(at.col, cell);
    rows.set(at.row, row);
  }
  return rows;
}

function firstRow(rows: Rows): number {
  let first = Infinity;
  for (const r of rows.keys()) if (r < first) first = r;
  return first;
}

const rawText = (cell: GridCell | undefined) => (cell?.value ? String(cell.value.value).trim() : "");

/** A header cell as people typed it: case, spaces and how accents are encoded do not matter. */
const textOf = (cell: GridCell | undefined) => (cell?.value ? nameKey(String(cell.value.value)) : "");

/** Where the header starts: the first cell of a row followed by the given column names, left to right. */
function headerAt(rows: Rows, header: readonly string[]): { row: number; col: number } | null {
  const wanted = header.map(nameKey);
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(r)!;
    for (const [c, cell] of [...cells].sort(([a], [b]) => a - b)) {
      if (textOf(cell) !== wanted[0]) continue;
      if (wanted.every((w, i) => textOf(cells.get(c + i)) === w)) return { row: r, col: c };
    }
  }
  return null;
}

/** What a table keeps of a cell: its value, and the text it shows (a percent cell's "105%"). */
export function tableCellOf(cell: GridCell | undefined): { value?: GridValue; shown?: string } {
  if (!cell?.value) return {};
  return { value: cell.value, ...(cell.shown !== undefined ? { shown: cell.shown } : {}) };
}

/** A plain range read as a table: its header from `start` rightwards, rows down to the first blank one. */
function rangeAsTable(
  rows: Rows,
  sheet: string,
  name: string,
  start: { row: number; col: number },
): SheetTable {
  const headerCells = rows.get(start.row)!;
  let right = start.col;
  while (right + 1 - start.col < MAX_TABLE_COLUMNS && textOf(headerCells.get(right + 1)) !== "") right++;
  const cols = Array.from({ length: right - start.col + 1 }, (_, i) => start.col + i);
  const data: SheetTable["rows"][number][] = [];
  for (let r = start.row + 1; cols.some((c) => rows.get(r)?.has(c)); r++)
    data.push({
      cells: cols.map((c) => {
        const cell = rows.get(r)?.get(c);
        return { address: toA1(r, c), ...tableCellOf(cell) };
      }),
    });
  return {
    name,
    sheet,
    ref: toA1(start.row, start.col),
    header: cols.map((c) => ({ text: rawText(headerCells.get(c)), address: toA1(start.row, c) })),
    rows: data,
  };
}

/**
 * A table by name, case-insensitively: the workbook's Excel table (ListObject) if it has one. Otherwise
 * (an .ods or .xls file, or a program that writes plain sheets) a range whose header starts with the
 * table's first column names — looked for on the sheet named like the table first, then on every sheet —
 * or, on a sheet named like the table, its first row.
 */
export function findTable(
  grid: WorkbookGrid,
  name: string,
  header: readonly string[] = [],
): SheetTable | undefined {
  const wanted = name.toUpperCase();
  const table = grid.tables?.find((t) => t.name.toUpperCase() === wanted);
  if (table) return table;
  const named = findSheet(grid, name);
  const sheets = named ? [named, ...grid.sheets.filter((s) => s !== named)] : grid.sheets;
  for (const sheet of sheets) {
    const rows = rowsOf(sheet);
    const start =
      header.length > 0
        ? headerAt(rows, header)
        : sheet === named && rows.size > 0
          ? { row: firstRow(rows), col: 0 }
          : null;
    if (start && rows.has(start.row)) return rangeAsTable(rows, sheet.name, name, start);
  }
  return undefined;
}
