import { inArea, type Area } from "../../core/grid/a1";
import {
  drawnOverBoth,
  type DrawingKind,
  type PageText,
  type RowCol,
  type SheetView,
} from "../../core/grid/grid";
import { MAX_SHEETS } from "../limits";
import { baseColumnWidth } from "../sheet-geometry/column-widths";
import { XlsCellRecords } from "./xls-cell-records";
import { XlsConditionalReader, type XlsConditional } from "./xls-conditional-formats";
import { officeArtShapes } from "./xls-drawings";
import { XlsPageSetupReader, type XlsPageSetup } from "./xls-page-setup";
import { BOF, cellKey, characters, dword, EOF, FILEPASS, records, rowRun, word } from "./xls-records";

/** What an .xls's sheet shows that SheetJS does not read: how it opens, and what is drawn over it. */
export interface XlsSheet {
  /** Its view, where it has a WINDOW2 record. */
  readonly view?: SheetView;
  /**
   * The cells its drawings (text boxes, pictures, charts, comments shown) cover, wholly or in part, and
   * what each is: a picture where its OBJ says so, else a shape.
   */
  readonly drawn: readonly { readonly area: Area; readonly kind: DrawingKind }[];
  /** Its conditional formats, each rule with the areas it covers. */
  readonly conditionals: readonly XlsConditional[];
  /** The cell style (an index of the globals' XF records) of a cell holding a value or a formula. */
  xfAt(row: number, col: number): number | undefined;
  /**
   * The cell style an empty cell is drawn in, what a text runs on over: its own (BLANK, MULBLANK), else
   * its row's (ROW), else its column's (COLINFO), else the default cell style (XF 15).
   */
  groundXfAt(row: number, col: number): number;
  /** The shared string (its index in the SST) a cell holding one (LABELSST) shows. */
  stringAt?(row: number, col: number): number | undefined;
  /** The number a formula's cell holds as its result (FORMULA), where it holds one. */
  formulaNumberAt?(row: number, col: number): number | undefined;
  /** Its header's and footer's codes (HEADER, FOOTER), which SheetJS does not keep. */
  readonly pageCodes?: readonly { readonly place: PageText["place"]; readonly codes: string }[];
  /**
   * The width (characters) of a column no COLINFO sizes, where the sheet tells it: LibreOffice writes no
   * COLINFO for a column as wide as this.
   */
  readonly defaultWidth?: number;
  /** How its pages are set up (SETUP, WSBOOL, the margins), where it has a SETUP record. */
  readonly pageSetup?: XlsPageSetup;
  /** The height (points) of a row no ROW record sizes, where DEFAULTROWHEIGHT gives it. */
  readonly defaultRowHeight?: number;
  /**
   * The height (points) a row's ROW record stores, set by hand or grown to its text: SheetJS keeps only
   * the first (fUnsynced), and a figure stacked in a row LibreOffice grew read as cut (red team, round 25).
   */
  rowHeightAt?(row: number): number | undefined;
}

