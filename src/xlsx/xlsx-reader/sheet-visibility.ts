import type { Area } from "../../core/grid/a1";
import type { CellConcealment, CellSizes, DrawnSizes, Extent, GridCell, Mutable } from "../../core/grid/grid";
import { toA1 } from "../../core/grid/a1";
import {
  numberWriting,
  type NumberWriting,
  relativeFontSize,
  shownAsHashes,
  showsHashes,
} from "../../core/report/column-room";
import { drawnFigure, type DrawnFigure } from "../../core/report/drawn-figure";
import type { XmlAttributes } from "../xml/xml-stream";
import type { CellStyles } from "./cell-styles";
import {
  baseColumnWidth,
  unsizedColumnWidth,
  characterPixels,
  columnPixels,
  defaultColumnPixels,
} from "../sheet-geometry/column-widths";
import { corrupt, flag, outlineLevel } from "./sheet-attributes";
import { leadingNumber, size } from "../sheet-geometry/stored-sizes";
import {
  areasOf,
  MAX_COLUMNS,
  takenOnce,
  type KeptPositions,
  type Position,
  type RowState,
} from "../sheet-geometry/sheet-areas";
import type { SheetLayout } from "../sheet-geometry/drawing-places";
import { PlaceLook } from "./place-look";
import { giveMergedRooms } from "./merged-rooms";

/** A `col` element: the columns it sizes and how. */
interface Columns {
  readonly min: number;
  readonly max: number;
  readonly hidden: boolean;
  readonly width?: number;
  readonly level: number;
  readonly collapsed: boolean;
  readonly style?: string;
}

/** A row's or column's number as every program reads it alike. */
export const WHOLE_NUMBER = /^\d+$/;

/** Up to this many `col` elements, a column's style is found by searching them. */
const FEW_COLUMN_ELEMENTS = 64;

/** Excel's sizes at 100% with its default font: a point 4/3 of a pixel (a character's pixels: `columnPixels`). */
const PIXELS_PER_POINT = 4 / 3;
const POINTS_PER_PIXEL = 3 / 4;
/** The rows of a sheet, as Excel and LibreOffice have them. */
const MAX_ROWS = 1_048_576;
const DEFAULT_HEIGHT_POINTS = 15;

/**
 * The rows whose element is kept, for laying out drawings: those below are far past any form, and are
 * taken at the default height.
 */
const MAX_LAID_ROWS = 10_000;

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
 * What a sheet's rows, columns and merges hide, and how large they show a cell: told each element as the
 * sheet streams by, and judged once the whole sheet is read, as programs apply columns and merges
 * wherever the sheet puts them (before or after the cells).
 */
export class SheetVisibility {
  /** Whether rows are hidden unless they say otherwise (sheetFormatPr's zeroHeight). */
  private rowsHidden = false;
  /** The height of a row that gives none, and the width of a column no `col` sizes (sheetFormatPr's). */
  private defaultHeight: number | undefined;
  private defaultWidth: number | undefined;
  /** The width of a column no `col` sizes, in characters (`unsizedColumnWidth`). */
  private unsizedColumns = baseColumnWidth();
  /** The rows in an outline or flagged collapsed, by number: few sheets have any. */
  private readonly outlineRows = new Map<number, { level: number; collapsed: boolean }>();
  private readonly columns: Columns[] = [];
  /** Each column's style by `impliedStyle`, made when first asked for after the last `col` read. */
  private columnStyles: (string | undefined)[] | null = null;
  /** Each shown column's width (`shownColumnWidth`), from the `col`s read so far. */
  private shownWidths: Map<number, number | undefined> | null = null;
  /** Each merge's range. */
  private readonly merges: string[] = [];
  /** Each merge's range, read once the sheet is (`mergeAreas`): three passes look at them. */
  private mergeRanges: { ref: string; area: Area | undefined }[] | null = null;
  /** The widths `conceal` found: each column's, and each merge's across columns by its top-left cell. */
  private measured: { widths: Map<number, number>; merges: Map<string, number | undefined> } | undefined;
  /** The sizes of cells drawn in two styles (Excel's, LibreOffice's), one object for each pair of places. */
  private readonly pairs = new Map<DrawnSizes, Map<DrawnSizes, DrawnSizes>>();
  /** The rows' elements by number, up to `MAX_LAID_ROWS` of them: the rows' heights, for drawings. */
  private readonly rowStates = new Map<number, RowState>();
  /** The pixels a character of a column's width takes, in the workbook's default font. */
  private readonly perCharacter: number;

