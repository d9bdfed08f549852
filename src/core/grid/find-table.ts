import { fromA1, inArea, toA1, type Area } from "./a1";
import { nameKey } from "../text/fold";
import {
  findSheet,
  type GridCell,
  type GridSheet,
  type SheetTable,
  type TableCell,
  type WorkbookGrid,
} from "./grid";

/** Tables of ours are a few dozen columns wide; a hostile sheet's far columns are not looked at. */
const MAX_TABLE_COLUMNS = 512;

const rawText = (cell: GridCell | undefined) => (cell?.value ? String(cell.value.value).trim() : "");

/**
 * What a table keeps of a cell: its value, and the text it shows (a percent cell's "105%"); of a cell
 * holding no value, the formula saved without its result.
 */
function tableCellOf(cell: GridCell | undefined): Omit<TableCell, "address"> {
  if (!cell?.value) return cell?.formula ? { unsavedFormula: cell.formula } : {};
  return { value: cell.value, ...(cell.shown !== undefined ? { shown: cell.shown } : {}) };
}

/** A sheet's cells that hold a value or a formula, by row and then by column. */
export type CellRows = ReadonlyMap<number, ReadonlyMap<number, GridCell>>;

/**
 * The cells of a sheet that hold a value, or a formula saved without its result (a script's, by openpyxl:
 * dropped as blank, a target it gives was the default without a word), row by row, inside `area` where
 * one is given: one pass over the cells the sheet holds, so an area "A1:XFD1048576" costs no more than the
 * cells really there.
 */
export function cellRows(sheet: GridSheet, area?: Area): CellRows {
  const rows = new Map<number, Map<number, GridCell>>();
  for (const [address, cell] of sheet.cells) {
    const at = fromA1(address);
    if (!at || !(cell.value || cell.formula) || !(area === undefined || inArea(area, at.row, at.col)))
      continue;
    const row = rows.get(at.row) ?? new Map<number, GridCell>();
    row.set(at.col, cell);
    rows.set(at.row, row);
  }
  return rows;
}

/** At most this many cells of a sheet are taken from a merge above them: a hostile sheet's merges cost no more. */
const MAX_MERGED_FILLS = 100_000;

/**
 * A table's rows below its header (`headerRow`) with each merge over several rows read as a person reads
 * it: its top left cell's text on every row it covers that holds something. A bloc an officer merged
 * over its units' rows (Cụm 1 typed once beside four communes, as such lists are laid out) was the first
 * unit's alone, the three others ranked and awarded with no bloc. A figure merged down is left on its
 * first row: 10 points over two rules may be each rule's or both together's, and copied it adds up to more.
 */
function mergesFilledDown(rows: CellRows, sheet: GridSheet, headerRow: number): CellRows {
  const merges = (sheet.mergesDown ?? []).filter(
    (m) => m.top > headerRow && rows.get(m.top)?.get(m.left)?.value?.type === "string",
  );
  if (merges.length === 0) return rows;
  const filled = new Map([...rows].map(([r, cells]) => [r, new Map(cells)]));
  let last = -1;
  for (const r of rows.keys()) if (r > last) last = r;
  let budget = MAX_MERGED_FILLS;
  for (const merge of merges) {
    const top = rows.get(merge.top)!.get(merge.left)!;
    for (let r = merge.top + 1; r <= Math.min(merge.bottom, last) && budget > 0; r++, budget--)
      filled.get(r)?.set(merge.left, top);
  }
  return filled;
}

/**
 * An area of a sheet read as a table: its top row is the header, and each row below it that holds a value
 * in its columns is a row of the table (blank rows drop). At most MAX_TABLE_COLUMNS wide.
 */
export function areaTable(rows: CellRows, sheet: string, name: string, area: Area): SheetTable {
  const right = Math.min(area.right, area.left + MAX_TABLE_COLUMNS - 1);
  const cols = Array.from({ length: right - area.left + 1 }, (_, i) => area.left + i);
  const header = rows.get(area.top);
  const below = [...rows.keys()].filter((r) => r > area.top && r <= area.bottom).sort((a, b) => a - b);
  const data = below.flatMap((r) => {
    const cells = rows.get(r)!;
    if (!cols.some((c) => cells.has(c))) return [];
    return [{ cells: cols.map((c) => ({ address: toA1(r, c), ...tableCellOf(cells.get(c)) })) }];
  });
  return {
    name,
    sheet,
    ref: toA1(area.top, area.left),
    header: cols.map((c) => ({ text: rawText(header?.get(c)), address: toA1(area.top, c) })),
    rows: data,
  };
}