const BOUNDSHEET = 0x0085;
const WINDOW2 = 0x023e;
/** The sheet's background picture (MS-XLS 2.4.19 BkHim, "BITMAP"). */
const BITMAP = 0x00e9;
const PANE = 0x0041;
const MSODRAWING = 0x00ec;
const CONTINUE = 0x003c;
const OBJ = 0x005d;
const NOTE = 0x001c;
/** ROW (MS-XLS 2.4.221): its row, its columns, then its height in twips (miyRw, 15 bits). */
const ROW = 0x0208;
const ROW_LENGTH = 8;
/** ROW's flags: fGhostDirty (bit 7 of the byte at 12), whose row has a style, ixfe_val (12 bits at 14). */
const ROW_FLAGS = 12;
const ROW_STYLED = 0x80;
const ROW_XF = 14;
/** COLINFO (MS-XLS 2.4.53): its first and last column, width, then the style (ixfe) of its cells. */
const COLINFO = 0x007d;
const COLINFO_XF = 6;
/** An .xls has 256 columns: COLINFO records past as many are not read. */
const MAX_COLUMN_RANGES = 256;
/** The default cell style, of a cell neither it, its row nor its column styles (MS-XLS 2.4.353: XF 15). */
const DEFAULT_CELL_XF = 15;
/** FORMAT (MS-XLS 2.4.126): a number format, which only the globals give. */
const FORMAT = 0x041e;
/** The records of a cell holding a value or a formula: row, column, then its XF (MS-XLS 2.5.19 Cell). */
const CELL_RECORDS = new Set([0x0203, 0x027e, 0x00fd, 0x0204, 0x00d6, 0x0205, 0x0006]);
/** LABELSST (MS-XLS 2.4.149): a cell's row, column and XF, then its shared string's index. */
const LABELSST = 0x00fd;
const LABELSST_LENGTH = 10;
/** MULRK: a row, its first column, then an XF and a number for each cell, then its last column. */
const MULRK = 0x00bd;
const MULRK_ENTRY = 6;
/** BLANK (MS-XLS 2.4.20): an empty cell's row, column and XF; MULBLANK (2.4.174): a row's run of them. */
const BLANK = 0x0201;
const MULBLANK = 0x00be;
const MULBLANK_ENTRY = 2;
/**
 * DEFCOLWIDTH (MS-XLS 2.4.89): the width of a column without a COLINFO in characters, its padding of 5 of
 * a digit's 7 pixels apart; STANDARDWIDTH (2.4.324), where present, the same in 1/256 of a character,
 * padding included.
 */
const DEFCOLWIDTH = 0x0055;
const STANDARDWIDTH = 0x0099;
const CELL_LENGTH = 6;
/** FORMULA (MS-XLS 2.4.127): a cell's row, column and XF, then its result, a number unless its last two bytes are FFFF. */
const FORMULA = 0x0006;
const FORMULA_RESULT_END = 14;
/** WINDOW2's fFrozen (MS-XLS 2.4.346): the top and left panes stay put; fDspZeros: zeros are shown. */
const FROZEN = 0x0008;
const SHOWS_ZEROS = 0x0010;
/** WINDOW2's fDspFmla: the sheet shows formulas in place of their results. */
const SHOWS_FORMULAS = 0x0001;
/** An OBJ's first field, ftCmo (MS-XLS 2.5.143), and its object types of a picture and a comment. */
const FT_CMO = 0x15;
const OT_PICTURE = 0x08;
const OT_NOTE = 0x19;
/** A NOTE's fShow: the comment is shown, not only on hovering over its cell. */
const NOTE_SHOWN = 0x0002;
/** HEADER and FOOTER (MS-XLS 2.4.136, 2.4.119): a header's or footer's codes, an XLUnicodeString; none if empty. */
const PAGE_PLACES: ReadonlyMap<number, PageText["place"]> = new Map([
  [0x0014, "header"],
  [0x0015, "footer"],
]);

/** Each sheet's name and the offset of its BOF in the stream, from the globals' BOUNDSHEET8 records. */
function boundSheets(data: Uint8Array): { name: string; offset: number }[] {
  const sheets: { name: string; offset: number }[] = [];
  for (const { type, body } of records(data)) {
    if (type === EOF || type === FILEPASS) break;
    if (type !== BOUNDSHEET) continue;
    if (sheets.length >= MAX_SHEETS) throw new Error(`more than ${MAX_SHEETS} sheets`);
    // lbPlyPos, hsState, dt, then the name: its length, whether its characters are 2 bytes, them.
    const [count, wide] = [body[6] ?? 0, (body[7] ?? 0) & 1];
    if (body.length < 8 + count * (wide + 1)) throw new Error(`BOUNDSHEET of ${body.length} bytes`);
    sheets.push({ name: characters(body, 8, count, wide === 1), offset: dword(body, 0) });
  }
  return sheets;
}

