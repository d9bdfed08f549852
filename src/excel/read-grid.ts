import { fromA1, parseSheetRef, toA1 } from "../core/a1";
import type {
  CellConcealment,
  CellSizes,
  GridCell,
  GridName,
  GridSheet,
  GridValue,
  Ink,
  WorkbookGrid,
} from "../core/grid";
import { isPlainInk, NO_FILL, reportedSizes } from "../core/legible";
import { META_SHEET } from "../core/metadata";
import { areaA1, rectanglesOf } from "./areas";
import { sheetKey } from "./sheet-names";
import { isOurName } from "./workbook-names";

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** What a range holds once loaded: the same properties Excel returns for it. */
export interface RangeContents {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  /** What Excel shows in each cell, whatever its column's width. */
  readonly text?: readonly (readonly string[])[];
  /** The addresses of the cells not on a hidden row or column (RangeView.cellAddresses). */
  readonly visible?: readonly (readonly string[])[];
  /** Each cell's font colour, font size and fill (getCellProperties). */
  readonly looks?: readonly (readonly Excel.CellProperties[])[];
  /** Each row's height in points, top to bottom (getRowProperties). */
  readonly rowHeights?: readonly (number | undefined)[];
  /** Each column's width in points, left to right (getColumnProperties). */
  readonly columnWidths?: readonly (number | undefined)[];
}

/** What Excel loads of each cell's look: the colours its figure is written in and on, and its font's size. */
export const LOOK: Excel.CellPropertiesLoadOptions = {
  format: { font: { color: true, size: true }, fill: { color: true, pattern: true } },
};

/**
 * Each row's height and each column's width: getCellProperties gives neither (its format has no
 * rowHeight or columnWidth), getRowProperties and getColumnProperties do, in the same sync (ExcelApi 1.9).
 */
export const ROW_SIZE: Excel.RowPropertiesLoadOptions = { format: { rowHeight: true } };
export const COLUMN_SIZE: Excel.ColumnPropertiesLoadOptions = { format: { columnWidth: true } };

/**
 * A column's width in characters, as a file's `width` gives it and the .xlsx reader reads it, from
 * Excel's width in points: the column's pixels (96 px to 72 pt) over the widest digit of the default
 * font (7 px in Calibri 11), padding included. So one character is 5.25 pt, and Excel's default column
 * (64 px, 48 pt; "8.43" in its dialog, which leaves out the 5 px of padding) is 9.14.
 */
export const columnCharacters = (points: number) => (points * 4) / 3 / 7;

const positive = (value: unknown) => (typeof value === "number" && value > 0 ? value : undefined);

/**
 * A cell's row height, column width and font size where one is too small to show a figure (see
 * `reportedSizes`). A hidden row or column (0) is told by `hidden`; a size Excel does not give (null
 * where a range's cells differ) is left out.
 */
function sizesOf(contents: RangeContents, r: number, c: number): CellSizes | undefined {
  const rowHeight = positive(contents.rowHeights?.[r]);
  const points = positive(contents.columnWidths?.[c]);
  const fontSize = positive(contents.looks?.[r]?.[c]?.format?.font?.size);
  return reportedSizes({
    ...(rowHeight !== undefined ? { rowHeight } : {}),
    ...(points !== undefined ? { columnWidth: columnCharacters(points) } : {}),
    ...(fontSize !== undefined ? { fontSize } : {}),
  });
}

const hex = (colour: string | undefined) =>
  colour && /^#[0-9A-F]{6}$/i.test(colour) ? colour.slice(1).toUpperCase() : undefined;

/**
 * The ink of a cell as Excel reports it: its font's colour on its fill's (white when it has none); none
 * where a colour is not told (a pattern of two colours, a colour by name) or it is black on white.
 */
function inkOf(look: Excel.CellProperties | undefined): Ink | undefined {
  const text = hex(look?.format?.font?.color);
  const pattern = look?.format?.fill?.pattern;
  const background =
    pattern === "None" ? NO_FILL : pattern === "Solid" ? hex(look?.format?.fill?.color) : undefined;
  if (text === undefined || background === undefined) return undefined;
  const ink = { text, background };
  return isPlainInk(ink) ? undefined : ink;
}

/** The value's type as Excel reports it, so a number stored as text stays text. */
function gridValue(value: unknown, type: string | undefined): GridValue | undefined {
  switch (type) {
    case "Double":
    case "Integer":
      return typeof value === "number" ? { type: "number", value } : undefined;
    case "String":
      return { type: "string", value: String(value) };
    case "Boolean":
      return typeof value === "boolean" ? { type: "boolean", value } : undefined;
    case "Error":
      return { type: "error", value: String(value) };
    default:
      return undefined;
  }
}

/**
 * Why a cell cannot be seen, from the cells Excel lists as visible: on a row with a cell listed, its
 * column is hidden; in a column with a cell listed, its row; with neither, say its column.
 */
function concealmentOf(
  visible: readonly (readonly string[])[] | undefined,
): (row: number, col: number) => CellConcealment | undefined {
  if (!visible) return () => undefined;
  const cells = visible.flat().map(topLeft);
  const seen = new Set(cells.map(({ row, col }) => `${row}:${col}`));
  const rows = new Set(cells.map(({ row }) => row));
  const columns = new Set(cells.map(({ col }) => col));
  return (row, col) =>
    seen.has(`${row}:${col}`) ? undefined : rows.has(row) || !columns.has(col) ? "column" : "row";
}

/** "'Biểu 01'!B2:M30" → the row and column of B2; a sheet name may hold "!", an address never does. */
function topLeft(address: string): { row: number; col: number } {
  const ref = address.slice(address.lastIndexOf("!") + 1).split(":")[0]!;
  const at = fromA1(ref);
  if (!at) throw new Error(`Excel gave an address we cannot read: ${address}`);
  return at;
}

