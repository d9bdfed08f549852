import { runExcel } from "./excel-run";
import { areaA1, fromA1, parseSheetRef, toA1 } from "../core/grid/a1";
import { corners } from "./range-corners";
import type {
  CellConcealment,
  CellSizes,
  GridCell,
  GridName,
  GridSheet,
  GridValue,
  PageText,
  RowCol,
  SheetView,
  TextLayout,
  WorkbookGrid,
} from "../core/grid/grid";
import { SCRIPT_SIZE } from "../core/report/legible";
import { inkOf, runOnInks } from "./cell-inks";
import { giveMergedRooms } from "./merged-rooms";
import type { RangeContents } from "./range-contents";
import { reportedLayout, reportedFigureLayout } from "../core/report/judged-texts";
import { META_SHEET } from "../core/report/metadata";
import { rectanglesOf } from "../host/excel-ready/areas";
import { besideName } from "../core/form/target-block";
import { sheetKey } from "./sheet-names";
import { printAreasOf } from "../core/grid/print-areas";
import { pageSetupOf, queuePageSetup, type PageSetupReads } from "./read-page-setup";
import { pageTextsOf } from "../core/layout/page-codes";
import { symbolFontOf } from "../core/report/symbol-fonts";
import { CHARACTER_POINTS } from "../core/layout/row-heights";
import { isOurName } from "./workbook-names";
import { withUserSheetSources } from "./formula-sources";
import { shownAsHashes, type NumberWriting } from "../core/report/column-room";
import { excelShowsHashes, excelWriting } from "./column-hashes";
import { markDrawnOver, queueDrawings, type SheetDrawings } from "./drawings-over";
import { frozenView, queueFrozenPanes } from "./frozen-panes";
import { queueWindowView, type WindowView } from "./window-view";
import {
  conditionallyShown,
  queueConditionalNumberFormats,
  rendererFor,
  type ConditionalNumberFormats,
} from "./conditional-number-formats";
import type { FormatRenderer } from "../core/number-formats/number-formats";

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/**
 * What Excel loads of each cell's look: the colours its figure is written in and on, its font's size,
 * how it lays out a text (alignment, indent, reading order), which may push its start out of view, and
 * the lines drawn over it (a strike, a diagonal border).
 */