  constructor(
    private readonly file: string,
    private readonly styles: CellStyles,
  ) {
    this.perCharacter = characterPixels(styles.defaultFontSize);
  }

  /** The sheet's `sheetFormatPr`. */
  readFormat(attributes: XmlAttributes): void {
    this.rowsHidden = flag(attributes, "zeroHeight", this.file);
    this.defaultHeight = size(attributes.get("defaultRowHeight"));
    this.defaultWidth = size(attributes.get("defaultColWidth"));
    this.unsizedColumns = unsizedColumnWidth(attributes);
    this.shownWidths = null;
  }

  /** A `row` element: how its row is shown. */
  readRow(number: number, attributes: XmlAttributes): RowState {
    const { file } = this;
    const height = attributes.get("ht");
    const style = flag(attributes, "customFormat", file) ? attributes.get("s") : undefined;
    const state: RowState = {
      number,
      hidden: flag(attributes, "hidden", file),
      customHeight: flag(attributes, "customHeight", file),
      ...(height !== undefined ? { height: leadingNumber(height) ?? NaN } : {}),
      ...(style !== undefined ? { style } : {}),
    };
    const level = outlineLevel(attributes, file);
    const collapsed = flag(attributes, "collapsed", file);
    if (level > 0 || collapsed) this.outlineRows.set(number, { level, collapsed });
    if (this.rowStates.size < MAX_LAID_ROWS) this.rowStates.set(number, state);
    return state;
  }

  /** A `col` element. */
  readColumns(attributes: XmlAttributes): void {
    const { file } = this;
    const width = attributes.get("width");
    // LibreOffice reads "3.5" and "3x" by their leading whole number (red team, round 15): programs differ.
    const bounds = [attributes.get("min"), attributes.get("max")];
    if (!bounds.every((bound) => bound !== undefined && WHOLE_NUMBER.test(bound)))
      corrupt(file, `columns ${bounds.join(":").slice(0, 40)}`);
    const [min, max] = bounds.map(Number) as [number, number];
    const hidden = flag(attributes, "hidden", file);
    const level = outlineLevel(attributes, file);
    const collapsed = flag(attributes, "collapsed", file);
    const style = attributes.get("style");
    if (!(min >= 1 && max >= min)) return;
    this.columnStyles = null;
    this.shownWidths = null;
    this.columns.push({
      min,
      max: Math.min(max, MAX_COLUMNS),
      hidden,
      level,
      collapsed,
      ...(width !== undefined ? { width: leadingNumber(width) ?? NaN } : {}),
      ...(style !== undefined ? { style } : {}),
    });
  }

  /**
   * The style LibreOffice draws a cell of row `row` and column `col` (from 0) in where the cell gives
   * none: its row's where `customFormat` applies one, else its column's (the first `col` over it). Excel
   * draws it in style 0.
   */
  impliedStyle(row: RowState, col: number): string | undefined {
    if (row.style !== undefined || this.columns.length === 0) return row.style;
    // A form's few `col`s are searched; a table of every column is made only for a sheet of many.
    if (this.columns.length <= FEW_COLUMN_ELEMENTS)
      return this.columns.find(({ min, max }) => col + 1 >= min && col + 1 <= max)?.style;
    this.columnStyles ??= this.styleByColumn();
    return this.columnStyles[col];
  }

  /**
   * Each column's style, the first `col` over it winning as LibreOffice reads them (red team, round 15),
   * each column set once however many `col`s span it.
   */
  private styleByColumn(): (string | undefined)[] {
    const styles = new Array<string | undefined>(MAX_COLUMNS);
    const set = takenOnce(MAX_COLUMNS);
    for (const { min, max, style } of this.columns)
      for (let c = set.free(min - 1); c <= max - 1; c = set.free(c)) {
        styles[c] = style;
        set.take(c);
      }
    return styles;
  }

  /** A `mergeCell` element. */
  readMerge(attributes: XmlAttributes): void {
    this.merges.push(attributes.get("ref") ?? "");
    this.mergeRanges = null;
  }

