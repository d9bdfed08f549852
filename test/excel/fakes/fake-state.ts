import { fromA1, quoteSheet, toA1 } from "../../../src/core";
import { excelError } from "./excel-error";
import type { PageState } from "./fake-page-layout";

/** What the fake workbook holds, inspected by tests directly (the proxies are what the code under test sees). */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  /** Excel's horizontal alignment ("Center", "Right"…); General unless set. */
  align?: string;
  /** Indent level and reading order ("RightToLeft"…), which a test sets: the host writes neither. */
  indent?: number;
  readingOrder?: string;
  /** Excel's text orientation, -90 to 90 or 180 (stacked), which a test sets: 0 unless set. */
  orientation?: number;
  /** Shrink to fit, which a test sets: off unless set. */
  shrink?: boolean;
  /** Struck through, which a test sets: not unless set. */
  strike?: boolean;
  /** The font's name, which a test sets: Calibri unless set. */
  font?: string;
  /** Whether the font is a superscript or a subscript, which a test sets. */
  script?: "superscript" | "subscript";
  borders: Record<string, string>;
  locked: boolean;
}

export interface CellValidation {
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface FakeCell {
  value?: string | number | boolean;
  error?: string;
  /** Without "=". */
  formula?: string;
  quotePrefix?: boolean;
  numberFormat: string;
  /** What Excel shows for the cell (Range.text) where a test makes it differ from the value. */
  shown?: string;
  /** Whether a number format was written into the cell, General or not. */
  numberFormatWritten?: boolean;
  /** Exactly what was last written through `formulas` or `values`. */
  written?: unknown;
  format: CellFormat;
  validation?: CellValidation;
}

/** A cell as a test seeds it: a constant, a formula with its cached value, an error, or text. */
type Seed =
  | number
  | boolean
  | string
  | { formula: string; value?: string | number | boolean }
  | { error: string };

export interface ConditionalFormatState {
  readonly id: number;
  readonly type: string;
  readonly areas: readonly Rect[];
  formula?: string;
  formulaR1C1?: string;
  rule?: Excel.ConditionalCellValueRule;
  /** A preset rule's criterion (PresetCriteria). */
  preset?: Excel.ConditionalPresetCriteriaRule;
  /** The number format it shows a cell's figure in where it holds (ConditionalRangeFormat.numberFormat). */
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /**
   * Whether its condition holds, so Excel draws its fill and font colour (getDisplayedCellProperties): the
   * fake does not work conditions out, a test says.
   */
  holds?: boolean;
}

/**
 * A chart series: where its values and categories come from, as Excel keeps them, references (formulas
 * without "=") that follow a renamed sheet and turn #REF! when the sheet they name is deleted.
 */
export interface SeriesState {
  name?: string;
  values: string;
  categories?: string;
}

export interface ChartState {
  readonly type: string;
  readonly seriesBy?: string;
  title?: string;
  series: SeriesState[];
  position?: string;
  end?: string;
  categoriesReversed?: boolean;
}

/**
 * A shape over a sheet (ExcelApi 1.9): a text box, a geometric shape, a line, a group, a picture ("Image"),
 * or what Office.js cannot tell ("Unsupported"), where a clerk put it, in points from the sheet's top-left
 * corner (Shape.left, top, width, height).
 */
export interface ShapeState {
  readonly type: Excel.Shape["type"];
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A PivotTable and its source, a reference (without "=") that follows renames and turns #REF!. */
export interface PivotState {
  readonly name: string;
  source: string;
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

export const rectA1 = (r: Rect) =>
  r.top === r.bottom && r.left === r.right
    ? toA1(r.top, r.left)
    : `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;

/**
 * The rectangle an address names: a copy of the one worked out when the address was first met (parsedRect),
 * as the cut tests get the same ranges thousands of times.
 */
export function parseRect(address: string): Rect {
  let rect = parsedRects.get(address);
  if (!rect) parsedRects.set(address, (rect = parsedRect(address)));
  return { ...rect };
}

const parsedRects = new Map<string, Rect>();

function parsedRect(address: string): Rect {
  if (/^[A-Z]+:[A-Z]+$/i.test(address)) {
    const [a, b] = address.split(":").map((col) => fromA1(`${col}1`)!.col);
    return { top: 0, left: a!, bottom: 1_048_575, right: b! };
  }
  const [from, to] = address.split(":");
  const a = fromA1(from!);
  const b = fromA1(to ?? from!);
  if (!a || !b) throw excelError(`InvalidArgument: address ${address}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** Column letters by index, worked out once: summaries of thousands of units visit millions of cells. */
const columns: string[] = [];
const columnOf = (col: number) => (columns[col] ??= toA1(0, col).slice(0, -1));

/**
 * A cell's address (toA1), made once: the cut tests write and read the same cells thousands of times, and a
 * string made once keeps its hash for every Map it is looked up in.
 */
const addresses: string[][] = [];
export const cellAddress = (row: number, col: number) =>
  ((addresses[row] ??= [])[col] ??= `${columnOf(col)}${row + 1}`);

/** Where each address met lies (fromA1), worked out once: a used range visits every cell of a sheet. */
const places = new Map<string, { row: number; col: number }>();
function placeOf(address: string): { row: number; col: number } {
  let place = places.get(address);
  if (!place) places.set(address, (place = fromA1(address)!));
  return place;
}

export function cellsIn(rect: Rect): string[] {
  const out: string[] = [];
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) out.push(cellAddress(r, c));
  return out;
}

const intersects = (a: Rect, b: Rect) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

let nextId = 1;

export class SheetState {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /**
   * Its cells by address: an own property read through the sheet's entry in cellMaps, so that a copy may
   * share them with the sheet it was copied from until it writes one (see cellsOf).
   */
  declare readonly cells: ReadonlyMap<string, FakeCell>;
  readonly merges: string[] = [];
  /** Column widths and row heights (from 0) in points, where not Excel's default (48 and 15). */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Rows and columns (from 0) the user has hidden. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /**
   * Panes frozen: so many rows and columns, from `from` (A1 unless a test sets it: a clerk scrolled down
   * or right, then froze them, and the rows and columns before it are out of reach).
   */
  freeze?: { rows: number; cols: number; from?: { row: number; col: number } };
  protection: { protected: boolean; options?: Excel.WorksheetProtectionOptions; password?: string } = {
    protected: false,
  };
  readonly charts: ChartState[] = [];
  readonly shapes: ShapeState[] = [];
  /**
   * How its view shows it, which Excel keeps for each sheet and a window shows of its active sheet:
   * formulas in place of their results (Show Formulas, Ctrl+`), and zeros (off: empty cells).
   */
  showFormulas = false;
  showZeros = true;
  /** The first cell its view shows, where it is scrolled to (from 0): A1 unless a test scrolls it. */
  scrolledTo = { row: 0, col: 0 };
  readonly pivots: PivotState[] = [];
  readonly tables: { address: string; hasHeaders: boolean; name?: string }[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  readonly page: PageState = { texts: {}, breaks: [], columnBreaks: [] };
  deleted = false;
  /**
   * The cells whose formula or data validation names a sheet, by that sheet's name in capitals: the only
   * ones its rename or deletion may change (renameReferences), where a campaign's swap renames a dozen
   * sheets over thousands of cells that each name one or two of them. Read through the sheet's entry in
   * mentionMaps, as the cells are, so that a copy may share them until it changes them (ownMentions).
   */
  declare readonly mentions: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(
    public name: string,
    private readonly book: WorkbookState,
  ) {
    giveMentions(this, new Map());
    giveCells(this, new Map());
  }

  /**
   * The cell at `address`, the sheet's own to change, its format included (a test sets one in place): see
   * cellToWrite, whose format is shared.
   */
  cell(address: string): FakeCell {
    const cell = this.cellToWrite(address);
    if (Object.isFrozen(cell.format)) cell.format = { ...cell.format, borders: { ...cell.format.borders } };
    return cell;
  }

  /**
   * The cell at `address`, the sheet's own to change: made where there is none, and copied where the sheet
   * shares it frozen with the workbook it was copied from (copyOf), its validation still shared until changed
   * (unshared) and its format shared, as formats are replaced whole (formatWith); the sheet's cells are
   * copied first where it shares them (ownCells).
   */
  cellToWrite(address: string): FakeCell {
    let cell = this.cells.get(address);
    if (!cell) {
      cell = { numberFormat: "General", format: PLAIN_FORMAT };
      ownCells(this).set(address, cell);
    } else if (Object.isFrozen(cell)) {
      cell = { ...cell };
      ownCells(this).set(address, cell);
    }
    return cell;
  }

  /** The cell at `address`, just given a formula or a validation, listed under the sheets they name (mentions). */
  mentioned(address: string): void {
    const cell = this.cells.get(address);
    if (!cell) return;
    const named = cell.formula !== undefined ? formulaSheets(cell.formula) : NO_SHEETS;
    const ruled = cell.validation?.rule ? ruleSheets(cell.validation.rule) : undefined;
    if (named.length === 0 && !ruled?.size) return;
    const mentions = ownMentions(this);
    for (const name of named) mention(mentions, name, address);
    if (ruled) for (const name of ruled) mention(mentions, name, address);
  }

  /**
   * The cells that name the sheet `from`, listed from now on under `to` (none where deleted), as every
   * reference to it is about to follow it (WorkbookState.renameReferences).
   */
  followMentions(from: string, to: string | null): ReadonlySet<string> {
    const mentioning = this.mentions.get(from.toUpperCase());
    if (!mentioning) return new Set<string>();
    const mentions = ownMentions(this);
    mentions.delete(from.toUpperCase());
    if (to === null || mentioning.size === 0) return mentioning;
    const already = mentions.get(to.toUpperCase());
    // Moved whole where no cell names `to` yet: the caller only reads it.
    if (!already) mentions.set(to.toUpperCase(), mentioning);
    else {
      const into = shared.has(already) ? new Set(already) : (already as Set<string>);
      for (const address of mentioning) into.add(address);
      mentions.set(to.toUpperCase(), into);
    }
    return mentioning;
  }

  /** Seeds cells as if a user had typed them (or a formula had calculated). */
  set(cells: Record<string, Seed>): this {
    for (const [address, seed] of Object.entries(cells)) {
      const cell = this.cell(address);
      delete cell.value;
      delete cell.error;
      delete cell.formula;
      if (typeof seed === "object" && "error" in seed) cell.error = seed.error;
      else if (typeof seed === "object") {
        cell.formula = seed.formula;
        if (seed.value !== undefined) cell.value = seed.value;
        this.mentioned(address);
      } else cell.value = seed;
    }
    return this;
  }

  /** What a cell shows as a constant or formula, for assertions: "=…" for formulas. */
  content(address: string): string | number | boolean | undefined {
    const cell = this.cells.get(address);
    if (!cell) return undefined;
    return cell.formula !== undefined ? `=${cell.formula}` : (cell.error ?? cell.value);
  }

  conditionalFormatsOn(rect: Rect): ConditionalFormatState[] {
    return this.conditionalFormats.filter((cf) => cf.areas.some((a) => intersects(a, rect)));
  }

  addConditionalFormat(type: string, areas: readonly Rect[]): ConditionalFormatState {
    const cf = { id: nextId++, type, areas };
    this.conditionalFormats.push(cf);
    this.book.log(`cf-add ${this.name}`);
    return cf;
  }

  /** What Excel does when a string (or number) is typed or written into a cell. */
  enter(address: string, input: unknown): void {
    const cell = this.cellToWrite(address);
    cell.written = input;
    delete cell.value;
    delete cell.error;
    delete cell.formula;
    delete cell.quotePrefix;
    if (typeof input === "number" || typeof input === "boolean") cell.value = input;
    else if (typeof input !== "string") throw excelError(`InvalidArgument: cell input ${String(input)}`);
    else if (input === "") return;
    else if (cell.numberFormat === "@") cell.value = input;
    else if (input.startsWith("'")) [cell.value, cell.quotePrefix] = [input.slice(1), true];
    else if (NUMERIC.test(input)) cell.value = Number(input);
    else if (/^[=+\-@]/.test(input)) {
      cell.formula = this.book.resolveSheets(input.startsWith("=") ? input.slice(1) : input);
      this.mentioned(address);
    } else if (/^(TRUE|FALSE)$/i.test(input)) cell.value = input.toUpperCase() === "TRUE";
    else cell.value = input;
  }

  /** A column's width and a row's height in points as Excel gives them: 0 where hidden. */
  columnPoints(col: number): number {
    return this.hiddenColumns.has(col) ? 0 : (this.columnWidths.get(col) ?? 48);
  }
  rowPoints(row: number): number {
    return this.hiddenRows.has(row) ? 0 : (this.rowHeights.get(row) ?? 15);
  }

  /** Where a range lies from A1, and its size, in points (Range.left, top, width, height). */
  geometry(rect: Rect): { left: number; top: number; width: number; height: number } {
    const sum = (from: number, to: number, size: (i: number) => number) => {
      let total = 0;
      for (let i = from; i < to; i++) total += size(i);
      return total;
    };
    const column = (c: number) => this.columnPoints(c);
    const row = (r: number) => this.rowPoints(r);
    return {
      left: sum(0, rect.left, column),
      top: sum(0, rect.top, row),
      width: sum(rect.left, rect.right + 1, column),
      height: sum(rect.top, rect.bottom + 1, row),
    };
  }

  /**
   * The smallest rectangle holding every cell with a value or a formula (of `within` only, where given),
   * as Excel's used range with valuesOnly.
   */
  usedRect(within?: Rect): Rect | null {
    if (within || !fixed.has(this.cells)) return usedRectOf(this.cells, within);
    let rect = usedRects.get(this.cells);
    if (rect === undefined) usedRects.set(this.cells, (rect = usedRectOf(this.cells)));
    return rect && { ...rect };
  }

  /** Where panes are frozen (WorksheetFreezePanes.getLocation): the top- and left-most pane's cells. */
  frozenRect(): Rect | undefined {
    if (!this.freeze) return undefined;
    const { rows, cols, from = { row: 0, col: 0 } } = this.freeze;
    return {
      top: rows > 0 ? from.row : 0,
      bottom: rows > 0 ? from.row + rows - 1 : 1_048_575,
      left: cols > 0 ? from.col : 0,
      right: cols > 0 ? from.col + cols - 1 : 16_383,
    };
  }

  /**
   * Where a chart lies, in points: over the cells it was set on (setPosition), or Excel's default size
   * (5 × 3 inches) from the sheet's corner.
   */
  chartPlace(chart: ChartState): { left: number; top: number; width: number; height: number } {
    if (!chart.position) return { left: 0, top: 0, width: 360, height: 216 };
    const start = parseRect(chart.position);
    const end = chart.end ? parseRect(chart.end) : undefined;
    const place = this.geometry({
      ...start,
      bottom: end?.bottom ?? start.top,
      right: end?.right ?? start.left,
    });
    return end ? place : { ...place, width: 360, height: 216 };
  }

  address(rect: Rect): string {
    return `${quoteSheet(this.name)}!${rectA1(rect)}`;
  }
}

/** The used range of `cells` (SheetState.usedRect), worked out once for cells that can no longer change (fixed). */
const usedRects = new WeakMap<ReadonlyMap<string, FakeCell>, Rect | null>();

function usedRectOf(cells: ReadonlyMap<string, FakeCell>, within?: Rect): Rect | null {
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [address, cell] of cells) {
    if (cell.value === undefined && cell.formula === undefined && cell.error === undefined) continue;
    const { row, col } = placeOf(address);
    if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right))
      continue;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  return top === Infinity ? null : { top, left, bottom, right };
}

/**
 * Each sheet's cells. Those of a sheet frozen (freezeDeep) are fixed: the sheet cannot change them, and its
 * copies share them, each copying them (a Map of frozen cells, O(cells) once) when it first writes a cell
 * (ownCells), so that a workbook's copy costs O(sheets) and a cut that writes into two sheets copies two.
 * Kept here rather than in a hidden property of the sheet, which made freezeDeep eight times slower.
 */
const cellMaps = new WeakMap<SheetState, Map<string, FakeCell>>();
const fixed = new WeakSet<ReadonlyMap<string, FakeCell>>();

/** Whether `cells` (a sheet's) can no longer change: shared by a frozen sheet and its copies. */
export const fixedCells = (cells: ReadonlyMap<string, FakeCell>): boolean => fixed.has(cells);

function cellsGetter(this: SheetState): ReadonlyMap<string, FakeCell> {
  return cellMaps.get(this)!;
}

/** Gives `sheet` its cells, an own enumerable property as a field would be (deep equality compares it). */
function giveCells(sheet: SheetState, cells: Map<string, FakeCell>): void {
  cellMaps.set(sheet, cells);
  if (!Object.prototype.hasOwnProperty.call(sheet, "cells"))
    Object.defineProperty(sheet, "cells", { get: cellsGetter, enumerable: true });
}

/** The sheet's cells, to be changed: copied first where they are fixed, which a frozen sheet's are for good. */
function ownCells(sheet: SheetState): Map<string, FakeCell> {
  const cells = cellMaps.get(sheet)!;
  if (!fixed.has(cells)) return cells;
  if (Object.isFrozen(sheet)) throw new TypeError(`the frozen sheet ${sheet.name} cannot change`);
  const own = new Map(cells);
  cellMaps.set(sheet, own);
  return own;
}

/**
 * Each sheet's mentions (SheetState.mentions). A copy shares them with the sheet it was copied from
 * (shareMentions), and each copies the Map when it first changes it (ownMentions), a set of addresses when it
 * adds to it: a campaign's sheets mention thousands of addresses, copied for each of thousands of cuts before.
 */
const mentionMaps = new WeakMap<SheetState, Map<string, ReadonlySet<string>>>();
/** Mentions and their sets of addresses that two sheets share: replaced, never changed in place. */
const shared = new WeakSet<object>();

function mentionsGetter(this: SheetState): ReadonlyMap<string, ReadonlySet<string>> {
  return mentionMaps.get(this)!;
}

/** Gives `sheet` its mentions, an own enumerable property as a field would be (deep equality compares it). */
function giveMentions(sheet: SheetState, mentions: Map<string, ReadonlySet<string>>): void {
  mentionMaps.set(sheet, mentions);
  if (!Object.prototype.hasOwnProperty.call(sheet, "mentions"))
    Object.defineProperty(sheet, "mentions", { get: mentionsGetter, enumerable: true });
}

/** A sheet's mentions for its copy, shared from now on (see mentionMaps). */
function shareMentions(sheet: SheetState): Map<string, ReadonlySet<string>> {
  const mentions = mentionMaps.get(sheet)!;
  if (!shared.has(mentions)) {
    shared.add(mentions);
    for (const addresses of mentions.values()) shared.add(addresses);
  }
  return mentions;
}

/** The sheet's mentions, to be changed: copied first where shared, their sets of addresses still shared. */
function ownMentions(sheet: SheetState): Map<string, ReadonlySet<string>> {
  const mentions = mentionMaps.get(sheet)!;
  if (!shared.has(mentions)) return mentions;
  const own = new Map(mentions);
  mentionMaps.set(sheet, own);
  return own;
}

/** What a format's key may be: one of its own, or one of its borders' ("borders/EdgeTop"). */
export type FormatKey = Exclude<keyof CellFormat, "borders"> | `borders/${string}`;

/** A new cell's format: frozen, shared by every cell not formatted since (formatWith). */
const PLAIN_FORMAT: CellFormat = Object.freeze({ borders: Object.freeze({}), locked: true });

/** The formats a frozen format becomes, by key then value (formatWith): made once, shared by every cell. */
const formatsAfter = new WeakMap<CellFormat, Map<FormatKey, Map<unknown, CellFormat>>>();

/**
 * `format` with `key` set to `value`. A format a test set in place (SheetState.cell) is changed in place; a
 * frozen one is replaced by another frozen one, made once for all the cells and all the cut runs that make
 * the same change: each of a write's cells had a format and borders of its own, which made much of the
 * garbage of the cut tests and of their copies of a workbook.
 */
export function formatWith(format: CellFormat, key: FormatKey, value: unknown): CellFormat {
  const border = key.startsWith("borders/") ? key.slice("borders/".length) : undefined;
  if (!Object.isFrozen(format)) {
    if (border !== undefined) format.borders[border] = value as string;
    else (format as unknown as Record<string, unknown>)[key] = value;
    return format;
  }
  let byKey = formatsAfter.get(format);
  if (!byKey) formatsAfter.set(format, (byKey = new Map()));
  let byValue = byKey.get(key);
  if (!byValue) byKey.set(key, (byValue = new Map()));
  let after = byValue.get(value);
  if (!after) {
    after =
      border !== undefined
        ? { ...format, borders: Object.freeze({ ...format.borders, [border]: value as string }) }
        : { ...format, [key]: value };
    byValue.set(value, Object.freeze(after));
    frozenForGood.add(after);
  }
  return after;
}

/** A sheet named in a formula: 'Quoted name'! or Plain!, outside string literals' reach for our formulas. */
const SHEET_REFERENCE = /'((?:[^']|'')+)'!|([\p{L}_][\p{L}\p{N}_.]*)!/gu;