/**
 * An area grown over the rows typed directly under it, down to the first blank row: a plain range read as
 * a table, and an Excel table as Excel grows one typed under. LibreOffice Calc and openpyxl leave a table's
 * range as it was: a unit a province adds there would be dropped without a word (the same workbook as an
 * .ods, read by its header, has it).
 */
function grownArea(rows: CellRows, area: Area): Area {
  const filled = (r: number) =>
    [...(rows.get(r)?.keys() ?? [])].some((c) => c >= area.left && c <= area.right);
  let bottom = area.bottom;
  while (filled(bottom + 1)) bottom++;
  return { ...area, bottom };
}

/**
 * An Excel table's area widened over the headings typed directly right of its header row, up to a blank
 * heading or another table (`others`): Excel takes such a column into the table as it is typed, LibreOffice
 * Calc and openpyxl leave the table's range as it was, and the "Số lần nộp lại" or "Ngày nhận báo cáo"
 * column the campaign's guide invites an officer to add was read in an .ods and ignored in the same
 * workbook's .xlsx (an officer's round: a penalty for two corrections left out without a word).
 */
export function widenedArea(sheet: GridSheet, area: Area, others: readonly Area[]): Area {
  const header = cellRows(sheet, { ...area, right: area.left + MAX_TABLE_COLUMNS - 1, bottom: area.top }).get(
    area.top,
  );
  const right = headerRight(header, area.left, area.right, (col) =>
    others.some((other) => inArea(other, area.top, col)),
  );
  return { ...area, right };
}

/**
 * The last column of a header row typed rightwards from `right`: up to a blank heading, a column
 * `taken` by something else, or MAX_TABLE_COLUMNS from its first column `left`.
 */
function headerRight(
  header: ReadonlyMap<number, GridCell> | undefined,
  left: number,
  right: number,
  taken: (col: number) => boolean = () => false,
): number {
  let last = right;
  while (last + 1 - left < MAX_TABLE_COLUMNS && textOf(header?.get(last + 1)) !== "" && !taken(last + 1))
    last++;
  return last;
}

/** The workbook's Excel tables (ListObjects) by their ranges as the file gives them, grown as Excel grows one. */
export function excelTables(
  sheets: readonly GridSheet[],
  refs: readonly (Area & { readonly name: string; readonly sheet: string })[],
): SheetTable[] {
  return refs.flatMap((ref) => {
    const sheet = sheets.find((s) => s.name === ref.sheet);
    if (!sheet) return [];
    const others = refs.filter((other) => other !== ref && other.sheet === ref.sheet);
    const area = widenedArea(sheet, ref, others);
    const rows = mergesFilledDown(cellRows(sheet, { ...area, bottom: Infinity }), sheet, area.top);
    return [areaTable(rows, sheet.name, ref.name, grownArea(rows, area))];
  });
}

function firstRow(rows: CellRows): number {
  let first = Infinity;
  for (const r of rows.keys()) if (r < first) first = r;
  return first;
}

/** A header cell as people typed it: case, spaces and how accents are encoded do not matter. */
const textOf = (cell: GridCell | undefined) => (cell?.value ? nameKey(String(cell.value.value)) : "");

/** Where the header starts: the first cell of a row followed by the given column names, left to right. */
function headerAt(rows: CellRows, header: readonly string[]): { row: number; col: number } | null {
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

/**
 * A plain range's rows: down to the last one holding something in its columns, over blank rows. A row an
 * officer emptied with the Delete key (rather than Delete Rows) ended the table there, and every unit,
 * target or scoring rule below it was dropped without a word from an .ods or .xls that LibreOffice showed
 * whole (an officer's round: K01 then refused as a unit not listed); an Excel table keeps such a row inside
 * its range.
 */
function filledArea(rows: CellRows, area: Area): Area {
  let bottom = area.bottom;
  for (const [r, cells] of rows)
    if (r > bottom && [...cells.keys()].some((c) => c >= area.left && c <= area.right)) bottom = r;
  return { ...area, bottom };
}

/** A plain range read as a table: its header from `start` rightwards, its rows down to its last (`filledArea`). */
function rangeAsTable(
  rows: CellRows,
  sheet: GridSheet,
  name: string,
  start: { row: number; col: number },
): SheetTable {
  const right = headerRight(rows.get(start.row), start.col, start.col);
  const header = { top: start.row, left: start.col, bottom: start.row, right };
  return areaTable(mergesFilledDown(rows, sheet, start.row), sheet.name, name, filledArea(rows, header));
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
    const rows = cellRows(sheet);
    const start =
      header.length > 0
        ? headerAt(rows, header)
        : sheet === named && rows.size > 0
          ? { row: firstRow(rows), col: 0 }
          : null;
    if (start && rows.has(start.row)) return rangeAsTable(rows, sheet, name, start);
  }
  return undefined;
}