  /** Marks each kept cell that cannot be seen, and how large each shows its figure. */
  conceal(cells: Map<string, GridCell>, kept: KeptPositions): void {
    const collapsedRows = this.outlineRows.size > 0 ? collapsedMembers(this.outlineRows) : null;
    const hiddenColumn = this.columns.length > 0 ? this.hiddenColumns() : null;
    const widths = this.columnWidths(kept);
    const merges = this.mergedAcross(hiddenColumn);
    this.measured = { widths, merges };
    // A form's cells share a few styles, column widths and row heights: each place is judged once, found
    // by its row's height (the same along a row), its style, then its column's width.
    const places = new Map<number | undefined, Map<string | undefined, Map<number | undefined, PlaceLook>>>();
    let lastState: RowState | undefined;
    let atHeight = new Map<string | undefined, Map<number | undefined, PlaceLook>>();
    for (const { address, col, style, rowState: state } of kept.all) {
      const cell = cells.get(address)!;
      if (state !== lastState) {
        lastState = state;
        const found = places.get(state.height);
        if (found) atHeight = found;
        else places.set(state.height, (atHeight = new Map()));
      }
      let inStyle = atHeight.get(style);
      if (!inStyle) atHeight.set(style, (inStyle = new Map()));
      const width = widths.get(col);
      let place = inStyle.get(width);
      if (!place) inStyle.set(width, (place = this.placeLook(width, style, state)));
      const { value, shown } = cell;
      const writing =
        value?.type === "number" ? numberWriting(shown, () => this.styles.plainWriting(style)) : undefined;
      const hashes =
        value?.type === "number" &&
        showsHashes(
          value.value,
          writing,
          place.layout,
          // A column no `col` sizes shows it in the sheet's default width, unless a `col` says otherwise.
          merges.has(address) || width === undefined
            ? this.roomOf(place, address, col, style)
            : (place.room ??= this.roomOf(place, address, col, style)),
        );
      // Rounded in General judged on a column's own width alone, as the .xls and .ods readers see it: a
      // sheet's default width is LibreOffice's 8.5 under its own default font on every column it saves
      // without one.
      const generalSizes = writing === "general" && !merges.has(address) ? place.generalSizes : undefined;
      const textLayout = mayHoldText(cell)
        ? place.textLayout()
        : value?.type === "number" && place.figureLayout();
      const hidden: CellConcealment | undefined =
        this.isRowHidden(state) || collapsedRows?.has(state.number)
          ? "row"
          : hiddenColumn?.[col]
            ? "column"
            : undefined;
      // The kept cells are this reader's own, made as the sheet streamed by: what hides them is added to
      // them. A cell kept in two styles (Excel's and LibreOffice's) is drawn in the sizes of both.
      const read = cell as Mutable<GridCell>;
      const drawn = place.drawn;
      if (drawn) read.drawnSizes = read.drawnSizes ? this.inBoth(read.drawnSizes, drawn) : drawn;
      if (generalSizes)
        read.generalSizes = read.generalSizes ? [...read.generalSizes, ...generalSizes] : generalSizes;
      if (textLayout) read.textLayout ??= textLayout;
      if (hidden) read.hidden = hidden;
      if (hashes) cells.set(address, shownAsHashes(read));
    }
    for (const merge of this.mergeAreas()) coverCells(merge, cells, kept);
    giveMergedRooms(
      cells,
      this.mergeAreas().map(({ area }) => area),
      merges,
      (row) => this.storedHeight(row, collapsedRows),
    );
  }

  /** A row's height as stored (none where it stores none): nothing where it is hidden. */
  private storedHeight(row: number, collapsedRows: ReadonlySet<number> | null): number | undefined {
    const state = this.rowStates.get(row + 1);
    if (collapsedRows?.has(row + 1) || (state ? this.isRowHidden(state) : this.rowsHidden)) return 0;
    return state?.height !== undefined && state.height > 0 ? state.height : undefined;
  }

  /** The room a figure in `place`, at `address`, shows in: its width, its font at its largest. */
  private roomOf(place: PlaceLook, address: string, col: number, style: string | undefined): CellSizes {
    return { ...place.all, columnWidth: this.shownWidth(address, col), fontSize: this.widestFontSize(style) };
  }