/** Where each substream of the stream's top level begins (its BOF), the globals' first. */
function substreamStarts(data: Uint8Array): Set<number> {
  const starts = new Set<number>();
  let depth = 0;
  for (const { type, at } of records(data)) {
    if (type === FILEPASS) break;
    if (type === BOF && depth++ === 0) starts.add(at);
    if (type === EOF && depth > 0) depth--;
  }
  return starts;
}

/**
 * A sheet's first view: the top-left cell of WINDOW2 it opens at, and with panes frozen (fFrozen, and
 * a PANE splitting off rows or columns), the rows above it and the columns left of it, which the frozen
 * panes keep out of reach, as the .xlsx reader reads a frozen `pane`.
 */
function sheetView(window: Uint8Array, pane: Uint8Array | undefined, background: boolean): SheetView {
  if (window.length < 6) throw new Error(`WINDOW2 of ${window.length} bytes`);
  if (pane && pane.length < 10) throw new Error(`PANE of ${pane.length} bytes`);
  const opensAt: RowCol = { row: word(window, 2), col: word(window, 4) };
  const zeros = {
    ...((word(window, 0) & SHOWS_ZEROS) === 0 ? { zerosHidden: true } : {}),
    ...((word(window, 0) & SHOWS_FORMULAS) !== 0 ? { formulasShown: true } : {}),
    ...(background ? { background: true } : {}),
  };
  if (!pane || (word(window, 0) & FROZEN) === 0) return { opensAt, ...zeros };
  const [columns, rows] = [word(pane, 0), word(pane, 2)];
  const reach = { row: rows > 0 ? opensAt.row : 0, col: columns > 0 ? opensAt.col : 0 };
  return { opensAt, ...(reach.row > 0 || reach.col > 0 ? { reach } : {}), ...zeros };
}

/** The kind of drawing over a cell of the sheet, if any lies over it: a shape where any of them is. */
export const xlsDrawnOver = (sheet: XlsSheet, row: number, col: number): DrawingKind | undefined =>
  sheet.drawn.reduce<DrawingKind | undefined>(
    (found, { area, kind }) => (inArea(area, row, col) ? drawnOverBoth(found, kind) : found),
    undefined,
  );

/** An OBJ record: the MSODRAWING record it follows, its object type (ftCmo's ot), its id. */
interface SheetObject {
  after: number;
  type: number | undefined;
  id: number;
}

/**
 * What a sheet's drawing records draw over its cells. Each shape's OBJ is the next after the record holding
 * its client data; a comment, unless shown, shows only on hovering over its cell, as a clerk adds one: not
 * counted. `shown`: the ids of the comments shown.
 */
function drawnShapes(
  drawing: readonly Uint8Array[],
  length: number,
  starts: readonly number[],
  objects: readonly SheetObject[],
  shown: ReadonlySet<number>,
) {
  const joined = new Uint8Array(length);
  drawing.reduce((at, part) => (joined.set(part, at), at + part.length), 0);
  const taken = new Set<number>();
  return officeArtShapes(joined, starts).flatMap(({ area, record }) => {
    const index = objects.findIndex((o, i) => o.after === record && !taken.has(i));
    if (index < 0) return [{ area, kind: "shape" as const }];
    taken.add(index);
    const { type, id } = objects[index]!;
    if (type === OT_NOTE && !shown.has(id)) return [];
    return [{ area, kind: type === OT_PICTURE ? "picture" : type === OT_NOTE ? "note" : "shape" } as const];
  });
}

/**
 * One sheet's substream, from its BOF to its EOF; an embedded chart's own substream is passed over.
 * `styled` counts the cells whose styles are kept, over the workbook, up to `maxCells` (a file past it is
 * refused for its cells, so none past it is kept), and checks each cell's style (`check` throws).
 */
