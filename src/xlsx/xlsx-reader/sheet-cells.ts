import { canonicalA1, columnLetters, fromA1, toA1 } from "../../core/a1";
import type { CellConcealment, CellSizes, ComputedBy, GridCell, GridValue, Ink } from "../../core/grid";
import { reportedSizes } from "../../core/legible";
import { DxfReader, type CellStyles, type Dxf } from "./cell-styles";
import { FileError, FILE_MESSAGES } from "../errors";
import { MAX_CONDITIONAL_AREAS, MAX_CONDITIONAL_RULES, type ReadLimits } from "../limits";
import { decodeExcelEscapes, StringItems } from "./shared-strings";
import { SPREADSHEET_NS, X14_NS, XM_NS } from "../xml/read-namespaces";
import { streamXml, type XmlAttributes } from "../xml/xml-stream";

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** A date as `t="d"` cells hold one: ISO 8601, with or without a time and a zone. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * An ISO date's time, a date-time without a zone taken as UTC (as it is a date, whatever zone the
 * reading machine is in); anything else, which JavaScript would guess at, is NaN.
 */
function isoTime(text: string): number {
  const match = ISO_DATE.exec(text);
  if (!match) return NaN;
  return Date.parse(match[1] && !match[4] ? `${text}Z` : text);
}

/** A number as spreadsheet XML writes one, spaces around it allowed. */
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const DAY = 86_400_000;
const MAX_COLUMNS = 16_384;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What a `row` element says of how its row is shown. */
interface RowState {
  /** The row's number, as its element gives it or counts it. */
  readonly number: number;
  readonly hidden: boolean;
  /** `ht`, in points, if given. */
  readonly height?: number;
  readonly customHeight: boolean;
}