  /** The sizes of a cell drawn in Excel's style's (`first`) and LibreOffice's (`second`): one object a pair. */
  private inBoth(first: DrawnSizes, second: DrawnSizes): DrawnSizes {
    let seconds = this.pairs.get(first);
    if (!seconds) this.pairs.set(first, (seconds = new Map()));
    let both = seconds.get(second);
    if (!both) seconds.set(second, (both = { styles: [...first.styles, ...second.styles] }));
    return both;
  }

  /**
   * What a cell in style `style`, in a column of the `width` its `col`s give (none where none does) and a
   * row like `state` shows, whatever it holds: its sizes
   * (as given to the core), its layout, and a text's or a figure's layout as reported, made when first asked.
   */
  private placeLook(width: number | undefined, style: string | undefined, state: RowState): PlaceLook {
    const layout = this.styles.textLayout(style);
    // A turned text is judged against the height its row stores: a row without one grows to it, except
    // under text stacked letter under letter, which LibreOffice cuts at the sheet's default height (red
    // team, round 15: 1,234,567 stacked showed "7").
    const stored = state.height !== undefined && state.height > 0 ? state.height : undefined;
    const rowHeight =
      stored ?? (layout?.rotation === "stacked" ? (this.defaultHeight ?? DEFAULT_HEIGHT_POINTS) : undefined);
    return new PlaceLook(this.sizesOf(width, style, state), layout, {
      styles: this.styles,
      style,
      width,
      rowHeight,
    });
  }

  /**
   * How a kept cell would show its figure written otherwise or in another font size (a conditional
   * format's): whether as "###". Judged once `conceal` has measured the sheet.
   */
  shownOtherwise(
    { address, col, style, rowState }: Position,
    value: number,
    writing: NumberWriting | undefined,
    fontSize: number | undefined,
  ): DrawnFigure {
    if (!this.measured) return { hashes: false };
    const all = this.sizesOf(this.measured.widths.get(col), style, rowState);
    const room = (drawn: CellSizes): CellSizes => ({
      ...drawn,
      columnWidth: this.shownWidth(address, col),
      fontSize:
        fontSize === undefined
          ? this.widestFontSize(style)
          : relativeFontSize(fontSize, this.styles.defaultFontSize),
    });
    return drawnFigure(value, writing, this.styles.textLayout(style), all, room, fontSize);
  }

  /** The height (points) of a row in `state`, its own or the sheet's default. */
  rowHeightOf(state: RowState): number | undefined {
    return state.height !== undefined && state.height > 0 ? state.height : this.defaultHeight;
  }

  /**
   * The largest size a figure in style `s` may be drawn in, as its column counts it (in digits of the
   * workbook's default font): an xf whose font is not marked applied is drawn in its own font by Excel
   * and LibreOffice alike (red team, round 11: openpyxl writes every font so), or in its cell style's.
   */
  private widestFontSize(s: string | undefined): number | undefined {
    return relativeFontSize(this.styles.largestFontSize(s), this.styles.defaultFontSize);
  }

  /** A cell's figure shows in its merge's width, or its column's, or the sheet's default for a column no `col` sizes. */
  private shownWidth(address: string, col: number): number | undefined {
    const { widths, merges } = this.measured!;
    return merges.has(address) ? merges.get(address) : (widths.get(col) ?? this.unsizedWidth(col));
  }

  /**
   * The width of a column no `col` element sizes: the sheet's default (`defaultColWidth`), else its base
   * width as LibreOffice lays it out. A form's columns stripped of theirs show its figures in it (red
   * team, round 10: "###" at 5 characters; round 11: "###" in a column of no width at all).
   */
  private unsizedWidth(col: number): number | undefined {
    if (this.columns.some((c) => col + 1 >= c.min && col + 1 <= c.max)) return undefined;
    return this.unsizedColumns;
  }

  /**
   * The top-left cells of merges across columns, which show their figure in the merge's width: its
   * shown columns' widths together, where each is known (a hidden column adds nothing: red team, round
   * 12, "###" in a merge over a hidden column as wide as the shown one).
   */
  private mergedAcross(hiddenColumn: Uint8Array | null): Map<string, number | undefined> {
    const starts = new Map<string, number | undefined>();
    for (const { area: merged } of this.mergeAreas()) {
      if (!merged || merged.right <= merged.left) continue;
      let width: number | undefined = 0;
      for (let c = merged.left; c <= Math.min(merged.right, MAX_COLUMNS - 1) && width !== undefined; c++) {
        const column = this.shownColumnWidth(c, hiddenColumn);
        width = column === undefined ? undefined : width + column;
      }
      starts.set(toA1(merged.top, merged.left), width);
    }
    return starts;
  }