export const LOOK: Excel.CellPropertiesLoadOptions = {
  format: {
    font: {
      color: true,
      size: true,
      strikethrough: true,
      superscript: true,
      subscript: true,
      name: true,
      bold: true,
    },
    fill: { color: true, pattern: true },
    borders: { style: true },
    horizontalAlignment: true,
    indentLevel: true,
    readingOrder: true,
    textOrientation: true,
    shrinkToFit: true,
    wrapText: true,
  },
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
export const columnCharacters = (points: number) => points / CHARACTER_POINTS;

const positive = (value: unknown) => (typeof value === "number" && value > 0 ? value : undefined);

/**
 * A cell's row height, column width (characters) and font size. A hidden row or column (0) is told by
 * `hidden`; a size Excel does not give (null where a range's cells differ) is left out.
 */
function allSizesOf(contents: RangeContents, r: number, c: number): CellSizes {
  const rowHeight = positive(contents.rowHeights?.[r]);
  const points = positive(contents.columnWidths?.[c]);
  const font = contents.looks?.[r]?.[c]?.format?.font;
  // A superscript or subscript figure is drawn smaller than its font's size.
  const size = positive(font?.size);
  const fontSize = size !== undefined && (font?.superscript || font?.subscript) ? size * SCRIPT_SIZE : size;
  return {
    ...(rowHeight !== undefined ? { rowHeight } : {}),
    ...(points !== undefined ? { columnWidth: columnCharacters(points) } : {}),
    ...(fontSize !== undefined ? { fontSize } : {}),
  };
}

/** Excel's horizontal alignments by the names a file's style gives them, as the .xlsx reader reads them. */
const ALIGNMENTS: Readonly<Record<string, string>> = {
  General: "general",
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

/** How a cell lays out its text as Excel tells it; none where Excel told no look. */
function layoutOf(look: Excel.CellProperties | undefined): TextLayout | undefined {
  const format = look?.format;
  if (!format) return undefined;
  const { horizontalAlignment: found, indentLevel, readingOrder, textOrientation, shrinkToFit } = format;
  const horizontal = typeof found === "string" ? (ALIGNMENTS[found] ?? found) : "general";
  const rotation = turnOf(textOrientation);
  const symbolFont = symbolFontOf(format.font?.name);
  const layout: TextLayout = {
    horizontal: [horizontal],
    indent: positive(indentLevel) ?? 0,
    ...(readingOrder === "RightToLeft" ? { rightToLeft: true } : {}),
    ...(rotation !== undefined ? { rotation } : {}),
    ...(shrinkToFit ? { shrinks: true } : {}),
    ...(symbolFont !== undefined ? { symbolFont } : {}),
  };
  return layout;
}

/** A cell's layout as the grid reports it, with its column's width and its font's size (`reportedLayout`). */
const reportedLayoutOf = (layout: TextLayout | undefined, sizes: CellSizes, figure: boolean) =>
  layout === undefined
    ? undefined
    : figure
      ? reportedFigureLayout(layout, () => sizes)
      : reportedLayout(layout, () => sizes);

/** Excel's text orientation (-90 to 90, 180 stacked) as a turn, none where it is level or not told. */
const turnOf = (orientation: number | undefined): number | "stacked" | undefined =>
  orientation === 180 ? "stacked" : orientation ? Math.max(-90, Math.min(90, orientation)) : undefined;

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

/** The first and last cells of an address Excel gave (`corners`): one it gives that cannot be read is an error. */
function cornersOf(address: string): [RowCol, RowCol] {
  const found = corners(address);
  if (!found) throw new Error(`Excel gave an address we cannot read: ${address}`);
  return found;
}

/** The first cell of an address Excel gave (`cornersOf`). */
const topLeft = (address: string): RowCol => cornersOf(address)[0];

/** Whether a cell lies under a merged area without being its top-left cell, the one the area shows. */
function coveredBy(merged: readonly string[] | undefined): (row: number, col: number) => boolean {
  if (!merged?.length) return () => false;
  const areas = merged.map(cornersOf);
  return (row, col) =>
    areas.some(
      ([from, to]) =>
        row >= from.row &&
        row <= to.row &&
        col >= from.col &&
        col <= to.col &&
        (row !== from.row || col !== from.col),
    );
}

/** Whether a cell lies in a merged area, at its top-left cell or under it. */
function withinMerge(merged: readonly string[] | undefined): (row: number, col: number) => boolean {
  if (!merged?.length) return () => false;
  const areas = merged.map(cornersOf);
  return (row, col) =>
    areas.some(([from, to]) => row >= from.row && row <= to.row && col >= from.col && col <= to.col);
}

/** The number formats conditional formats set over a range's cells, and what renders them. */
export interface ConditionalReading {
  readonly formats: ConditionalNumberFormats;
  readonly render: FormatRenderer;
}

/**
 * The cells of a loaded range keyed by A1 address. A formula cell's `formulas` entry starts with "=" and
 * differs from its value; text stored as text that starts with "=" reads back the same in both. What
 * `conditional` formats may make a cell show besides is in its `mayShow`.
 */
export function gridCells(contents: RangeContents, conditional?: ConditionalReading): Map<string, GridCell> {
  const origin = topLeft(contents.address);
  const concealment = concealmentOf(contents.visible);
  const covered = coveredBy(contents.merged);
  const merged = withinMerge(contents.merged);
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
      const hidden = concealment(row, col) ?? (covered(row, col) ? "merge" : undefined);
      const ink =
        value?.type === "number" || value?.type === "string" ? inkOf(contents.looks?.[r]?.[c]) : undefined;
      // A text too: a label struck through reads as its row cancelled.
      const struck =
        (value?.type === "number" || value?.type === "string") &&
        contents.looks?.[r]?.[c]?.format?.font?.strikethrough === true;
      const crossed = value?.type === "number" && crossesOut(contents.looks?.[r]?.[c]);
      const all = allSizesOf(contents, r, c);
      const layout =
        value?.type === "string" || value?.type === "number" ? layoutOf(contents.looks?.[r]?.[c]) : undefined;
      const textLayout = reportedLayoutOf(layout, all, value?.type === "number");
      const writing =
        value?.type === "number" && contents.numberFormats !== undefined
          ? excelWriting(contents.numberFormats[r]?.[c], shown)
          : undefined;
      const overflows = (written: NumberWriting | undefined) =>
        value?.type === "number" && excelShowsHashes(value.value, written, layout, all, merged(row, col));
      const hashes = overflows(writing);
      const mayShow = conditional
        ? conditionallyShown(conditional.formats.get(toA1(row, col)), value, conditional.render, overflows)
        : [];
      // Excel's width counts 7-px digits whatever the default font, so the font's own size is the one judged.
      const generalSizes =
        writing === "general" && all.columnWidth !== undefined && !merged(row, col)
          ? [
              {
                columnWidth: all.columnWidth,
                ...(all.fontSize !== undefined ? { fontSize: all.fontSize } : {}),
              },
            ]
          : undefined;
      const cell: GridCell = {
        ...(value ? { value } : {}),
        ...(formula ? { formula } : {}),
        ...(shown !== undefined ? { shown } : {}),
        ...(mayShow.length > 0 ? { mayShow } : {}),
        ...(hidden ? { hidden } : {}),
        ...(ink ? { inks: [ink] } : {}),
        ...(Object.keys(all).length > 0 ? { drawnSizes: { styles: [all] } } : {}),
        ...(generalSizes ? { generalSizes } : {}),
        ...(textLayout ? { textLayout } : {}),
        ...(struck ? { struck } : {}),
        ...(crossed ? { crossed } : {}),
      };
      cells.set(toA1(row, col), hashes ? shownAsHashes(cell) : cell);
    }),
  );
  runOnInks(contents, origin, cells, merged);
  giveMergedRooms(contents, origin, cells);
  return cells;
}