/**
 * `address` listed under the sheet `name` (SheetState.mentions): in a set of its own where the set is shared,
 * made once where a later mention of the same sheet by the same cell adds nothing.
 */
function mention(mentions: Map<string, ReadonlySet<string>>, name: string, address: string): void {
  const addresses = mentions.get(name);
  if (!addresses) mentions.set(name, new Set([address]));
  else if (!shared.has(addresses)) (addresses as Set<string>).add(address);
  else if (!addresses.has(address)) mentions.set(name, new Set(addresses).add(address));
}

const NO_SHEETS: readonly string[] = [];

/**
 * The sheets a formula names (sheetsNamed), worked out once per formula: a campaign's cells are given their
 * formulas and validations again in each of thousands of cut runs, and each validation's property set
 * lists its cells' mentions again.
 */
const sheetsOfFormula = new Map<string, readonly string[]>();
function formulaSheets(formula: string): readonly string[] {
  if (!formula.includes("!")) return NO_SHEETS;
  let names = sheetsOfFormula.get(formula);
  if (!names) {
    const found = new Set<string>();
    sheetsNamed(formula, found);
    sheetsOfFormula.set(formula, (names = [...found]));
  }
  return names;
}

/** Adds to `into` the sheets `formula` names (SHEET_REFERENCE), in capitals, as sheetFollower compares them. */
function sheetsNamed(formula: string, into: Set<string>): void {
  if (!formula.includes("!")) return;
  for (const [, quoted, plain] of formula.matchAll(SHEET_REFERENCE))
    into.add((quoted?.replace(/''/g, "'") ?? plain!).toUpperCase());
}