  /** Each merge's range as written, trimmed, and its first area. */
  private mergeAreas(): readonly { ref: string; area: Area | undefined }[] {
    return (this.mergeRanges ??= this.merges.map((written) => {
      const ref = written.trim();
      return { ref, area: areasOf(ref)[0] };
    }));
  }

  /** A column's width as it shows, in characters: none where hidden, the narrowest `col` over it gives. */
  private shownColumnWidth(col: number, hiddenColumn: Uint8Array | null): number | undefined {
    if (hiddenColumn?.[col]) return 0;
    // Merges and lines ask for a form's few columns again and again: each is worked out once.
    const shown = (this.shownWidths ??= new Map());
    if (shown.has(col)) return shown.get(col);
    const own = this.columns.filter((cols) => col + 1 >= cols.min && col + 1 <= cols.max && cols.width);
    const width = own.length > 0 ? Math.min(...own.map((cols) => cols.width!)) : this.unsizedWidth(col);
    shown.set(col, width);
    return width;
  }

  /**
   * What a line of text in one of `rows` may run on over, once the whole sheet is read: each column's width
   * as it shows, and whether a cell of those rows lies in a merge, which a line neither runs on from nor
   * over.
   */
  lineRoom(rows: ReadonlySet<number>): {
    width: (col: number) => number | undefined;
    merged: (row: number, col: number) => boolean;
  } {
    const hiddenColumn = this.columns.length > 0 ? this.hiddenColumns() : null;
    const byRow = new Map<number, Area[]>();
    for (const { area: merged } of this.mergeAreas()) {
      if (merged)
        for (const row of rows)
          if (row >= merged.top && row <= merged.bottom) {
            const areas = byRow.get(row);
            if (areas) areas.push(merged);
            else byRow.set(row, [merged]);
          }
    }
    return {
      width: (col) => this.shownColumnWidth(col, hiddenColumn),
      merged: (row, col) => !!byRow.get(row)?.some((area) => col >= area.left && col <= area.right),
    };
  }

  /** The sheet's column widths and row heights in pixels, once the whole sheet is read. */
  layout(): SheetLayout {
    const collapsedRows = this.outlineRows.size > 0 ? collapsedMembers(this.outlineRows) : null;
    const hiddenColumn = this.columns.length > 0 ? this.hiddenColumns() : null;
    const defaultWidth = defaultColumnPixels(this.defaultWidth, this.perCharacter);
    const defaultHeight = this.defaultHeight ?? DEFAULT_HEIGHT_POINTS;
    return {
      columnWidth: (col) => {
        if (hiddenColumn?.[col]) return 0;
        const width = this.columns.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.width;
        return width !== undefined ? columnPixels(width, this.perCharacter) : defaultWidth;
      },
      rowHeight: (row) => {
        const state = this.rowStates.get(row + 1);
        if (collapsedRows?.has(row + 1) || (state ? this.isRowHidden(state) : this.rowsHidden)) return 0;
        const height = state?.height !== undefined && state.height > 0 ? state.height : defaultHeight;
        return height * PIXELS_PER_POINT;
      },
    };
  }