function readSheet(
  data: Uint8Array,
  offset: number,
  styled: { cells: number; readonly maxCells: number; readonly check: (xf: number) => void },
): XlsSheet {
  let depth = 0;
  const xfs = new Map<number, number>();
  const strings = new Map<number, number>();
  const results = new Map<number, number>();
  const rowHeights = new Map<number, number>();
  const keep = (row: number, col: number, xf: number) => {
    styled.check(xf);
    if (++styled.cells <= styled.maxCells) xfs.set(cellKey(row, col), xf);
  };
  // An empty cell's style is drawn only under a text running on over it: never checked, kept up to the cap.
  const blanks = new Map<number, number>();
  const keepBlank = (row: number, col: number, xf: number) => {
    if (blanks.size < styled.maxCells) blanks.set(cellKey(row, col), xf);
  };
  const rowXfs = new Map<number, number>();
  const columnXfs: { first: number; last: number; xf: number }[] = [];
  let window: Uint8Array | undefined;
  let pane: Uint8Array | undefined;
  let background = false;
  const drawing: Uint8Array[] = [];
  const starts: number[] = [];
  let length = 0;
  let continues = false;
  const objects: SheetObject[] = [];
  const shown = new Set<number>();
  const conditionals = new XlsConditionalReader();
  const page = new XlsPageSetupReader();
  const cellRecords = new XlsCellRecords(styled.maxCells);
  let defaultWidth: number | undefined;
  const pageCodes: { place: PageText["place"]; codes: string }[] = [];
  let standardWidth: number | undefined;
  if (offset + 4 > data.length || word(data, offset) !== BOF)
    throw new Error(`no BOF at a sheet's offset ${offset}`);
  for (const { type, body } of records(data, offset)) {
    if (type === BOF) depth++;
    if (type === EOF && --depth === 0) break;
    if (depth !== 1) continue;
    // SheetJS applies one to the cells after it, LibreOffice none (red team, round 24).
    if (type === FORMAT) throw new Error("a FORMAT record in a sheet");
    conditionals.take(type, body);
    page.take(type, body);
    cellRecords.take(type, body);
    if (CELL_RECORDS.has(type) && body.length >= CELL_LENGTH)
      keep(word(body, 0), word(body, 2), word(body, 4));
    if (type === LABELSST && body.length >= LABELSST_LENGTH && xfs.has(cellKey(word(body, 0), word(body, 2))))
      strings.set(cellKey(word(body, 0), word(body, 2)), dword(body, 6));
    // A STRING record after a FORMULA holding a number is no result of it: SheetJS reads it as the cell's
    // text, LibreOffice shows the number (red team, round 22).
    if (
      type === FORMULA &&
      body.length >= FORMULA_RESULT_END &&
      xfs.has(cellKey(word(body, 0), word(body, 2)))
    )
      if (word(body, 12) !== 0xffff) {
        const result = new DataView(body.buffer, body.byteOffset).getFloat64(6, true);
        if (Number.isFinite(result)) results.set(cellKey(word(body, 0), word(body, 2)), result);
      }
    if (type === MULRK && body.length >= CELL_LENGTH + 6)
      for (const { col, at } of rowRun(body, MULRK_ENTRY)) keep(word(body, 0), col, word(body, at));
    if (type === BLANK && body.length >= CELL_LENGTH) keepBlank(word(body, 0), word(body, 2), word(body, 4));
    if (type === MULBLANK && body.length >= CELL_LENGTH + 2)
      for (const { col, at } of rowRun(body, MULBLANK_ENTRY)) keepBlank(word(body, 0), col, word(body, at));
    continues = type === MSODRAWING || (type === CONTINUE && continues);
    if (type === MSODRAWING) starts.push(length);
    if (continues) {
      drawing.push(body);
      length += body.length;
    }
    // A height of 0 is none: LibreOffice draws the row at its own (a hidden row says so by its flag).
    if (type === ROW && body.length >= ROW_LENGTH && (word(body, 6) & 0x7fff) > 0)
      rowHeights.set(word(body, 0), (word(body, 6) & 0x7fff) / 20);
    if (type === ROW && body.length >= ROW_XF + 2 && (body[ROW_FLAGS]! & ROW_STYLED) !== 0)
      rowXfs.set(word(body, 0), word(body, ROW_XF) & 0x0fff);
    if (type === COLINFO && body.length >= COLINFO_XF + 2 && columnXfs.length < MAX_COLUMN_RANGES)
      columnXfs.push({ first: word(body, 0), last: word(body, 2), xf: word(body, COLINFO_XF) });
    if (type === WINDOW2) window ??= body;
    if (type === PANE) pane ??= body;
    if (type === BITMAP) background = true;
    if (type === DEFCOLWIDTH && body.length >= 2) defaultWidth = baseColumnWidth(word(body, 0));
    if (type === STANDARDWIDTH && body.length >= 2) standardWidth = word(body, 0) / 256;
    if (type === OBJ)
      objects.push({
        after: starts.length - 1,
        type: body.length >= 8 && word(body, 0) === FT_CMO ? word(body, 4) : undefined,
        id: word(body, 6),
      });
    const place = PAGE_PLACES.get(type);
    if (place && body.length >= 3) {
      const [count, wide] = [word(body, 0), (body[2]! & 1) === 1];
      if (body.length >= 3 + count * (wide ? 2 : 1))
        pageCodes.push({ place, codes: characters(body, 3, count, wide) });
    }
    if (type === NOTE && body.length >= 8 && (word(body, 4) & NOTE_SHOWN) !== 0) shown.add(word(body, 6));
  }
  cellRecords.finish();
  const drawn = drawnShapes(drawing, length, starts, objects, shown);
  return {
    ...(window ? { view: sheetView(window, pane, background) } : {}),
    drawn,
    conditionals: conditionals.conditionals,
    xfAt: (row, col) => xfs.get(cellKey(row, col)),
    groundXfAt: (row, col) =>
      blanks.get(cellKey(row, col)) ??
      rowXfs.get(row) ??
      columnXfs.find(({ first, last }) => col >= first && col <= last)?.xf ??
      DEFAULT_CELL_XF,
    stringAt: (row, col) => strings.get(cellKey(row, col)),
    formulaNumberAt: (row, col) => results.get(cellKey(row, col)),
    rowHeightAt: (row) => rowHeights.get(row),
    pageCodes,
    ...(page.pageSetup() ? { pageSetup: page.pageSetup()! } : {}),
    ...(page.defaultRowHeight !== undefined ? { defaultRowHeight: page.defaultRowHeight } : {}),
    ...(standardWidth !== undefined || defaultWidth !== undefined
      ? { defaultWidth: standardWidth ?? defaultWidth }
      : {}),
  };
}