/** The sheets a validation rule's formulas name (those mapRuleFormulas maps), worked out once per rule. */
const sheetsOfRule = new WeakMap<Excel.DataValidationRule, Set<string>>();
function ruleSheets(rule: Excel.DataValidationRule): Set<string> {
  let names = sheetsOfRule.get(rule);
  if (!names) {
    const found = new Set<string>();
    mapRuleFormulas(rule, (formula) => (sheetsNamed(formula, found), formula));
    sheetsOfRule.set(rule, (names = found));
  }
  return names;
}

/**
 * Formulas with the sheet `from` renamed `to`, or deleted (null): #REF! where it was named. A formula
 * where neither the name nor its quoted form appears (whatever the case) names it nowhere and is not
 * parsed: a campaign's swap renames a dozen sheets over hundreds of formulas and list sources.
 */
export function sheetFollower(from: string, to: string | null): (formula: string) => string {
  return follower(from, to).follow;
}

/**
 * Formulas already followed, by rename (renameKey) then formula: the cut tests replay the same renames on
 * the same formulas thousands of times, one run for each cut.
 */
const followedFormulas = new Map<string, Map<string, string>>();

/** One rename's key (the name in capitals, then the new name; "" where deleted, as no sheet is named so). */
const renameKey = (from: string, to: string | null) => `${from.toUpperCase()}\u0000${to ?? ""}`;