  /**
   * How large an area of the sheet prints at full scale, in points: its shown columns' widths (as
   * `layout` lays them out, 7 pixels a character) and its shown rows' heights together. Each `col`
   * sizes the columns no earlier one sized, each column set once; rows past those whose element is kept
   * take the sheet's default height.
   */
  extent(area: Area): Extent {
    const layout = this.layout();
    const [left, right] = [area.left, Math.min(area.right, MAX_COLUMNS - 1)];
    const hiddenColumn = this.columns.length > 0 ? this.hiddenColumns() : null;
    const defaultWidth = defaultColumnPixels(this.defaultWidth, this.perCharacter);
    // Each `col` sizes a run once, however many elements overlap.
    const span = Math.max(0, right - left + 1);
    const sizedColumns = takenOnce(span);
    let width = 0;
    let sized = 0;
    for (const { min, max, width: w } of this.columns) {
      const [from, to] = [
        Math.max(Math.ceil(min) - 1, left) - left,
        Math.min(Math.floor(max) - 1, right) - left,
      ];
      if (from > to) continue;
      for (let i = sizedColumns.free(from); i <= to; i = sizedColumns.free(i)) {
        sizedColumns.take(i);
        sized++;
        if (!hiddenColumn?.[i + left])
          width += w !== undefined ? columnPixels(w, this.perCharacter) : defaultWidth;
      }
    }
    for (let col = left; col <= right && sized < span; col++)
      if (sizedColumns.free(col - left) === col - left) {
        sized++;
        if (!hiddenColumn?.[col]) width += defaultWidth;
      }
    const [top, bottom] = [area.top, Math.min(area.bottom, MAX_ROWS - 1)];
    let kept = 0;
    let height = 0;
    for (const number of this.rowStates.keys())
      if (number - 1 >= top && number - 1 <= bottom) {
        kept++;
        height += layout.rowHeight(number - 1);
      }
    const others = Math.max(0, bottom - top + 1 - kept);
    const unsized = this.rowsHidden ? 0 : (this.defaultHeight ?? DEFAULT_HEIGHT_POINTS) * PIXELS_PER_POINT;
    height += others * unsized;
    return { width: width * POINTS_PER_PIXEL, height: height * POINTS_PER_PIXEL };
  }

  /** A row hidden by its flag, by a height of 0, or by the sheet's rows being hidden unless sized. */
  private isRowHidden({ hidden, height, customHeight }: RowState): boolean {
    if (hidden || height === 0) return true;
    return this.rowsHidden && !(customHeight && height !== undefined && height > 0);
  }

  /**
   * Which columns (0-based) cannot be seen: hidden, of no width, or in a collapsed outline group. Made
   * only when a column is, which few sheets have.
   */
  private hiddenColumns(): Uint8Array | null {
    const { columns } = this;
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
   * The width of each column (0-based) a kept cell is in, the narrowest a `col` gives it, if one does:
   * each `col` is matched against those columns or its own, whichever are fewer.
   */
  private columnWidths(positions: KeptPositions): Map<number, number> {
    const keptSet = new Set<number>();
    for (const { col } of positions.all) keptSet.add(col);
    const kept = [...keptSet];
    const widths = new Map<number, number>();
    const take = (c: number, width: number) => {
      if (!(widths.get(c)! <= width)) widths.set(c, width);
    };
    for (const { min, max, width } of this.columns) {
      if (width === undefined || !(width > 0)) continue;
      const [first, last] = [Math.ceil(min) - 1, max - 1];
      if (kept.length < last - first + 1) {
        for (const c of kept) if (c >= first && c <= last) take(c, width);
      } else for (let c = first; c <= last; c++) if (keptSet.has(c)) take(c, width);
    }
    return widths;
  }

  /** How large a kept cell shows its figure: its row's height, its column's width, its font's size. */
  private sizesOf(width: number | undefined, style: string | undefined, state: RowState): CellSizes {
    const rowHeight = this.rowHeightOf(state);
    const columnWidth = width ?? this.defaultWidth;
    const fontSize = this.styles.fontSize(style);
    const sizes: { rowHeight?: number; columnWidth?: number; fontSize?: number } = {};
    if (rowHeight !== undefined) sizes.rowHeight = rowHeight;
    if (columnWidth !== undefined) sizes.columnWidth = columnWidth;
    if (fontSize !== undefined) sizes.fontSize = fontSize;
    return sizes;
  }
}

/** A cell holding a text, or a formula saved without its result, which may show one (Đạt / Chưa đạt). */
const mayHoldText = (cell: GridCell) =>
  cell.value?.type === "string" || (cell.value === undefined && cell.formula !== undefined);

/** Marks the kept cells a merged range covers, all but its top-left cell, which it shows. */
function coverCells(
  { ref, area: merged }: { ref: string; area: Area | undefined },
  cells: Map<string, GridCell>,
  kept: KeptPositions,
): void {
  // A merge is one range: a list of them is none.
  if (!ref || !merged || /\s/.test(ref)) return;
  for (const { address, row, col } of kept.in([merged])) {
    const covered = cells.get(address)!;
    const shows = row === merged?.top && col === merged.left;
    if (!shows && !covered.hidden) cells.set(address, { ...covered, hidden: "merge" });
  }
}