/** A rectangle of cells, from its top-left to its bottom-right corner (0-based). */
interface Area {
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

/** One area of a range list ("C9:D12", "B3"), with the spaces before it. */
const AREA = /\s*([^\s:]+)(?::([^\s:]*))?\S*/y;

/** Where a kept cell is, its style, and the row element it was read in. */
interface Position {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly style: string | undefined;
  readonly rowState: RowState;
}

/** A `col` element: the columns it sizes and how. */
interface Columns {
  readonly min: number;
  readonly max: number;
  readonly hidden: boolean;
  readonly width?: number;
  readonly level: number;
  readonly collapsed: boolean;
}

/** How deep an outline (a group of rows or columns) goes, as Excel allows. */
const MAX_OUTLINE = 7;

/**
 * The members of collapsed outline groups, from each member's level and each collapsed flag. A group is
 * a run of consecutive rows (or columns) at its level or deeper; a program shows it collapsed when the
 * row just below it, or just above it (where the summary row is put above), is flagged collapsed,
 * whether or not the group's own rows say they are hidden. Both neighbours are taken, so no file can
 * make one program collapse a group the other shows.
 */
function collapsedMembers(outline: ReadonlyMap<number, { level: number; collapsed: boolean }>): Set<number> {
  const members = new Set<number>();
  const numbers = [...outline.keys()].sort((a, b) => a - b);
  for (let level = 1; level <= MAX_OUTLINE; level++) {
    const run: number[] = [];
    const close = () => {
      if (run.length > 0 && (outline.get(run[0]! - 1)?.collapsed || outline.get(run.at(-1)! + 1)?.collapsed))
        for (const n of run) members.add(n);
      run.length = 0;
    };
    for (const n of numbers) {
      if (outline.get(n)!.level < level) continue;
      if (run.length > 0 && run.at(-1) !== n - 1) close();
      run.push(n);
    }
    close();
  }
  return members;
}

/**
 * A cell reference inside a formula, as SheetJS finds it when it shifts a shared formula (its `crefregex`),
 * so both readers give a shared formula's copy the same text.
 */
const CELL_REF =
  /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** A shared formula's text as it reads in another cell: relative references move with the cell. */
function shiftFormula(formula: string, rows: number, cols: number): string | null {
  let outside = false;
  const shifted = formula.replace(
    CELL_REF,
    (_, lead: string, colAbs: string, col: string, rowAbs: string, row: string) => {
      const c = colAbs ? col : columnIndex(col) + cols;
      if (typeof c === "number" && c < 0) outside = true;
      const r = rowAbs ? row : String(Number(row) + rows);
      return `${lead}${colAbs}${typeof c === "number" ? columnLetters(Math.max(c, 0)) : c}${rowAbs}${r}`;
    },
  );
  return outside ? null : shifted;
}

const stripFuture = (formula: string) => formula.replace(/_xlfn\./g, "");

export interface SheetScan {
  readonly sheet: string;
  /** Whether a cell (A1 without "$") is one the caller needs; only those are returned. */
  readonly wanted: (address: string) => boolean;
  /**
   * Cells of which only text is needed (a form's title, headings and labels, to find where a person reads
   * the form): those holding a string are kept, as that string alone.
   */
  readonly texts?: (row: number, col: number) => boolean;
  readonly strings: readonly string[];
  /** How the workbook's cell styles (a cell's `s`) and conditional formats' styles show a number. */
  readonly styles: CellStyles;
  readonly file: string;
  readonly limits: ReadLimits;
  /** Cells holding something, counted over every sheet read so far, against the cap. */
  readonly counted: { cells: number };
}

interface OpenCell {
  readonly attributes: XmlAttributes;
  value?: string;
  /** Whether a `v` was met: a second one is refused, as readers would take either. */
  valueSeen?: boolean;
  formula?: { text: string; attributes: XmlAttributes };
  inline?: StringItems;
  /** The child of `c` being read ("" for one of no interest): only direct children count. */
  child: string;
}

/** The cell types that hold text: a shared string, a formula's string result, an inline string. */
const TEXT_TYPES = new Set(["s", "str", "inlineStr"]);

/** Where the format puts cells: worksheet › sheetData › row › c › v, f or is. */
const SHEET_DATA = 1;
const ROW = 2;
const CELL = 3;
const CELL_CHILD = 4;

/**
 * Streams one sheet's XML, counting every cell that holds something against the caps (refusing as the
 * SheetJS path does) and keeping only the wanted cells. Cells are typed as SheetJS types them. A shared
 * formula is expanded only for a wanted cell; an array formula's text is kept on its first cell only,
 * and a wanted cell its area or a data table's covers says it is computed. A wanted number carries the
 * text its format shows, and a wanted cell that cannot be seen (its row or column hidden, a merge over
 * it) says so. Hyperlinks and validation are never read. A formula cell with neither a type nor a cached
 * value has no value, as SheetJS reads it.
 */
export function readSheetCells(xml: string, scan: SheetScan): Map<string, GridCell> {
  const { limits, file } = scan;
  const cells = new Map<string, GridCell>();
  const shared = new Map<string, { text: string; row: number; col: number }>();
  /**
   * Each array formula's and data table's area (its `ref` and its own cell): every cell of it shows what
   * it computes, though only its first cell holds the formula and a data table's holds no text at all.
   */
  const formulaAreas: { kind: "array" | "dataTable"; ref: string; areas: readonly Area[] }[] = [];
  // One row past the cap tells a sheet that reaches it from one that is cut short, as SheetJS is told.
  const lastRow = limits.maxRowsPerSheet + 1;
  let row = 0;
  let col = -1;
  let skipRow = false;
  let rowState: RowState = { number: 0, hidden: false, customHeight: false };
  /** Whether rows are hidden unless they say otherwise (sheetFormatPr's zeroHeight). */
  let rowsHidden = false;
  /** The height of a row that gives none, and the width of a column no `col` sizes (sheetFormatPr's). */
  let defaultHeight: number | undefined;
  let defaultWidth: number | undefined;
  /** The rows in an outline or flagged collapsed, by number: few sheets have any. */
  const outlineRows = new Map<number, { level: number; collapsed: boolean }>();
  /**
   * What is judged once the whole sheet is read, as programs apply it wherever the sheet puts it (its
   * columns, merges and conditional formats, before or after the cells): each `col`, each merge's range,
   * each conditional format's range and style.
   */
  const columns: Columns[] = [];
  const merges: string[] = [];
  /**
   * Each conditional format's style, or its data bar or icon set drawn without the value (`graphic`), with
   * the areas it covers: parsed once per conditional format, shared by its rules.
   */
  const conditional: { areas: readonly Area[]; dxf?: Dxf | undefined; graphic?: true }[] = [];
  /** The areas all conditional formats of the sheet cover, counted against their cap. */
  let conditionalAreas = 0;
  /** The wanted cells kept, by position. */
  const positions: Position[] = [];
  let cell: OpenCell | null = null;
  const corrupt = (detail: string): never => {
    throw new FileError(FILE_MESSAGES.corrupt, file, {}, detail);
  };
  /**
   * A yes-or-no attribute: "1", "true", "0", "false" or none. Any other ("on", "t", "2", " 1 ") some
   * programs read as yes and others as no: refused.
   */
  const flag = (attributes: XmlAttributes, name: string): boolean => {
    const value = attributes.get(name);
    if (value === undefined || value === "0" || value === "false") return false;
    return value === "1" || value === "true" || corrupt(`${name}="${value.slice(0, 20)}"`);
  };
  /** A size a program sizes a row, column or font by: a positive number (0 hides; programs ignore less). */
  const size = (text: string | undefined) => {
    const value = Number(text);
    return text !== undefined && value > 0 ? value : undefined;
  };
  /** Whether the element is a data bar or an icon set drawn without the value (showValue="0"). */
  const isGraphic = (name: string, attributes: XmlAttributes) =>
    (name === "dataBar" || name === "iconSet") &&
    attributes.get("showValue") !== undefined &&
    !flag(attributes, "showValue");
  /** An outline level: a whole number of at most seven; anything else is refused. */
  const outlineLevel = (attributes: XmlAttributes): number => {
    const value = attributes.get("outlineLevel");
    if (value === undefined) return 0;
    return /^[0-7]$/.test(value) ? Number(value) : corrupt(`outlineLevel="${value.slice(0, 20)}"`);
  };

  // What no spreadsheet program stores as a number ("NaN", "1500abc", "1e400") is a damaged file, not a
  // figure to check: programs would show it differently, if at all.
  const finite = (text: string, value: number) =>
    Number.isFinite(value) ? value : corrupt(`number ${text.slice(0, 40)}`);

  function valueOf(c: OpenCell): GridValue | undefined {
    const type = c.attributes.get("t");
    const v = c.value;
    switch (type ?? "n") {
      case "n":
        return v === undefined
          ? undefined
          : { type: "number", value: finite(v, NUMBER.test(v) ? parseFloat(v) : NaN) };
      case "s": {
        if (v === undefined) return undefined;
        const text = scan.strings[parseInt(v, 10)];
        return text === undefined ? corrupt(`shared string ${v}`) : { type: "string", value: text };
      }
      case "str":
        return { type: "string", value: decodeExcelEscapes(v ?? "") };
      case "inlineStr":
        return { type: "string", value: c.inline?.take() ?? "" };
      case "b":
        return { type: "boolean", value: v === "1" || v === "true" };
      case "e":
        return { type: "error", value: v !== undefined && ERRORS.has(v) ? v : "#ERROR" };
      case "d": {
        const time = v === undefined ? NaN : isoTime(v.trim());
        return { type: "number", value: finite(v ?? "", (time - EXCEL_EPOCH) / DAY) };
      }
      default:
        return undefined;
    }
  }

  /** Whether `valueOf` would give a value, without making one: most cells are counted, never kept. */
  function holdsValue(c: OpenCell): boolean {
    const v = c.value;
    switch (c.attributes.get("t") ?? "n") {
      case "n":
        return v !== undefined;
      case "s":
        if (v === undefined) return false;
        return scan.strings[parseInt(v, 10)] !== undefined || corrupt(`shared string ${v}`);
      case "str":
      case "inlineStr":
      case "b":
      case "e":
      case "d":
        return true;
      default:
        return false;
    }
  }

  function formulaOf(c: OpenCell, at: { row: number; col: number }, wanted: boolean): string | undefined {
    const f = c.formula;
    if (!f) return undefined;
    if (f.text) {
      const text = stripFuture(decodeExcelEscapes(f.text));
      return text.replace(/^=/, "") || undefined;
    }
    const master = shared.get(f.attributes.get("si") ?? "");
    if (!master) return undefined;
    if (!wanted) return "";
    const text = shiftFormula(master.text, at.row - master.row, at.col - master.col);
    return text === null ? corrupt("shared formula") : text.replace(/^=/, "") || undefined;
  }

  function registerShared(c: OpenCell, at: { row: number; col: number }): void {
    const f = c.formula;
    if (!f?.text || f.attributes.get("t") !== "shared") return;
    const si = parseInt(f.attributes.get("si") ?? "", 10);
    shared.set(String(si), { text: stripFuture(f.text), row: at.row, col: at.col });
  }

  /**
   * An array formula's or a data table's kind and area, recorded; or a shared formula whose text no
   * earlier cell gave, which LibreOffice computes from a later cell or shows blank.
   */
  function computedKind(c: OpenCell, at: { row: number; col: number }): ComputedBy | undefined {
    const f = c.formula;
    const kind = f?.attributes.get("t");
    if (kind === "array" || kind === "dataTable") {
      const ref = f!.attributes.get("ref")?.trim() || toA1(at.row, at.col);
      // Its `ref` is one range, as a merge's is: a list of them is none.
      const areas = /\s/.test(ref) ? [] : areasOf(ref);
      formulaAreas.push({ kind, ref, areas: [...areas, { from: at, to: at }] });
      return { kind, area: ref };
    }
    return kind === "shared" && !f!.text && !shared.has(f!.attributes.get("si") ?? "")
      ? { kind: "shared" }
      : undefined;
  }

  function finish(c: OpenCell): void {
    const r = c.attributes.get("r");
    // A reference written otherwise than Excel writes it ("$C$10", "c10") is read by some programs as
    // that cell and by others as none: refused.
    const canonical = r ? canonicalA1(r) : null;
    const at = r ? canonical : { row: row - 1, col: col + 1 };
    if (!at || at.col >= MAX_COLUMNS) return corrupt(`cell ${r ?? ""}`);
    col = at.col;
    registerShared(c, at);
    const address = canonical ? r! : toA1(at.row, at.col);
    const wanted = scan.wanted(address);
    const value = wanted ? valueOf(c) : undefined;
    const formula = formulaOf(c, at, wanted);
    const computedBy = computedKind(c, at);
    if (!(wanted ? value !== undefined : holdsValue(c)) && formula === undefined && !computedBy) return;
    if (at.row >= limits.maxRowsPerSheet)
      throw new FileError(FILE_MESSAGES.tooManyRows, file, {
        sheet: scan.sheet,
        row: at.row + 1,
        max: limits.maxRowsPerSheet,
      });
    if (++scan.counted.cells > limits.maxCells)
      throw new FileError(FILE_MESSAGES.tooManyCells, file, { max: limits.maxCells });
    if (!wanted) return keepText(c, at, address);
    const style = c.attributes.get("s");
    const shown = value?.type === "number" ? scan.styles.shownAs(style, value.value) : undefined;
    const alsoShown = value?.type === "number" ? scan.styles.alsoShownAs(style, value.value) : [];
    const inks = value?.type === "number" ? scan.styles.reportedInks(style, value.value) : [];
    const kept: Mutable<GridCell> = {};
    if (value) kept.value = value;
    if (formula) kept.formula = formula;
    if (computedBy) kept.computedBy = computedBy;
    if (shown !== undefined) kept.shown = shown;
    if (alsoShown.length > 0) kept.mayShow = alsoShown;
    if (inks.length > 0) kept.inks = inks;
    cells.set(address, kept);
    positions.push({ address, row: at.row, col: at.col, style, rowState });
  }

  function keepText(c: OpenCell, at: { row: number; col: number }, address: string): void {
    if (!TEXT_TYPES.has(c.attributes.get("t") ?? "n") || !scan.texts?.(at.row, at.col)) return;
    const value = valueOf(c);
    if (value?.type === "string") cells.set(address, { value });
  }

  /** A row hidden by its flag, by a height of 0, or by the sheet's rows being hidden unless sized. */
  function isRowHidden({ hidden, height, customHeight }: RowState): boolean {
    if (hidden || height === 0) return true;
    return rowsHidden && !(customHeight && height !== undefined && height > 0);
  }

  function readColumns(attributes: XmlAttributes): void {
    const width = attributes.get("width");
    const [min, max] = [Number(attributes.get("min")), Number(attributes.get("max"))];
    const hidden = flag(attributes, "hidden");
    const level = outlineLevel(attributes);
    const collapsed = flag(attributes, "collapsed");
    if (!(min >= 1 && max >= min)) return;
    columns.push({
      min,
      max: Math.min(max, MAX_COLUMNS),
      hidden,
      level,
      collapsed,
      ...(width !== undefined ? { width: Number(width) } : {}),
    });
  }

  /**
   * Which columns (0-based) cannot be seen: hidden, of no width, or in a collapsed outline group. Made
   * only when a column is, which few sheets have.
   */
  function hiddenColumns(): Uint8Array | null {
    let hidden: Uint8Array | null = null;
    for (const c of columns)
      if (c.hidden || c.width === 0) (hidden ??= new Uint8Array(MAX_COLUMNS)).fill(1, c.min - 1, c.max);
    // Most sheets have no outline: the 16,384 columns are walked only for one that has.
    if (!columns.some((c) => c.level || c.collapsed)) return hidden;
    const levels = new Uint8Array(MAX_COLUMNS + 2);
    const collapsed = new Uint8Array(MAX_COLUMNS + 2);
    for (const c of columns) {
      levels.fill(c.level, c.min, c.max + 1);
      collapsed.fill(c.collapsed ? 1 : 0, c.min, c.max + 1);
    }
    const outline = new Map<number, { level: number; collapsed: boolean }>();
    for (let n = 1; n <= MAX_COLUMNS; n++)
      if (levels[n] || collapsed[n]) outline.set(n, { level: levels[n]!, collapsed: collapsed[n] === 1 });
    for (const n of collapsedMembers(outline)) (hidden ??= new Uint8Array(MAX_COLUMNS))[n - 1] = 1;
    return hidden;
  }

  /**
   * The areas of a range list ("C9:D12 F9"), as Excel writes `sqref` and a merge's `ref`, each from its
   * top-left to its bottom-right corner whichever corners it names ("C10:B10", "B12:B10"). Read one area
   * at a time, so a list longer than `max` is refused before it is all held.
   */
  function areasOf(sqref: string | undefined, max = Infinity): Area[] {
    const areas: Area[] = [];
    const text = sqref ?? "";
    AREA.lastIndex = 0;
    for (let match = AREA.exec(text); match; match = AREA.exec(text)) {
      const a = fromA1(match[1]!);
      const b = match[2] === undefined ? a : fromA1(match[2]);
      if (!a || !b) continue;
      if (areas.length >= max) tooManyConditional();
      areas.push({
        from: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
        to: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
      });
    }
    return areas;
  }

  /** A conditional format's range, counted against the sheet's cap on the areas they cover. */
  function conditionalAreasOf(sqref: string | undefined): readonly Area[] {
    const areas = areasOf(sqref, MAX_CONDITIONAL_AREAS - conditionalAreas);
    conditionalAreas += areas.length;
    return areas;
  }

  function tooManyConditional(): never {
    throw new FileError(FILE_MESSAGES.tooManyConditionalFormats, file, {
      sheet: scan.sheet,
      rules: MAX_CONDITIONAL_RULES,
      areas: MAX_CONDITIONAL_AREAS,
    });
  }

  /** Conditional-format rules (`cfRule`, `x14:cfRule`) met in the sheet, counted against their cap. */
  let conditionalRules = 0;
  const countRule = () => {
    if (++conditionalRules > MAX_CONDITIONAL_RULES) tooManyConditional();
  };

  /**
   * A conditional format's style or graphic. A rule has one of each at most, but an extension's rule
   * can list styles: they are counted too.
   */
  function addConditional(entry: (typeof conditional)[number]): void {
    if (conditional.length >= 2 * MAX_CONDITIONAL_RULES) tooManyConditional();
    // Rules of one range and one style do the same: judged once.
    let styles = conditionalStyles.get(entry.areas);
    if (!styles) conditionalStyles.set(entry.areas, (styles = new Set()));
    const style = entry.graphic ? "graphic" : entry.dxf;
    if (styles.has(style)) return;
    styles.add(style);
    conditional.push(entry);
  }
  const conditionalStyles = new Map<readonly Area[], Set<Dxf | "graphic" | undefined>>();

  /**
   * The kept cells by row, then column: an area's cells are found from the first kept row in it, so
   * each area costs the kept cells in its rows, never a walk over every kept cell of the sheet.
   */
  let byRow: Position[] | null = null;

  /** The kept cells of a list of areas, each once, in the order they were read. */
  function keptIn(areas: readonly Area[]): Position[] {
    byRow ??= [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
    const sorted = byRow;
    const found = new Set<Position>();
    for (const { from, to } of areas) {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (sorted[middle]!.row < from.row) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < sorted.length && sorted[i]!.row <= to.row; i++) {
        const at = sorted[i]!;
        if (at.col >= from.col && at.col <= to.col) found.add(at);
      }
    }
    return positions.filter((at) => found.has(at));
  }

  /**
   * What conditional formats may make each kept cell show, and in what inks, gathered before any cell
   * is changed: each cell is rewritten once, however many rules cover it.
   */
  const extras = new Map<string, { mayShow: Set<string>; inks: Map<string, Ink>; drawn: boolean }>();
  const extrasOf = (address: string) => {
    let found = extras.get(address);
    if (!found) extras.set(address, (found = { mayShow: new Set(), inks: new Map(), drawn: false }));
    return found;
  };

  /** The kept cells of each conditional format's range, found once for all its rules. */
  const keptByAreas = new Map<readonly Area[], Position[]>();
  const keptInConditional = (areas: readonly Area[]) => {
    let kept = keptByAreas.get(areas);
    if (!kept) keptByAreas.set(areas, (kept = keptIn(areas)));
    return kept;
  };

  /**
   * A conditional format's style: when its condition holds, the kept numbers it covers show what its
   * number format makes of them, in its colours. Whether it holds is not worked out; it may.
   */
  function formatConditionally(areas: readonly Area[], dxf: Dxf | undefined): void {
    if (!dxf || (dxf.format === undefined && !dxf.font && !dxf.fill)) return;
    for (const { address, style } of keptInConditional(areas)) {
      const held = cells.get(address)!;
      if (held.value?.type !== "number") continue;
      const shown = scan.styles.shownWith(dxf, held.value.value);
      const inks = scan.styles.reportedInks(style, held.value.value, dxf);
      if (shown === undefined && inks.length === 0) continue;
      const extra = extrasOf(address);
      if (shown !== undefined) extra.mayShow.add(shown);
      for (const ink of inks) extra.inks.set(`${ink.text}/${ink.background}`, ink);
    }
  }

  /** Marks the kept cells a data bar or icon set drawn without the value covers. */
  function drawOver(areas: readonly Area[]): void {
    for (const { address } of keptInConditional(areas)) extrasOf(address).drawn = true;
  }

  /** Writes what conditional formats may do to each kept cell into it, once. */
  function applyConditional(): void {
    for (const [address, { mayShow, inks, drawn }] of extras) {
      const held = cells.get(address)!;
      const shows = [
        ...(held.mayShow ?? []),
        ...[...mayShow].filter((text) => !held.mayShow?.includes(text)),
      ];
      const heldInks = held.inks ?? [];
      const newInks = [...inks.values()].filter(
        (ink) => !heldInks.some((h) => h.text === ink.text && h.background === ink.background),
      );
      cells.set(address, {
        ...held,
        ...(mayShow.size > 0 ? { mayShow: shows } : {}),
        ...(inks.size > 0 ? { inks: [...heldInks, ...newInks] } : {}),
        ...(drawn && !held.hidden ? { hidden: "graphic" as const } : {}),
      });
    }
  }

  /** Marks the kept cells a merged range covers, all but its top-left cell, which it shows. */
  function coverCells(ref: string | undefined): void {
    // A merge is one range: a list of them is none.
    const range = ref?.trim();
    if (!range || /\s/.test(range)) return;
    const areas = areasOf(range);
    const topLeft = areas[0]?.from;
    for (const { address, row, col } of keptIn(areas)) {
      const covered = cells.get(address)!;
      const shows = row === topLeft?.row && col === topLeft.col;
      if (!shows && !covered.hidden) cells.set(address, { ...covered, hidden: "merge" });
    }
  }

  /** The spreadsheet namespace the root is in; every element read must be in the same one. */
  let main: string | null = null;
  /** The worksheet's child being read: sheetData, cols, mergeCells… */
  let section = "";
  /** The cells the conditional format being read covers. */
  let sqref: readonly Area[] = [];
  let inRow = false;
  let level = -1;
  /**
   * The conditional format of Excel 2010's extension list being read (x14:conditionalFormatting): its
   * rules' styles (each inline, x14:dxf), and its range (xm:sqref), which follows the rules.
   */
  let extended: {
    depth: number;
    dxfs: Dxf[];
    dxf: DxfReader | null;
    sqref: string;
    inSqref: boolean;
    /** Whether one of its rules is a data bar or icon set drawn without the value. */
    graphic: boolean;
  } | null = null;
  /**
   * Excel 2010 keeps some conditional formats in the sheet's extension list, each rule's differential
   * style inline (x14:dxf › numFmt) and the range after the rules. Read wherever the list holds one:
   * a format that may show another figure is judged even if Excel would skip its extension.
   */
  function readExtension(name: string, attributes: XmlAttributes, namespace: string, depth: number): void {
    if (name === "conditionalFormatting" && namespace === X14_NS)
      extended = { depth, dxfs: [], dxf: null, sqref: "", inSqref: false, graphic: false };
    else if (!extended) return;
    if (name === "cfRule" && namespace === X14_NS) countRule();
    else if (namespace === X14_NS && isGraphic(name, attributes)) extended.graphic = true;
    else if (extended.dxf) extended.dxf.open(name, attributes, namespace, depth);
    else if (name === "dxf" && namespace === X14_NS) {
      extended.dxf = new DxfReader(main!, depth);
      extended.dxfs.push(extended.dxf.dxf);
    } else if (name === "sqref" && namespace === XM_NS) extended.inSqref = true;
  }

  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      level = depth;
      // Markup of another namespace among the rows and cells (mc:AlternateContent, say) is read by some
      // programs and skipped by others, so two of them show different figures: refused.
      if (section === "sheetData" && depth >= ROW && depth <= CELL_CHILD && namespace !== main)
        corrupt(`<${name}> of another namespace among the cells`);
      if (depth === 0) main = name === "worksheet" && SPREADSHEET_NS.has(namespace) ? namespace : null;
      else if (depth === SHEET_DATA) {
        section = namespace === main ? name : "";
        if (section === "sheetFormatPr") {
          rowsHidden = flag(attributes, "zeroHeight");
          defaultHeight = size(attributes.get("defaultRowHeight"));
          defaultWidth = size(attributes.get("defaultColWidth"));
        }
        if (section === "conditionalFormatting") sqref = conditionalAreasOf(attributes.get("sqref"));
      } else if (depth === ROW) {
        if (section === "cols" && name === "col" && namespace === main) readColumns(attributes);
        if (section === "mergeCells" && name === "mergeCell" && namespace === main)
          merges.push(attributes.get("ref") ?? "");
        if (section === "conditionalFormatting" && name === "cfRule" && namespace === main) {
          countRule();
          const dxf = scan.styles.dxf(attributes.get("dxfId"));
          if (dxf) addConditional({ areas: sqref, dxf });
        }
        inRow = section === "sheetData" && name === "row" && namespace === main;
        if (!inRow) return;
        const r = attributes.get("r");
        row = r !== undefined ? parseInt(r, 10) : row + 1;
        col = -1;
        skipRow = row > lastRow;
        const height = attributes.get("ht");
        rowState = {
          number: row,
          hidden: flag(attributes, "hidden"),
          customHeight: flag(attributes, "customHeight"),
          ...(height !== undefined ? { height: Number(height) } : {}),
        };
        const level = outlineLevel(attributes);
        const collapsed = flag(attributes, "collapsed");
        if (level > 0 || collapsed) outlineRows.set(row, { level, collapsed });
      } else if (depth === CELL) {
        if (inRow && name === "c" && namespace === main && !skipRow) cell = { attributes, child: "" };
        // A conditional format's data bar or icon set (cfRule › dataBar, iconSet).
        if (section === "conditionalFormatting" && namespace === main && isGraphic(name, attributes))
          addConditional({ areas: sqref, graphic: true });
      } else if (depth === CELL_CHILD && cell) {
        cell.child = namespace === main ? name : "";
        if (cell.child === "v") {
          if (cell.valueSeen) corrupt("a cell with two values");
          cell.valueSeen = true;
        } else if (cell.child === "f") {
          if (cell.formula) corrupt("a cell with two formulas");
          cell.formula = { text: "", attributes };
        } else if (cell.child === "is") {
          if (cell.inline) corrupt("a cell with two inline strings");
          cell.inline = new StringItems(main!);
        }
      } else if (cell?.child === "is") cell.inline!.open(name, namespace);
      else if (cell?.child === "v" || cell?.child === "f")
        corrupt(`<${name}> inside a cell's <${cell.child}>`);
      if (section === "extLst") readExtension(name, attributes, namespace, depth);
    },
    text(text) {
      if (extended?.inSqref) extended.sqref += text;
      if (!cell) return;
      if (level === CELL_CHILD && cell.child === "v") cell.value = (cell.value ?? "") + text;
      else if (level === CELL_CHILD && cell.child === "f") cell.formula!.text += text;
      else if (cell.child === "is") cell.inline!.text(text);
    },
    close(_, __, depth) {
      level = depth - 1;
      if (extended && depth === extended.depth) {
        const areas = conditionalAreasOf(extended.sqref);
        for (const dxf of extended.dxfs) addConditional({ areas, dxf });
        if (extended.graphic) addConditional({ areas, graphic: true });
        extended = null;
      } else if (extended?.dxf?.closes(depth)) extended.dxf = null;
      else if (extended?.inSqref) extended.inSqref = false;
      if (depth === SHEET_DATA) section = "";
      else if (depth === ROW) inRow = false;
      else if (depth === CELL && cell) {
        finish(cell);
        cell = null;
      } else if (depth === CELL_CHILD && cell) cell.child = "";
      else if (depth > CELL_CHILD && cell?.child === "is") cell.inline!.close();
    },
  });
  concealCells();
  markComputed();
  return cells;

  /** Marks each kept cell an array formula's or a data table's area covers, with the first that does. */
  function markComputed(): void {
    if (formulaAreas.length === 0) return;
    for (const at of keptIn(formulaAreas.flatMap(({ areas }) => areas))) {
      const { kind, ref } = formulaAreas.find(({ areas }) =>
        areas.some(
          ({ from, to }) => at.row >= from.row && at.row <= to.row && at.col >= from.col && at.col <= to.col,
        ),
      )!;
      cells.set(at.address, { ...cells.get(at.address)!, computedBy: { kind, area: ref } });
    }
  }

  /** Marks each kept cell that cannot be seen, and what conditional formats may make it show. */
  function concealCells(): void {
    const collapsedRows = outlineRows.size > 0 ? collapsedMembers(outlineRows) : null;
    const hiddenColumn = columns.length > 0 ? hiddenColumns() : null;
    const widths = columnWidths();
    for (const { address, col, style, rowState: state } of positions) {
      const sizes = reportedSizes(sizesOf(col, style, state, widths));
      if (sizes) cells.set(address, { ...cells.get(address)!, sizes });
      const hidden: CellConcealment | undefined =
        isRowHidden(state) || collapsedRows?.has(state.number)
          ? "row"
          : hiddenColumn?.[col]
            ? "column"
            : undefined;
      if (hidden) cells.set(address, { ...cells.get(address)!, hidden });
    }
    for (const ref of merges) coverCells(ref);
    for (const { areas, dxf, graphic } of conditional)
      if (graphic) drawOver(areas);
      else formatConditionally(areas, dxf);
    applyConditional();
  }

  /**
   * The width of each column (0-based) a kept cell is in, the narrowest a `col` gives it, if one does:
   * each `col` is matched against those columns or its own, whichever are fewer.
   */
  function columnWidths(): Map<number, number> {
    const keptSet = new Set(positions.map(({ col }) => col));
    const kept = [...keptSet];
    const widths = new Map<number, number>();
    const take = (c: number, width: number) => {
      if (!(widths.get(c)! <= width)) widths.set(c, width);
    };
    for (const { min, max, width } of columns) {
      if (width === undefined || !(width > 0)) continue;
      const [first, last] = [Math.ceil(min) - 1, max - 1];
      if (kept.length < last - first + 1) {
        for (const c of kept) if (c >= first && c <= last) take(c, width);
      } else for (let c = first; c <= last; c++) if (keptSet.has(c)) take(c, width);
    }
    return widths;
  }

  /** How large a kept cell shows its figure: its row's height, its column's width, its font's size. */
  function sizesOf(
    col: number,
    style: string | undefined,
    state: RowState,
    widths: ReadonlyMap<number, number>,
  ): CellSizes {
    const rowHeight = state.height !== undefined && state.height > 0 ? state.height : defaultHeight;
    const columnWidth = widths.get(col) ?? defaultWidth;
    const fontSize = scan.styles.fontSize(style);
    const sizes: { rowHeight?: number; columnWidth?: number; fontSize?: number } = {};
    if (rowHeight !== undefined) sizes.rowHeight = rowHeight;
    if (columnWidth !== undefined) sizes.columnWidth = columnWidth;
    if (fontSize !== undefined) sizes.fontSize = fontSize;
    return sizes;
  }
}