/** sheetFollower's function and its rename's key (renameKey), whose results are kept (followedFormulas). */
function follower(from: string, to: string | null): { key: string; follow: (formula: string) => string } {
  const name = from.toUpperCase();
  const quoted = name.replace(/'/g, "''");
  const follow = (formula: string) =>
    formula.replace(SHEET_REFERENCE, (whole, inQuotes: string | undefined, plain: string | undefined) =>
      (inQuotes?.replace(/''/g, "'") ?? plain!).toUpperCase() !== name
        ? whole
        : to === null
          ? "#REF!"
          : `${quoteSheet(to)}!`,
    );
  const key = renameKey(from, to);
  let known = followedFormulas.get(key);
  if (!known) followedFormulas.set(key, (known = new Map()));
  const followed = known;
  return {
    key,
    follow: (formula) => {
      if (!formula.includes("!")) return formula;
      let out = followed.get(formula);
      if (out === undefined) {
        const upper = formula.toUpperCase();
        out = upper.includes(name) || upper.includes(quoted) ? follow(formula) : formula;
        followed.set(formula, out);
      }
      return out;
    },
  };
}

/**
 * What fixed cells become by a rename (renameKey), fixed in turn: a copy of a frozen workbook takes them in
 * place of its sheet's, as every other copy that makes the same rename does, and none copies them again. The
 * cells a rename changes are those its sheet's mentions list (a superset of those naming the sheet renamed,
 * whatever copy lists them), so that the same cells renamed the same way give the same cells.
 */
const renamedCells = new WeakMap<ReadonlyMap<string, FakeCell>, Map<string, Map<string, FakeCell>>>();

/** What a frozen cell becomes by a rename (renameKey), frozen in turn: shared like the cell. */
const renamedFrozenCells = new WeakMap<FakeCell, Map<string, FakeCell>>();

/** A validation rule with its formulas followed, by rename (renameKey): frozen, as rules are replaced whole. */
const followedRules = new WeakMap<Excel.DataValidationRule, Map<string, Excel.DataValidationRule>>();

function followedRule(
  rule: Excel.DataValidationRule,
  key: string,
  follow: (formula: string) => string,
): Excel.DataValidationRule {
  let byRename = followedRules.get(rule);
  if (!byRename) followedRules.set(rule, (byRename = new Map()));
  let followed = byRename.get(key);
  if (!followed) {
    const mapped = mapRuleFormulas(rule, follow);
    followed = JSON.stringify(mapped) === JSON.stringify(rule) ? rule : mapped;
    freezeDeep(followed);
    byRename.set(key, followed);
  }
  return followed;
}

/**
 * The references of `cell`, one a workbook may change, to a renamed sheet followed (renameReferences):
 * whether it changed. A validation shared frozen is replaced whole (as unshared would copy it), the
 * format left shared.
 */
function followInCell(cell: FakeCell, key: string, follow: (formula: string) => string): boolean {
  let changed = false;
  if (cell.formula?.includes("!")) {
    const renamed = follow(cell.formula);
    if (renamed !== cell.formula) [cell.formula, changed] = [renamed, true];
  }
  const rule = cell.validation?.rule;
  if (!rule) return changed;
  const followed = followedRule(rule, key, follow);
  if (followed === rule) return changed;
  if (Object.isFrozen(cell.validation)) cell.validation = { ...cell.validation, rule: followed };
  else cell.validation!.rule = followed;
  return true;
}

/**
 * The cells of a sheet, named in `mentioning` and naming the renamed sheet, following it (renameReferences).
 * Fixed cells (a frozen workbook's, shared by its copies) are replaced by what they become, fixed in turn
 * (renamedCells), worked out once for all the copies that make the same rename; frozen cells of a Map of the
 * sheet's own are replaced one by one (renamedCell); others change in place.
 */
function followCells(
  sheet: SheetState,
  mentioning: ReadonlySet<string>,
  key: string,
  follow: (formula: string) => string,
) {
  const cells = cellMaps.get(sheet)!;
  if (!fixed.has(cells)) {
    for (const address of mentioning) {
      const cell = cells.get(address)!;
      if (!Object.isFrozen(cell)) followInCell(cell, key, follow);
      else {
        const renamed = renamedCell(cell, key, follow);
        if (renamed !== cell) cells.set(address, renamed);
      }
    }
    return;
  }
  let byRename = renamedCells.get(cells);
  if (!byRename) renamedCells.set(cells, (byRename = new Map()));
  let renamed = byRename.get(key);
  if (!renamed) {
    let changed: Map<string, FakeCell> | undefined;
    for (const address of mentioning) {
      const cell = cells.get(address)!;
      const follower = renamedCell(cell, key, follow);
      if (follower !== cell) (changed ??= new Map(cells)).set(address, follower);
    }
    if (changed) fixed.add(changed);
    byRename.set(key, (renamed = changed ?? cells));
  }
  if (renamed === cells) return;
  if (Object.isFrozen(sheet)) throw new TypeError(`the frozen sheet ${sheet.name} cannot change`);
  cellMaps.set(sheet, renamed);
}

/** What a frozen cell becomes by a rename (renamedCells): the cell itself where it does not change. */
function renamedCell(cell: FakeCell, key: string, follow: (formula: string) => string): FakeCell {
  let byRename = renamedFrozenCells.get(cell);
  if (!byRename) renamedFrozenCells.set(cell, (byRename = new Map()));
  let renamed = byRename.get(key);
  if (!renamed) {
    const copy = { ...cell };
    renamed = followInCell(copy, key, follow) ? copy : cell;
    freezeDeep(renamed);
    byRename.set(key, renamed);
  }
  return renamed;
}

/** An object's formula1/formula2/formula/source strings mapped, the rest as it was. */
function mapFormulas<T extends object>(rule: T, map: (formula: string) => string): T {
  const out = { ...rule } as Record<string, unknown>;
  for (const key of ["formula1", "formula2", "formula", "source"])
    if (typeof out[key] === "string") out[key] = map(out[key]);
  return out as T;
}

/** A data-validation rule with the formulas of its criteria (a list's source, a custom formula…) mapped. */
export function mapRuleFormulas(
  rule: Excel.DataValidationRule,
  map: (formula: string) => string,
): Excel.DataValidationRule {
  return Object.fromEntries(
    Object.entries(rule).map(([kind, criteria]) => [
      kind,
      criteria && typeof criteria === "object" ? mapFormulas(criteria as object, map) : criteria,
    ]),
  ) as Excel.DataValidationRule;
}

export interface NameState {
  name: string;
  /** A range name follows its sheet (renames) like Excel's; a deleted sheet leaves #REF!. */
  target: { sheet: SheetState; rect: Rect } | { formula: string; type: string };
  /** The sheet a sheet-scoped name belongs to (Worksheet.names), deleted with it; none for the workbook's. */
  scope?: SheetState;
  /** NamedItem.visible set false: out of Name Manager. */
  hidden?: boolean;
}

/**
 * A range's absolute reference ("$A$1:$B$2"), made once for each range by its corners: the names of a copied
 * workbook hold copies of the ranges, and the cut tests read every name of thousands of copies.
 */
const absolutes = new Map<number, Map<number, string>>();
function absolute(rect: Rect): string {
  const from = rect.top * 16_384 + rect.left;
  const to = rect.bottom * 16_384 + rect.right;
  let byEnd = absolutes.get(from);
  if (!byEnd) absolutes.set(from, (byEnd = new Map()));
  let ref = byEnd.get(to);
  if (ref === undefined)
    byEnd.set(to, (ref = `$${rectA1(rect).replace(/([A-Z]+)(\d+)/g, "$1$$$2")}`.replace(":", ":$")));
  return ref;
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly names: NameState[] = [];
  active?: string;
  selection?: { sheet: string; address: string };
  /** Protection and conditional-format events in order, for tests of what happens around marks. */
  readonly events: string[] = [];
  /** Every range whose contents were loaded, as "Sheet!A1:B2", for tests of what a read costs. */
  readonly reads: string[] = [];
  /** Review → Protect Workbook: no sheet may be added, deleted, renamed, hidden or shown. */
  structureProtected = false;

  log(event: string): void {
    this.events.push(event);
  }

  /**
   * A formula as Excel keeps it: a reference to a sheet the workbook does not have is no reference
   * (#REF! here; Excel would look for another workbook), so a sheet must exist before formulas name it.
   */
  resolveSheets(formula: string): string {
    if (!formula.includes("!")) return formula;
    return formula.replace(SHEET_REFERENCE, (whole, quoted: string | undefined, plain: string | undefined) =>
      this.hasSheet(quoted?.replace(/''/g, "'") ?? plain!) ? whole : "#REF!",
    );
  }

  /**
   * Everything that refers to a sheet follows it when renamed, as in Excel, and names #REF! once it is
   * deleted: cell formulas, data-validation rules, conditional-format formulas, chart series, PivotTable
   * sources and names holding a formula (a name on a range holds its sheet).
   */
  renameReferences(from: string, to: string | null): void {
    const { key, follow } = follower(from, to);
    for (const sheet of this.sheets) {
      followCells(sheet, sheet.followMentions(from, to), key, follow);
      for (const cf of sheet.conditionalFormats) {
        if (cf.formula !== undefined) cf.formula = follow(cf.formula);
        if (cf.formulaR1C1 !== undefined) cf.formulaR1C1 = follow(cf.formulaR1C1);
        if (cf.rule) cf.rule = mapFormulas(cf.rule, follow);
      }
      for (const series of sheet.charts.flatMap((c) => c.series)) {
        series.values = follow(series.values);
        if (series.categories !== undefined) series.categories = follow(series.categories);
      }
      for (const pivot of sheet.pivots) pivot.source = follow(pivot.source);
    }
    for (const name of this.names)
      if ("formula" in name.target && name.target.type !== "String")
        name.target = { ...name.target, formula: follow(name.target.formula) };
  }

  addSheet(name: string, visibility: SheetState["visibility"] = "Visible"): SheetState {
    const sheet = new SheetState(name, this);
    sheet.visibility = visibility;
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetState {
    const upper = name.toUpperCase();
    const found = this.sheets.find((s) => s.name.toUpperCase() === upper);
    if (!found) throw excelError(`ItemNotFound: no sheet ${name}`);
    return found;
  }

  hasSheet(name: string): boolean {
    const upper = name.toUpperCase();
    return this.sheets.some((s) => s.name.toUpperCase() === upper);
  }

  nameFormula(state: NameState): string {
    const target = state.target;
    if ("formula" in target) return target.formula;
    const ref = absolute(target.rect);
    return target.sheet.deleted ? `=#REF!${ref}` : `=${quoteSheet(target.sheet.name)}!${ref}`;
  }

  /**
   * Where each name points, as "Sheet!A1" (tests compare it with the plan): the workbook's by their
   * name, a sheet's as "Sheet!Name".
   */
  nameTargets(): Map<string, string> {
    return new Map(
      this.names.map((n) => [
        n.scope ? `${quoteSheet(n.scope.name)}!${n.name}` : n.name,
        this.nameFormula(n).slice(1).replace(/\$/g, ""),
      ]),
    );
  }
}

/**
 * A copy of the workbook, as the same commands would have built it: class instances keep their class,
 * what two places hold (a name's sheet, a sheet's workbook) stays one object, and the copy changes
 * nothing of the original's when changed. A frozen sheet's cells are shared whole until the copy writes
 * one (fixedCells); of another sheet, a cell frozen is shared until the copy changes it, another copied
 * with its format, borders and validation unless they are frozen (see copyCells); a validation's rule and
 * alert are shared, as the fake replaces them whole and never changes them. The cut tests build a
 * workbook once, freeze it (freezeDeep) and copy it for each of thousands of cuts.
 */
export function copyOf(book: WorkbookState): WorkbookState {
  return copyValue(book, new Map());
}

function copyValue<T>(value: T, copies: Map<object, unknown>): T {
  if (value === null || typeof value !== "object") return value;
  const known = copies.get(value);
  if (known !== undefined) return known as T;
  // Told apart by their prototype, read once: instanceof on each kind took most of a copy's time.
  const prototype = Object.getPrototypeOf(value) as object;
  if (prototype === Object.prototype) return copyPlain(value, copies);
  if (prototype === Array.prototype) return copyArray(value as unknown[], copies) as T;
  if (prototype === Map.prototype) return copyMap(value as unknown as Map<unknown, unknown>, copies) as T;
  if (prototype === Set.prototype) return copySet(value as unknown as Set<unknown>, copies) as T;
  // Made by its class's constructor, then each field set again: an object made empty and given a sheet's
  // two dozen fields one by one is turned into a dictionary by V8, slow to read for the whole cut run.
  const copy = Reflect.construct((prototype as { constructor: new () => object }).constructor, []) as Record<
    string,
    unknown
  >;
  copies.set(value, copy);
  const sheet = value instanceof SheetState ? value : undefined;
  for (const key of Object.keys(value))
    if (sheet && key === "cells")
      giveCells(
        copy as unknown as SheetState,
        fixed.has(sheet.cells) ? cellMaps.get(sheet)! : copyCells(sheet.cells),
      );
    else if (sheet && key === "mentions") giveMentions(copy as unknown as SheetState, shareMentions(sheet));
    else {
      const item = (value as Record<string, unknown>)[key];
      const field = sheet && SHEET_FIELDS[key as keyof SheetState];
      copy[key] = !isObject(item) ? item : field ? field(item as never) : copyValue(item, copies);
    }
  return copy as T;
}

/**
 * A sheet's fields that hold numbers and strings only, each copied by a function of its own: copyValue, one
 * function for every kind of object, met so many shapes that its copies went by V8's slowest path, and the
 * sheets' copies made most of a workbook's. Any other field is copied by copyValue.
 */
const SHEET_FIELDS: { [K in keyof SheetState]?: (value: SheetState[K]) => SheetState[K] } = {
  merges: (merges) => merges.slice(),
  columnWidths: (widths) => new Map(widths),
  rowHeights: (heights) => new Map(heights),
  hiddenRows: (rows) => new Set(rows),
  hiddenColumns: (columns) => new Set(columns),
  scrolledTo: ({ row, col }) => ({ row, col }),
  freeze: (freeze) => freeze && { ...freeze, ...(freeze.from ? { from: { ...freeze.from } } : {}) },
  protection: (protection) => ({
    ...protection,
    ...(protection.options ? { options: { ...protection.options } } : {}),
  }),
  page: (page) => ({
    ...page,
    texts: { ...page.texts },
    breaks: page.breaks.slice(),
    columnBreaks: page.columnBreaks.slice(),
    ...(page.zoom ? { zoom: { ...page.zoom } } : {}),
    ...(page.margins ? { margins: { ...page.margins } } : {}),
  }),
};

/** A plain object (a name, its target, a range…) cloned whole, then its objects replaced by their copies. */
function copyPlain<T extends object>(value: T, copies: Map<object, unknown>): T {
  const copy = { ...value } as Record<string, unknown>;
  copies.set(value, copy);
  for (const key in copy) if (isObject(copy[key])) copy[key] = copyValue(copy[key], copies);
  return copy as T;
}

/**
 * An array or a map taken whole, then its items that are objects replaced by their copies: most hold
 * numbers and strings (widths, heights, merges), copied one by one before.
 */
function copyArray(value: readonly unknown[], copies: Map<object, unknown>): unknown[] {
  const copy = value.slice();
  copies.set(value, copy);
  for (let i = 0; i < copy.length; i++) if (isObject(copy[i])) copy[i] = copyValue(copy[i], copies);
  return copy;
}

function copyMap(value: ReadonlyMap<unknown, unknown>, copies: Map<object, unknown>): Map<unknown, unknown> {
  const copy = new Map(value);
  copies.set(value, copy);
  for (const [key, item] of value) if (isObject(item)) copy.set(key, copyValue(item, copies));
  return copy;
}

function copySet(value: ReadonlySet<unknown>, copies: Map<object, unknown>): Set<unknown> {
  const copy = new Set();
  copies.set(value, copy);
  for (const item of value) copy.add(copyValue(item, copies));
  return copy;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

/**
 * A copy of a workbook still being written (copyOf) that shares its sheets' cells rather than copying them:
 * they are frozen (freezeDeep) and fixed, so that the workbook and the copy each copy the Map when they first
 * write a cell (ownCells) and a cell when they change it (SheetState.cell). eachCutFrom takes one at each of
 * fifty cuts of a write, where a copy of every cell of the sheets written so far made most of its cost.
 */
export function sharingCopyOf(book: WorkbookState): WorkbookState {
  for (const sheet of book.sheets) {
    const cells = cellMaps.get(sheet)!;
    if (fixed.has(cells)) continue;
    const seen = new Set<object>();
    for (const cell of cells.values()) frozenToDepth(cell, seen);
    fixed.add(cells);
  }
  return copyOf(book);
}

/**
 * A sheet's cells that are not fixed (fixedCells, shared whole), copied by hand (a campaign's sheets hold
 * thousands): a cell frozen (freezeDeep) is shared until the copy changes it (SheetState.cell); of another,
 * a format or a validation frozen is shared until the copy's cell changes it (unshared), any other copied.
 */
function copyCells(cells: ReadonlyMap<string, FakeCell>): Map<string, FakeCell> {
  const copy = new Map<string, FakeCell>();
  for (const [address, cell] of cells) {
    if (Object.isFrozen(cell)) {
      copy.set(address, cell);
      continue;
    }
    const own = { ...cell };
    if (!Object.isFrozen(cell.format)) own.format = { ...cell.format, borders: { ...cell.format.borders } };
    if (cell.validation && !Object.isFrozen(cell.validation)) own.validation = { ...cell.validation };
    copy.set(address, own);
  }
  return copy;
}

/** A cell whose validation may be changed in place: a copy of the one it shared frozen (copyCells). */
export function unshared(cell: FakeCell): FakeCell {
  if (cell.validation && Object.isFrozen(cell.validation)) cell.validation = { ...cell.validation };
  return cell;
}

/**
 * Freezes the workbook to its depth (its maps and sets' items, not the maps and sets themselves): a
 * workbook copies are made from, so that a change in place to anything copies share (a validation's
 * rule…) throws rather than changing every later copy.
 */
export function freezeDeep(value: unknown): void {
  frozenToDepth(value, new Set());
}

/**
 * What freezeDeep froze with all it holds, no map or set among them (a cell, its format…): frozen for good,
 * it is passed over when met again, as the cells a workbook's copy shares with the original (copyCells).
 */
const frozenForGood = new WeakSet<object>();

/** Freezes `value` to its depth; whether it is frozen for good (see frozenForGood). */
function frozenToDepth(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value !== "object" || frozenForGood.has(value)) return true;
  // Met again in this call (shared, or a cycle): frozen once, not known to be for good. Fixed cells
  // (a frozen sheet's, shared by its copies) were frozen with that sheet.
  if (seen.has(value) || fixed.has(value as ReadonlyMap<string, FakeCell>)) return false;
  seen.add(value);
  const collection = value instanceof Map || value instanceof Set;
  const items =
    value instanceof Map ? value.values() : value instanceof Set ? value.values() : Object.values(value);
  // A sheet's mentions hold names and addresses, nothing to freeze: thousands of them, passed over.
  const mentions = value instanceof SheetState ? value.mentions : undefined;
  let forGood = !collection;
  for (const item of items) if (item !== mentions && !frozenToDepth(item, seen)) forGood = false;
  if (collection) return false;
  // A frozen sheet cannot change its cells (ownCells), frozen above: they are fixed.
  if (value instanceof SheetState) fixed.add(value.cells);
  Object.freeze(value);
  if (forGood) frozenForGood.add(value);
  return forGood;
}

/** Everything a user could see of the workbook's sheets and names, to compare before and after. */
export function snapshot(book: WorkbookState) {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protection: s.protection,
      cells: [...s.cells].map(([address, cell]) => [address, cell.value, cell.formula]),
      charts: s.charts.length,
    })),
    names: [...book.nameTargets()],
  };
}
