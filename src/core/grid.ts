import { fromA1, toA1 } from "./a1";

/**
 * What a reader saw in a workbook: the bridge from every reader (a file, a live Excel workbook) back to
 * the core. Values keep their type so a number stored as text is told apart from a number.
 */
export type GridValue =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "error"; readonly value: string };

export interface GridCell {
  /** Absent when the cell is blank (or a formula has no cached value). */
  readonly value?: GridValue;
  /** Without the leading "=". */
  readonly formula?: string;
}

export interface GridSheet {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  /** Keyed by A1 address without "$", e.g. "C8". */
  readonly cells: ReadonlyMap<string, GridCell>;
}

export interface GridName {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

export interface WorkbookGrid {
  readonly sheets: readonly GridSheet[];
  readonly names: readonly GridName[];
  /** When the workbook says it was last saved (ISO 8601), if it says. */
  readonly modifiedAt?: string;
  /** Its Excel tables (ListObjects), where the reader can see them. */
  readonly tables?: readonly SheetTable[];
}

export function findSheet(grid: WorkbookGrid, name: string): GridSheet | undefined {
  const wanted = name.toUpperCase();
  return grid.sheets.find((s) => s.name.toUpperCase() === wanted);
}

/** Defined names are case-insensitive in every spreadsheet program. */
export function nameIndex(grid: WorkbookGrid): ReadonlyMap<string, GridName> {
  const index = new Map<string, GridName>();
  for (const n of grid.names) if (!index.has(n.name.toUpperCase())) index.set(n.name.toUpperCase(), n);
  return index;
}

/** An Excel table (ListObject), or a plain range read as one: its header cells and its data rows. */
export interface SheetTable {
  readonly name: string;
  readonly sheet: string;
  /** A1 of the top-left header cell */
  readonly ref: string;
  readonly header: readonly { readonly text: string; readonly address: string }[];
  readonly rows: readonly {
    readonly cells: readonly { readonly address: string; readonly value?: GridValue }[];
  }[];
}

/** Tables of ours are a few dozen columns wide; a hostile sheet's far columns are not looked at. */
const MAX_TABLE_COLUMNS = 512;

/** A sheet read as a table: its header in the first non-blank row, data until the first blank row. */
function sheetAsTable(sheet: GridSheet, name: string): SheetTable | undefined {
  const byRow = new Map<number, Map<number, GridCell & { address: string }>>();
  for (const [address, cell] of sheet.cells) {
    const at = fromA1(address);
    if (!at || cell.value === undefined) continue;
    const row = byRow.get(at.row) ?? new Map<number, GridCell & { address: string }>();
    row.set(at.col, { ...cell, address });
    byRow.set(at.row, row);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const top = rows[0];
  if (top === undefined) return undefined;
  const headerCells = byRow.get(top)!;
  let last = 0;
  for (const c of headerCells.keys()) if (c > last && c < MAX_TABLE_COLUMNS) last = c;
  const cols = Array.from({ length: last + 1 }, (_, i) => i);
  const data: SheetTable["rows"][number][] = [];
  for (let r = top + 1; byRow.has(r); r++) {
    const cells = byRow.get(r)!;
    data.push({
      cells: cols.map((c) => {
        const cell = cells.get(c);
        return { address: toA1(r, c), ...(cell?.value ? { value: cell.value } : {}) };
      }),
    });
  }
  return {
    name,
    sheet: sheet.name,
    ref: toA1(top, 0),
    header: cols.map((c) => ({
      text: String(headerCells.get(c)?.value?.value ?? ""),
      address: toA1(top, c),
    })),
    rows: data,
  };
}

/**
 * A table by name, case-insensitively: the workbook's Excel table (ListObject) if it has one, else a sheet
 * of that name read as a table, as programs that write plain sheets (or .ods files) leave it.
 */
export function findTable(grid: WorkbookGrid, name: string): SheetTable | undefined {
  const wanted = name.toUpperCase();
  const table = grid.tables?.find((t) => t.name.toUpperCase() === wanted);
  if (table) return table;
  const sheet = findSheet(grid, name);
  return sheet ? sheetAsTable(sheet, name) : undefined;
}