/** Whether a diagonal border of the cell is drawn, over its figure: a person reads it as crossed out. */
const crossesOut = (look: Excel.CellProperties | undefined) =>
  [look?.format?.borders?.diagonalDown, look?.format?.borders?.diagonalUp].some(
    (border) => border?.style !== undefined && border.style !== "None",
  );

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

export const isMetaSheet = (sheet: Excel.Worksheet) => sheetKey(sheet.name) === sheetKey(META_SHEET);

/** The named cells of a sheet, and the two beside each target's (its result and assessment), as rows and columns. */
const namedCellsOf = (sheet: Excel.Worksheet, names: readonly GridName[]) =>
  names
    .filter((n) => sheetKey(n.sheet) === sheetKey(sheet.name))
    .flatMap((n) => [n.address, ...besideName(n.name, n.address)])
    .map((address) => fromA1(address)!);

/**
 * What extraction reads of a sheet, and only that: the metadata sheet's used range; elsewhere the
 * cells our names point at, as a few rectangles (runs and blocks of named cells), so a large sheet of
 * the user's own costs nothing and the payload stays far below Excel on the web's limit.
 */
function rangesToRead(sheet: Excel.Worksheet, names: readonly GridName[]): Excel.Range[] {
  if (isMetaSheet(sheet)) return [sheet.getUsedRangeOrNullObject(true)];
  return rectanglesOf(namedCellsOf(sheet, names)).map((area) => sheet.getRange(areaA1(area)));
}

/** The range from A1 to a form sheet's last named row and column: everything above and left of its cells. */
function upToNamedCells(sheet: Excel.Worksheet, names: readonly GridName[]): Excel.Range | undefined {
  const cells = namedCellsOf(sheet, names);
  if (isMetaSheet(sheet) || cells.length === 0) return undefined;
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
  return sheet.getRange(areaA1({ top: 0, left: 0, bottom, right }));
}