/**
 * Each sheet of a BIFF8 .xls by name, from its workbook stream `data`: its view (WINDOW2, PANE), its drawings (MSODRAWING, OBJ, NOTE),
 * its conditional formats (CONDFMT, CF) and its cells' styles, which SheetJS does not keep; the styles of
 * at most `maxCells` cells, each cell's checked by `checkStyle` (which throws). Nothing of an encrypted
 * file is read; an older BIFF's is never asked for.
 */
export function xlsSheets(
  data: Uint8Array | undefined,
  maxCells: number,
  checkStyle: (xf: number) => void = () => undefined,
): ReadonlyMap<string, XlsSheet> {
  const sheets = new Map<string, XlsSheet>();
  // An older BIFF's records are laid out otherwise: `readWorkbookGrid` refuses its file before.
  if (!data) return sheets;
  const styled = { cells: 0, maxCells, check: checkStyle };
  const bound = boundSheets(data);
  const starts = substreamStarts(data);
  // SheetJS names each substream it meets by its BOF's offset, the sheets here are read from their
  // offsets: an offset at a substream inside another (an embedded chart's), or at one another sheet
  // begins at too, would have the two read different records as one sheet (red team, round 44).
  if (bound.some(({ offset }) => !starts.delete(offset)))
    throw new Error("a sheet's offset is not the start of a substream of its own");
  for (const { name, offset } of bound)
    if (!sheets.has(name)) sheets.set(name, readSheet(data, offset, styled));
  return sheets;
}