/**
 * The cells of a loaded range keyed by A1 address. A formula cell's `formulas` entry starts with "=" and
 * differs from its value; text stored as text that starts with "=" reads back the same in both.
 */
export function gridCells(contents: RangeContents): Map<string, GridCell> {
  const origin = topLeft(contents.address);
  const concealment = concealmentOf(contents.visible);
  const cells = new Map<string, GridCell>();
  contents.values.forEach((row, r) =>
    row.forEach((raw, c) => {
      const entry = contents.formulas[r]?.[c];
      const formula =
        typeof entry === "string" && entry.startsWith("=") && entry !== raw ? entry.slice(1) : undefined;
      const value = gridValue(raw, contents.valueTypes[r]?.[c]);
      if (!value && !formula) return;
      const [row, col] = [origin.row + r, origin.col + c];
      const shown = value?.type === "number" ? contents.text?.[r]?.[c] : undefined;
      const hidden = concealment(row, col);
      const ink = value?.type === "number" ? inkOf(contents.looks?.[r]?.[c]) : undefined;
      const sizes = sizesOf(contents, r, c);
      cells.set(toA1(row, col), {
        ...(value ? { value } : {}),
        ...(formula ? { formula } : {}),
        ...(shown !== undefined ? { shown } : {}),
        ...(hidden ? { hidden } : {}),
        ...(ink ? { inks: [ink] } : {}),
        ...(sizes ? { sizes } : {}),
      });
    }),
  );
  return cells;
}

/** Workbook names to one cell or range of a sheet the workbook has; constants, unions and #REF! are skipped. */
export function gridNames(
  names: readonly { readonly name: string; readonly type: string; readonly formula: unknown }[],
  sheetNames: readonly string[],
): GridName[] {
  const sheets = new Set(sheetNames.map((s) => s.toUpperCase()));
  const out: GridName[] = [];
  for (const { name, type, formula } of names) {
    if (type !== "Range" || typeof formula !== "string" || formula.includes("#REF!")) continue;
    const ref = parseSheetRef(formula);
    if (ref && sheets.has(ref.sheet.toUpperCase()))
      out.push({ name, sheet: ref.sheet, address: ref.address });
  }
  return out;
}

/** Our range names to cells of existing sheets. Needs `name`, `type` and `formula` loaded. */
export function ourCellNames(names: readonly Excel.NamedItem[], sheetNames: readonly string[]): GridName[] {
  const loaded = names.map((n) => ({ name: n.name, type: String(n.type), formula: n.formula }));
  return gridNames(loaded, sheetNames).filter((n) => isOurName(n.name));
}

const isMetaSheet = (sheet: Excel.Worksheet) => sheetKey(sheet.name) === sheetKey(META_SHEET);

/**
 * What extraction reads of a sheet, and only that: the metadata sheet's used range; elsewhere the
 * cells our names point at, as a few rectangles (runs and blocks of named cells), so a large sheet of
 * the user's own costs nothing and the payload stays far below Excel on the web's limit.
 */
function rangesToRead(sheet: Excel.Worksheet, names: readonly GridName[]): Excel.Range[] {
  if (isMetaSheet(sheet)) return [sheet.getUsedRangeOrNullObject(true)];
  const cells = names
    .filter((n) => sheetKey(n.sheet) === sheetKey(sheet.name))
    .map((n) => fromA1(n.address)!);
  return rectanglesOf(cells).map((area) => sheet.getRange(areaA1(area)));
}

/**
 * Reads the open workbook into the core's grid in two syncs, however many sheets and cells: one for
 * the sheets and the names, one for what extraction reads (see rangesToRead). Cells keep their real
 * addresses, since the core finds them by defined name; the grid's names are ours only (TD_), the
 * ones whose cells were read.
 */
export async function readGrid(): Promise<WorkbookGrid> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const names = context.workbook.names;
    worksheets.load("items/name,items/visibility");
    names.load("items/name,items/type,items/formula");
    await context.sync();

    const ours = ourCellNames(
      names.items,
      worksheets.items.map((s) => s.name),
    );
    // What each named cell shows, and whether it is seen at all, against what it holds: a number
    // format or a hidden row can make the form show another figure than the one reported, and a
    // colour, a 1 pt row or font or a sliver of a column none.
    const reads = worksheets.items.map((sheet) =>
      rangesToRead(sheet, ours).map((range) =>
        isMetaSheet(sheet)
          ? { range: range.load("address,values,formulas,valueTypes") }
          : {
              range: range.load("address,values,formulas,valueTypes,text"),
              view: range.getVisibleView().load("cellAddresses"),
              looks: range.getCellProperties(LOOK),
              rows: range.getRowProperties(ROW_SIZE),
              columns: range.getColumnProperties(COLUMN_SIZE),
            },
      ),
    );
    await context.sync();

    const sheets: GridSheet[] = worksheets.items.map((sheet, i) => ({
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility as keyof typeof VISIBILITY] ?? "visible",
      cells: new Map(
        reads[i]!.flatMap(({ range, view, looks, rows, columns }) =>
          range.isNullObject
            ? []
            : [
                ...gridCells({
                  address: range.address,
                  values: range.values,
                  formulas: range.formulas,
                  valueTypes: range.valueTypes,
                  ...(view && looks && rows && columns
                    ? {
                        text: range.text,
                        visible: view.cellAddresses,
                        looks: looks.value,
                        rowHeights: rows.value.map((row) => row.format?.rowHeight),
                        columnWidths: columns.value.map((column) => column.format?.columnWidth),
                      }
                    : {}),
                }),
              ],
        ),
      ),
    }));
    return { sheets, names: ours };
  });
}