/**
 * Of a form's sheet, and of a visible sheet holding no named cell, the texts of its first pages: a copy of
 * a form is known by its title or its labels again (`lookAlikeSheets`, `sheet.form_copy_on_sheet`), which
 * the file readers look for on the whole sheet (red team, round 47: five rows inserted above a copy's title
 * hid it). Only the cells in use of the rows a person pages through first: a sheet of the user's own may be
 * large, and one request carries at most 5 MB on the web.
 */
const TOP_OF_SHEET = "A1:IV300";

function topOfSheet(sheet: Excel.Worksheet, names: readonly GridName[]): Excel.Range | undefined {
  if (isMetaSheet(sheet)) return undefined;
  if (sheet.visibility !== "Visible" && namedCellsOf(sheet, names).length === 0) return undefined;
  return sheet.getRange(TOP_OF_SHEET).getUsedRangeOrNullObject(true);
}

/**
 * The merged areas that may cover a named cell of the sheet, where Excel finds them: the method is
 * ExcelApi 1.13, above the add-in's minimum. Excel lists the areas whose top-left cell lies in the range
 * asked about, and an area over a cell starts above and left of it, so the range runs from A1 to the
 * last named row and column. Excel gives no list of more than 512 areas: see readGrid.
 */
function mergesOver(range: Excel.Range | undefined): Excel.RangeAreas | undefined {
  return range && Office.context.requirements.isSetSupported("ExcelApi", "1.13")
    ? range.getMergedAreasOrNullObject().load("areas/items/address")
    : undefined;
}

/** A range queued with how Excel shows its cells: which are seen, their looks, rows and columns. */
interface LaidRange {
  readonly range: Excel.Range;
  readonly view?: Excel.RangeView;
  readonly looks?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly rows?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  readonly columns?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

interface SheetReads {
  /** A form's sheet's texts above and left of its named cells, with how each shows. */
  readonly texts?: LaidRange;
  /** The texts of the sheet's first pages, for their words alone (`topOfSheet`). */
  readonly top?: Excel.Range;
  readonly ranges: readonly LaidRange[];
  readonly merges?: Excel.RangeAreas;
  /** A form's sheet's page setup, print area and cells in use (ExcelApi 1.9). */
  readonly page?: PageSetupReads;
  /** A form's sheet's headers and footers, of every page, the first, even and odd pages (ExcelApi 1.9). */
  readonly pages?: Excel.HeaderFooterGroup;
  /** A form's sheet's shapes and charts, placed over its cells on `texts`' rows and columns. */
  readonly drawings?: SheetDrawings;
  /** A form's sheet's frozen pane (ExcelApi 1.7), a null object where none is. */
  readonly frozen?: Excel.Range;
  /** The number formats of the conditional formats over a form's named cells (ExcelApi 1.6). */
  readonly conditionals?: () => ConditionalNumberFormats;
}

const PAGE_GROUPS = ["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const;
const PAGE_TEXTS = [
  ["leftHeader", "header"],
  ["centerHeader", "header"],
  ["rightHeader", "header"],
  ["leftFooter", "footer"],
  ["centerFooter", "footer"],
  ["rightFooter", "footer"],
] as const;
const PAGE_TEXT_PATHS = PAGE_GROUPS.flatMap((group) => PAGE_TEXTS.map(([text]) => `${group}/${text}`)).join(
  ",",
);

/**
 * What a sheet's headers and footers print, each text once, whichever pages it prints on: Excel gives each
 * section in its codes (&P, &N, fonts), read as a file's are.
 */
function pageTextsOfGroup(pages: Excel.HeaderFooterGroup, sheet: string): PageText[] {
  const seen = new Set<string>();
  return PAGE_GROUPS.flatMap((group) =>
    PAGE_TEXTS.flatMap(([property, place]) => {
      const codes = pages[group][property] ?? "";
      const section = property.startsWith("left") ? "&L" : property.startsWith("right") ? "&R" : "&C";
      return pageTextsOf(place, `${section}${codes}`, sheet);
    }),
  ).filter((text) => {
    const key = `${text.place}/${text.section}/${text.text}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/**
 * What a read asks Excel for beyond the cells, where Excel has it: the merged areas (ExcelApi 1.13), and
 * the looks as Excel draws them (ExcelApi 1.19), else as set. Each is dropped when Excel fails the read
 * with it (see readGrid); `drawn` then ends false, and the grid says so.
 */
interface Asking {
  readonly merges: boolean;
  drawn: boolean;
  /** Whether the conditional formats over the named cells are asked for (see readSheets). */
  readonly conditionals: boolean;
}

/**
 * How Excel draws each cell of a range: with ExcelApi 1.19, conditional formats included (a fill over the
 * empty cells a line runs on over, a white font over a figure, where their condition holds); below it, or
 * where Excel refuses it (a host that lacks it although it says it has it throws at once), the cell's own
 * looks alone, and `asking` says they were.
 */
function looksOf(range: Excel.Range, asking: Asking) {
  if (asking.drawn && Office.context.requirements.isSetSupported("ExcelApi", "1.19"))
    try {
      return range.getDisplayedCellProperties(LOOK);
    } catch {
      asking.drawn = false;
    }
  else asking.drawn = false;
  return range.getCellProperties(LOOK);
}

/** Queues a range's contents (`properties`) and how each of its cells is shown. */
const laidOut = (range: Excel.Range, properties: string, asking: Asking): LaidRange => ({
  range: range.load(properties),
  view: range.getVisibleView().load("cellAddresses"),
  looks: looksOf(range, asking),
  rows: range.getRowProperties(ROW_SIZE),
  columns: range.getColumnProperties(COLUMN_SIZE),
});

/**
 * Queues what each sheet's read needs: what each named cell shows, and whether it is seen at all,
 * against what it holds. A number format, a hidden row or a merge can make the form show another
 * figure than the one reported, and a colour, a 1 pt row or font or a sliver of a column none.
 */
function queueReads(
  worksheets: readonly Excel.Worksheet[],
  ours: readonly GridName[],
  asking: Asking,
): SheetReads[] {
  return worksheets.map((sheet) => {
    const above = upToNamedCells(sheet, ours);
    const merges = asking.merges ? mergesOver(above) : undefined;
    const top = topOfSheet(sheet, ours);
    return {
      ...(above
        ? {
            page: queuePageSetup(sheet),
            pages: sheet.pageLayout.headersFooters.load(PAGE_TEXT_PATHS),
            texts: laidOut(above, "address,values,valueTypes", asking),
            drawings: queueDrawings(sheet),
            frozen: queueFrozenPanes(sheet),
            ...(asking.conditionals
              ? { conditionals: queueConditionalNumberFormats(sheet, above, namedCellsOf(sheet, ours)) }
              : {}),
          }
        : {}),
      ...(top ? { top: top.load("address,values,valueTypes") } : {}),
      ranges: rangesToRead(sheet, ours).map((range) =>
        isMetaSheet(sheet)
          ? { range: range.load("address,values,formulas,valueTypes") }
          : laidOut(range, "address,values,formulas,valueTypes,text,numberFormat", asking),
      ),
      ...(merges ? { merges } : {}),
    };
  });
}

/** Whether a cell read holds a value of one of `types`. */
const holds =
  (...types: GridValue["type"][]) =>
  ([, cell]: [string, GridCell]) =>
    cell.value !== undefined && types.includes(cell.value.type);

/**
 * The cells of a loaded range as the grid holds them, with how Excel shows each where that was asked
 * for. `textsOnly` for the area above a form's cells, loaded without formulas for the values it holds.
 */
function laidCells(
  { range, view, looks, rows, columns }: LaidRange,
  merged: readonly string[],
  textsOnly = false,
  conditional?: ConditionalReading,
): [string, GridCell][] {
  if (range.isNullObject) return [];
  const cells = gridCells(
    {
      address: range.address,
      values: range.values,
      formulas: textsOnly ? [] : range.formulas,
      valueTypes: range.valueTypes,
      ...(view && looks && rows && columns
        ? {
            ...(textsOnly ? {} : { text: range.text, numberFormats: range.numberFormat }),
            visible: view.cellAddresses,
            looks: looks.value,
            rowHeights: rows.value.map((row) => row.format?.rowHeight),
            columnWidths: columns.value.map((column) => column.format?.columnWidth),
            merged,
          }
        : {}),
    },
    conditional,
  );
  return [...cells];
}

/**
 * A form's sheet's cells with the drawings over them marked, placed on the rows and columns from A1 to its
 * last named cell (`upToNamedCells`), read with its texts.
 */
function drawnOverCells(
  cells: ReadonlyMap<string, GridCell>,
  drawings: SheetDrawings,
  { rows, columns }: LaidRange,
): Map<string, GridCell> {
  if (!rows || !columns) return new Map(cells);
  return markDrawnOver(
    cells,
    drawings,
    rows.value.map((row) => row.format?.rowHeight ?? 0),
    columns.value.map((column) => column.format?.columnWidth ?? 0),
  );
}

const mergedAddresses = (merges: Excel.RangeAreas | undefined) =>
  merges && !merges.isNullObject ? merges.areas.items.map((area) => area.address) : [];

/**
 * Reads the open workbook into the core's grid in two syncs, however many sheets and cells: one for
 * the sheets and the names, one for what extraction reads (see queueReads). Cells keep their real
 * addresses, since the core finds them by defined name; the grid's names are ours only (TD_), the
 * ones whose cells were read. Where Excel finds merged areas (ExcelApi 1.13) and the looks as it draws
 * them (ExcelApi 1.19) they come in the second sync; a read Excel fails with them is sent again asking
 * for less (see readSheets): Excel refuses to list more than 512 merged areas in a range, and a merge
 * over an input is then not seen, as on older Excel; a host may lack or refuse the looks as drawn, and
 * the grid then says its looks are as set (`looksAsSet`), conditional formats unseen. A formula in an
 * input that reads a sheet of the user's own costs one sync more a round (withUserSheetSources). Each
 * form sheet's shapes, charts and frozen panes come in the second sync; on Windows and Mac, how the
 * active window shows its sheet in the first (`readBook`).
 */
export async function readGrid(): Promise<WorkbookGrid> {
  return runExcel(async (context) => {
    const { worksheets, names, windowView } = await readBook(context);

    const ours = ourCellNames(
      names.items,
      worksheets.items.map((s) => s.name),
    );
    const { reads, drawn } = await readSheets(context, worksheets.items, ours);
    const conditionals = reads.map((read) => read.conditionals?.() ?? new Map<string, never>());
    const render = await rendererFor(conditionals);

    const sheets: GridSheet[] = worksheets.items.map((sheet, i) => {
      const merged = mergedAddresses(reads[i]!.merges);
      const { texts, top, page, pages, drawings, frozen } = reads[i]!;
      const pageTexts = pages ? pageTextsOfGroup(pages, sheet.name) : [];
      const frozenPanes = frozen !== undefined && !frozen.isNullObject;
      const view: SheetView = { ...windowView?.(sheet.name, frozenPanes), ...frozenView(frozen) };
      // The text cells first: a named cell read in full replaces one read for its text, and one read with
      // how it shows one read for its text alone. Above a form's last named cell, its figures too: a row a
      // clerk inserted inside the form is known by them where it has no label (`insertedRowsOf`).
      const cells = new Map([
        ...(top ? laidCells({ range: top }, merged, true).filter(holds("string")) : []),
        ...(texts ? laidCells(texts, merged, true).filter(holds("string", "number")) : []),
        ...reads[i]!.ranges.flatMap((read) =>
          laidCells(read, merged, false, { formats: conditionals[i]!, render }),
        ),
      ]);
      return {
        ...(page && !page.printArea.isNullObject
          ? { printAreas: printAreasOf(page.printArea.address, sheet.name) }
          : {}),
        ...(page ? { print: pageSetupOf(page) } : {}),
        ...(pageTexts.length > 0 ? { pageTexts } : {}),
        ...(Object.keys(view).length > 0 ? { view } : {}),
        name: sheet.name,
        visibility: VISIBILITY[sheet.visibility as keyof typeof VISIBILITY] ?? "visible",
        // Of a form's sheet only the rectangles of its named cells are read whole (`rangesToRead`).
        partial: {
          listed: new Set<string>(),
          areas: isMetaSheet(sheet) ? [] : rectanglesOf(namedCellsOf(sheet, ours)),
        },
        cells: texts && drawings ? drawnOverCells(cells, drawings, texts) : cells,
      };
    });
    const ownSheets = new Set(
      worksheets.items.flatMap((sheet, i) =>
        isMetaSheet(sheet) || namedCellsOf(sheet, ours).length > 0 ? [i] : [],
      ),
    );
    return {
      sheets: await withUserSheetSources(context, worksheets.items, sheets, ownSheets, gridCells),
      names: ours,
      ...(drawn ? {} : { looksAsSet: true as const }),
    };
  });
}

/**
 * The first sync: the sheets, the names and, where Excel has a window API (ExcelApiDesktop 1.1), how the
 * active window shows its sheet. A host that says it has the window API yet fails the request with it is
 * asked again without it, as on Excel on the web: a sync more, only then.
 */
async function readBook(context: Excel.RequestContext): Promise<{
  worksheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  windowView?: WindowView;
}> {
  const queue = (withWindow: boolean) => ({
    worksheets: context.workbook.worksheets.load("items/name,items/visibility"),
    names: context.workbook.names.load("items/name,items/type,items/formula"),
    windowView: withWindow ? queueWindowView(context) : undefined,
  });
  const first = queue(true);
  if (!first.windowView) {
    await context.sync();
    return { worksheets: first.worksheets, names: first.names };
  }
  try {
    await context.sync();
    return first;
  } catch {
    const again = queue(false);
    await context.sync();
    return { worksheets: again.worksheets, names: again.names };
  }
}

/**
 * Sends the sheets' reads (queueReads), asking for less each time Excel fails them: the looks as set
 * rather than as drawn (ExcelApi 1.19 missing, or refusing), then no merged areas (Excel lists at most
 * 512 in a range) with the looks as drawn again, then neither; then all of these again without the
 * conditional formats over the named cells (a host may refuse to list some: office-js#6827), which leaves
 * the looks judged as set, conditional formats unseen. What Excel lacks is never asked for, and a read
 * that asked for nothing more fails with Excel's first error.
 */
async function readSheets(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  ours: readonly GridName[],
): Promise<{ reads: SheetReads[]; drawn: boolean }> {
  const merges =
    Office.context.requirements.isSetSupported("ExcelApi", "1.13") &&
    worksheets.some((sheet) => !isMetaSheet(sheet) && namedCellsOf(sheet, ours).length > 0);
  const drawn = Office.context.requirements.isSetSupported("ExcelApi", "1.19");
  const tries = [true, false]
    .flatMap((conditionals) => [
      { merges, drawn, conditionals },
      { merges, drawn: false, conditionals },
      { merges: false, drawn, conditionals },
      { merges: false, drawn: false, conditionals },
    ])
    .filter(
      (t, i, all) =>
        all.findIndex(
          (u) => u.merges === t.merges && u.drawn === t.drawn && u.conditionals === t.conditionals,
        ) === i,
    );
  let failure: unknown;
  for (const tried of tries) {
    const asking = { ...tried };
    const reads = queueReads(worksheets, ours, asking);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a try sent again only after a failure
      await context.sync();
      return { reads, drawn: asking.drawn && asking.conditionals };
    } catch (error) {
      failure ??= error;
    }
  }
  throw failure;
}
