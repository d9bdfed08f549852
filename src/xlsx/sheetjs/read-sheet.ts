import type * as XLSX from "@e965/xlsx";
import { odsReferencesAsA1 } from "./ods/ods-formula-references";
import { areaOf, toA1 } from "../../core/grid/a1";
import {
  type CellConcealment,
  type CellSizes,
  type ComputedBy,
  type DrawnRuns,
  type DrawnSizes,
  type GridCell,
  type GridSheet,
  type GridValue,
  type TextLayout,
  UNREADABLE_SHOWN,
} from "../../core/grid/grid";
import { numberWriting, shownAsHashes, HASHES, type NumberWriting } from "../../core/report/column-room";
import { drawnFigure, type DrawnFigure } from "../../core/report/drawn-figure";
import { repeatedToFill } from "../../core/report/shown-figure";
import { reportedLayout, reportedFigureLayout } from "../../core/report/judged-texts";
import { shownText } from "../../core/number-formats/format-pieces";
import { FileError } from "../errors";
import { MAX_FORMAT_LENGTH, type ReadLimits } from "../limits";
import { formatOf, type CellLooks } from "./cell-looks";
import { inkRunsOn, type FramedText } from "./run-on-inks";
import { WORDS } from "../../core/vocabulary";

/** Excel's error codes, for an error cell SheetJS reports by number without its text. */
const ERROR_TEXT = new Map<number, string>([
  [0x00, "#NULL!"],
  [0x07, "#DIV/0!"],
  [0x0f, "#VALUE!"],
  [0x17, "#REF!"],
  [0x1d, "#NAME?"],
  [0x24, "#NUM!"],
  [0x2a, "#N/A"],
  [0x2b, "#GETTING_DATA"],
]);

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** A cell's value as SheetJS reads it, in the grid's terms; none for a stub. */
export function gridValue(cell: XLSX.CellObject): GridValue | undefined {
  const v = cell.v;
  switch (cell.t) {
    case "n":
      return typeof v === "number" ? { type: "number", value: v } : undefined;
    case "s":
      return typeof v === "string" ? { type: "string", value: v } : undefined;
    case "b":
      return typeof v === "boolean" ? { type: "boolean", value: v } : undefined;
    case "e":
      return {
        type: "error",
        value: cell.w ?? (typeof v === "number" ? ERROR_TEXT.get(v) : undefined) ?? "#ERROR",
      };
    case "d":
      if (typeof v === "number") return { type: "number", value: v };
      return v instanceof Date ? { type: "number", value: (v.getTime() - EXCEL_EPOCH) / DAY } : undefined;
    default:
      // "z": a stub, which is how SheetJS reports a formula whose cached value is absent.
      return undefined;
  }
}

/** More columns than a form's figure is merged across: a wider merge is not judged. */
const MAX_MERGED_COLUMNS = 64;

/**
 * Where on a sheet a cell is, as a person sees it: whether it can be seen at all (its row or column
 * hidden, a merge over it that starts at another cell), and how large it shows its figure — its row's
 * height (points) and its column's width (characters) as SheetJS reads them, or as the format's own
 * records give them (`CellLooks`); a figure starting a merge across columns shows in the merge's width.
 */
export class SheetPlaces {
  private readonly rows: XLSX.RowInfo[];
  private readonly cols: XLSX.ColInfo[];
  private readonly merges: XLSX.Range[];
  private readonly mergesAcross: XLSX.Range[];

  constructor(
    ws: XLSX.WorkSheet,
    private readonly looks: CellLooks,
  ) {
    this.rows = ws["!rows"] ?? [];
    this.cols = ws["!cols"] ?? [];
    this.merges = ws["!merges"] ?? [];
    this.mergesAcross = this.merges.filter(({ s, e }) => e.c > s.c);
  }

  concealment(row: number, col: number): CellConcealment | undefined {
    if (this.rows[row]?.hidden) return "row";
    if (this.cols[col]?.hidden || this.looks.zeroWide(this.cols[col])) return "column";
    const hidden = this.looks.concealment(row, col);
    if (hidden) return hidden;
    const covered = this.merges.some(
      ({ s, e }) => row >= s.r && row <= e.r && col >= s.c && col <= e.c && !(row === s.r && col === s.c),
    );
    return covered ? "merge" : undefined;
  }

  /** Whether a cell lies in a merge, at its start or covered by it. */
  inMerge(row: number, col: number): boolean {
    return this.merges.some(({ s, e }) => row >= s.r && row <= e.r && col >= s.c && col <= e.c);
  }

  /** The last column of a merge across columns the cell starts. */
  mergedTo(row: number, col: number): number | undefined {
    return this.mergesAcross.find(({ s }) => s.r === row && s.c === col)?.e.c;
  }

  /** All of a cell's sizes, as given to the core (`GridCell.drawnSizes`), and a text's layout is judged with. */
  sizesOf(row: number, col: number): CellSizes {
    const rowHeight = positive(this.rows[row]?.hpt);
    const column = this.cols[col];
    const columnWidth =
      positive(column?.width) ??
      positive(this.looks.columnWidth(col)) ??
      (column ? undefined : positive(this.looks.defaultWidth));
    const font = this.looks.fontSize(row, col);
    return {
      ...(rowHeight !== undefined ? { rowHeight } : {}),
      ...(columnWidth !== undefined ? { columnWidth } : {}),
      ...(font !== undefined ? { fontSize: font } : {}),
      ...this.looks.sizes(row, col),
    };
  }

  /** A cell's sizes with the width it shows its figure in, as that room is judged. */
  room(row: number, col: number, sizes: CellSizes): CellSizes {
    const last = this.mergedTo(row, col);
    if (last === undefined) return this.looks.room(sizes);
    return this.looks.room({ ...sizes, columnWidth: this.mergedWidth(row, col, last) });
  }

  /**
   * The room of a text starting a merge across columns (`GridCell.mergedRoom`): its width, and its rows'
   * heights together (a hidden row adds nothing), where each is given.
   */
  mergedRoom(row: number, col: number): { width: number; height: number } | undefined {
    const merge = this.mergesAcross.find(({ s }) => s.r === row && s.c === col);
    const width = merge && this.mergedWidth(row, col, merge.e.c);
    if (merge === undefined || width === undefined) return undefined;
    let height = 0;
    for (let r = row; r <= merge.e.r; r++) {
      if (this.rows[r]?.hidden) continue;
      const own = this.sizesOf(r, col).rowHeight;
      if (own === undefined) return undefined;
      height += own;
    }
    return { width, height };
  }

  /** The width of a merge from `col` to `last` on `row`, where each column's is given and it is not too wide. */
  private mergedWidth(row: number, col: number, last: number): number | undefined {
    if (last - col > MAX_MERGED_COLUMNS) return undefined;
    let columnWidth: number | undefined = 0;
    for (let k = col; k <= last && columnWidth !== undefined; k++) {
      // A hidden column adds nothing to the merge's width (red team, round 12).
      if (k > col && this.concealment(row, k) === "column") continue;
      const width = this.sizesOf(row, k).columnWidth ?? this.mergedDefaultWidth(k);
      columnWidth = width === undefined ? undefined : columnWidth + width;
    }
    return columnWidth;
  }

  /** The width of a column no record sizes, as a merge over it is measured where SheetJS reads none. */
  private mergedDefaultWidth(col: number): number | undefined {
    return this.cols[col] ? undefined : this.looks.mergedDefaultWidth;
  }
}

const positive = (value: number | undefined) => (typeof value === "number" && value > 0 ? value : undefined);

/**
 * The text a cell shows when its format is a percent ("105%" for 1.05), else nothing. A "%" quoted or
 * escaped in the format (0.0"%") is only written after the figure, which is then not scaled.
 */
function percentShown(cell: XLSX.CellObject): string | undefined {
  if (typeof cell.z !== "string" || typeof cell.w !== "string") return undefined;
  const unquoted = cell.z.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return unquoted.includes("%") ? cell.w.trim() : undefined;
}

/**
 * A formula that computes the cell where the text SheetJS gives for it is not its own: an array formula
 * over the area SheetJS gives every cell of it (`F`), or a data table, which an .ods writes as
 * MULTIPLE.OPERATIONS and an .xls as a lone table token, whose text SheetJS 0.20.3 makes "undefined".
 * SheetJS 0.20.3 also gives an .ods's array area to the cells at the same places on the sheets after
 * it: an area counts only where its first cell holds the formula.
 */
function computedBy(
  cell: XLSX.CellObject,
  address: string,
  xls: boolean,
  at: (row: number, col: number) => XLSX.CellObject | undefined,
): ComputedBy | undefined {
  if (typeof cell.F === "string") {
    const area = cell.F;
    const whole = areaOf(area);
    const first = whole && at(whole.top, whole.left);
    if (first?.F === area && typeof first.f === "string") return { kind: "array", area };
  }
  const formula = typeof cell.f === "string" ? cell.f : "";
  if ((xls && formula === "undefined") || /^MULTIPLE\.OPERATIONS\(/i.test(formula))
    return { kind: "dataTable", area: address };
  return undefined;
}

/** Which cells of a sheet are the form's: the named ones, and the texts above and left of them. */
export interface SheetScope {
  readonly named: ReadonlySet<string>;
  /** The bottom-right corner of the named cells: the form's headings and labels are above and left. */
  readonly corner: { readonly row: number; readonly col: number };
}

/** One cell as SheetJS read it, where it is, and what reads it. */
interface CellAt {
  readonly cell: XLSX.CellObject;
  readonly r: number;
  readonly c: number;
  readonly address: string;
  readonly value: GridValue | undefined;
  readonly formula: string | undefined;
  readonly computed: ComputedBy | undefined;
  /** A named cell of the form. */
  readonly named: boolean;
  /** A text above and left of the named cells, which may be the form's heading or label (`formFrame`). */
  readonly framing: boolean;
}

/** What a cell of the form shows as text: its own, the others it may show, and its figure's written text. */
interface CellTexts {
  readonly shown: string | undefined;
  /** The texts its number is drawn in, where the format renders it itself. */
  readonly rendered: readonly string[];
  /** The text its figure is written in: the first its format renders, else the text it keeps. */
  readonly written: string | undefined;
  readonly mayShow: string[];
  /** A text of the form, or a named text, written in runs, as programs draw them (`GridCell.drawnRuns`). */
  readonly drawnRuns: readonly DrawnRuns[] | undefined;
}

/**
 * The texts a cell of the form shows. The text a format's text section shows instead of the cell's
 * (`;;;"Công đoàn xã Bình An (X07)"`), as the report reader reads it; an .ods's data styles are read
 * apart. A named number's text: an .ods keeps the text it showed, another file's cell is rendered in its
 * format as the report reader renders it. Any other number keeps its text when it shows a percent: a
 * table (the campaign's targets) reads a cell showing "105%" as the 1.05 it holds, not as 1.05 %.
 */
function cellTexts(at: CellAt, looks: CellLooks, places: SheetPlaces): CellTexts {
  const { cell, value, named, framing } = at;
  const textShown =
    value?.type === "string" && (named || framing) ? looks.textShown(cell, value.value) : undefined;
  const otherText = textShown !== value?.value ? textShown : undefined;
  // LibreOffice's .xls caches 0 for a text formula it did not compute, and LibreOffice and Excel show the
  // text computed on opening: a text section that writes a text of its own (;;;"Đạt") shows it.
  const ownText =
    named && looks.xls && at.formula !== undefined && value?.type === "number" && typeof cell.z === "string"
      ? shownText(cell.z, "").trim()
      : "";
  const shown =
    value?.type !== "number"
      ? named
        ? otherText
        : undefined
      : !named
        ? percentShown(cell)
        : looks.shownNumber(cell, value.value);
  // LibreOffice shows an .ods cell's number as its data style renders it, whatever text it saved.
  const rendered = named && value?.type === "number" ? looks.rendered(at.r, at.c, value.value) : [];
  const retexted = framing
    ? (looks.retexted(at.r, at.c, value!.value as string) ?? (otherText !== undefined ? [otherText] : []))
    : [];
  // Of the texts a person reads, not the named cells': a text typed over a formula is named so already.
  const unreadable = framing && looks.unreadableText(at.r, at.c);
  // Runs of a named text too, as the .xlsx reader gives them (the unit's name, a figure typed as a text).
  // A row that stores no height is an .xls's default high: LibreOffice does not grow it to a run's size.
  const drawnRuns =
    framing || (named && value?.type === "string")
      ? looks.drawnRuns(at.r, at.c, () => places.sizesOf(at.r, at.c).rowHeight ?? looks.stackedRowHeight)
      : undefined;
  const mayShow = [
    ...rendered.filter((text) => text !== shown),
    ...retexted,
    ...(ownText ? [ownText] : []),
    ...(unreadable ? [UNREADABLE_SHOWN] : []),
  ];
  return { shown, rendered, written: rendered[0] ?? shown, mayShow, drawnRuns };
}

/** How a named figure shows in its cell: as "###", and how else it may show. */
interface FigureDrawn {
  readonly hashes: boolean;
  /** Too wide in another writing or font size its conditional formats may draw it in. */
  readonly otherwiseHashes: boolean;
  /** How it would show written so in that font size, for an .xls's conditional formats. */
  readonly drawn?: (how: NumberWriting | undefined, fontSize?: number) => DrawnFigure;
}

/**
 * How a figure is drawn in its room, as written and in the writings and font sizes an .ods's conditional
 * styles may draw it in, where that is too wide (red team, rounds 10 and 11: twelve decimals, a 26-pt
 * font).
 */
function figureDrawn(
  at: CellAt,
  layout: TextLayout | undefined,
  writing: NumberWriting | undefined,
  texts: CellTexts,
  sizes: CellSizes,
  places: SheetPlaces,
  looks: CellLooks,
): FigureDrawn {
  const value = at.value!.value as number;
  const drawn = (how: NumberWriting | undefined, fontSize?: number) =>
    drawnFigure(value, how ?? writing, layout, sizes, (s) => places.room(at.r, at.c, s), fontSize);
  if (drawn(undefined).hashes) return { hashes: true, otherwiseHashes: false };
  const otherTexts = texts.rendered.filter((text) => text !== texts.written).map((text) => ({ text }));
  const otherwise = [
    ...otherTexts.map((how) => drawn(how)),
    ...looks
      .conditionalSizes(at.r, at.c)
      .flatMap((size) => [writing, ...otherTexts].map((how) => drawn(how, size))),
  ];
  return { hashes: false, otherwiseHashes: otherwise.some((seen) => seen.hashes), drawn };
}

/** What a cell of the form looks like to a person: hidden, in what inks and sizes, laid out how, under what. */
function cellLook(at: CellAt, texts: CellTexts, places: SheetPlaces, looks: CellLooks): GridCell {
  const { r, c, value, named, framing } = at;
  const inked = (named && value?.type === "number") || framing;
  const inks = inked ? looks.inks(r, c, value!.value as number | string) : [];
  const concealed = places.concealment(r, c);
  const allSizes = places.sizesOf(r, c);
  const figure = named && value?.type === "number" ? value.value : undefined;
  // A figure saved without its result prints what it computes.
  const drawsFigure =
    named && (value?.type === "number" || (value === undefined && at.formula !== undefined));
  // Its sizes and the font sizes its conditional styles may draw it in (red team, round 19: a heading in
  // 1 pt; round 34: a 6-pt figure printed 2 pt high), for the core to judge.
  const conditionalFonts = looks.conditionalSizes(r, c);
  const drawnSizes: DrawnSizes | undefined =
    Object.keys(allSizes).length > 0 || conditionalFonts.length > 0
      ? { styles: [allSizes], ...(conditionalFonts.length > 0 ? { conditionalFonts } : {}) }
      : undefined;
  // A number in General, which Excel and LibreOffice write rounded where its column is too narrow for
  // its digits: an .ods cell in the standard format, another file's cell in General.
  const general = figure !== undefined && looks.general(r, c, at.cell);
  // Judged on its column's own width alone: none where the column sets none.
  const generalSizes =
    general && allSizes.columnWidth !== undefined && places.mergedTo(r, c) === undefined
      ? [allSizes]
      : undefined;
  // What the number's format writes, for whether its column is too narrow for it: LibreOffice draws an
  // .ods cell's as its data style renders it.
  const writing: NumberWriting | undefined =
    figure === undefined
      ? undefined
      : general
        ? "general"
        : numberWriting(texts.written, () => looks.plainWriting(at.cell));
  // How a text is laid out, where it may show cut: an .ods's own, an .xls cell style's.
  const textual = value?.type === "string" || (value === undefined && at.formula !== undefined);
  const layout = textual || value?.type === "number" ? looks.textLayout(r, c) : undefined;
  const drawn =
    value?.type === "number" ? figureDrawn(at, layout, writing, texts, allSizes, places, looks) : undefined;
  if (inked)
    looks.judge({
      row: r,
      col: c,
      address: at.address,
      content: value!.value as number | string,
      format: formatOf(at.cell),
      ...(drawn && !drawn.hashes ? { drawn: drawn.drawn! } : {}),
    });
  const laidIn =
    layout?.rotation === "stacked" && allSizes.rowHeight === undefined && looks.stackedRowHeight !== undefined
      ? { ...allSizes, rowHeight: looks.stackedRowHeight }
      : allSizes;
  const textLayout =
    layout && (textual ? reportedLayout(layout, () => laidIn) : reportedFigureLayout(layout, () => laidIn));
  // A named figure, or a text the form is read by, struck through: an .ods's cell styles, an .xls cell
  // style's font. A struck label reads as its row cancelled.
  const struck =
    (figure !== undefined || (value?.type === "string" && (named || framing))) && looks.struck(r, c);
  const crossed = figure !== undefined && looks.crossed(r, c);
  const mergedRoom = value?.type === "string" ? places.mergedRoom(r, c) : undefined;
  const underDrawing = looks.drawnOver(r, c);
  const mayShow = [
    ...texts.mayShow,
    ...(drawn?.otherwiseHashes ? [HASHES] : []),
    // Repeated to fill its cell (red team, round 37: 1,442 as 1,4421,442 read as ready from an .xls and an
    // .ods); a formula's figure, saved without it, as no program is sure to show it.
    ...(drawsFigure && layout?.horizontal.includes("fill")
      ? [repeatedToFill(figure === undefined ? UNREADABLE_SHOWN : (texts.written ?? String(figure)))]
      : []),
  ];
  const read: GridCell = {
    ...(value ? { value } : {}),
    ...(at.formula ? { formula: at.formula } : {}),
    ...(at.computed ? { computedBy: at.computed } : {}),
    ...(texts.shown !== undefined ? { shown: texts.shown } : {}),
    ...(mayShow.length > 0 ? { mayShow } : {}),
    ...(texts.drawnRuns ? { drawnRuns: texts.drawnRuns } : {}),
    ...(concealed ? { hidden: concealed } : {}),
    ...(inks.length > 0 ? { inks } : {}),
    ...(drawnSizes ? { drawnSizes } : {}),
    ...(generalSizes ? { generalSizes } : {}),
    ...(underDrawing ? { underDrawing } : {}),
    ...(textLayout ? { textLayout } : {}),
    ...(struck ? { struck } : {}),
    ...(crossed ? { crossed } : {}),
    ...(mergedRoom ? { mergedRoom } : {}),
  };
  return drawn?.hashes ? shownAsHashes(read) : read;
}

/**
 * Reads one sheet SheetJS parsed into the core's grid: every cell holding something counted against
 * the caps; the form's cells (the named ones, and the texts above and left of them) with what a person
 * sees of them, as `looks` tells for the file's format; any other cell as its value, formula and text.
 */
export function readSheet(
  ws: XLSX.WorkSheet,
  name: string,
  hidden: number | undefined,
  looks: CellLooks,
  scope: SheetScope,
  file: string,
  limits: ReadLimits,
  counted: { cells: number },
): GridSheet {
  const cells = new Map<string, GridCell>();
  const places = new SheetPlaces(ws, looks);
  const rows = (ws as XLSX.DenseWorkSheet)["!data"] ?? [];
  const framed: FramedText[] = [];
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const own = cell.t === "s" ? looks.ownText(r, c) : undefined;
      const ownNumber =
        cell.t === "n" || cell.t === "d" || typeof cell.f === "string" ? looks.ownNumber(r, c) : undefined;
      const value =
        ownNumber !== undefined
          ? ({ type: "number", value: ownNumber } as const)
          : cell.t === "z" && looks.emptyText(r, c)
            ? ({ type: "string", value: "" } as const)
            : own === undefined
              ? gridValue(cell)
              : own
                ? ({ type: "string", value: own } as const)
                : undefined;
      const address = toA1(r, c);
      const computed = computedBy(cell, address, looks.xls, (row, col) => rows[row]?.[col]);
      const formula =
        typeof cell.f === "string" && cell.f !== "" && computed?.kind !== "dataTable"
          ? odsReferencesAsA1(cell.f.replace(/^=/, ""))
          : undefined;
      if (!value && !formula && !computed) return;
      if (r >= limits.maxRowsPerSheet)
        throw new FileError(WORDS.file.tooManyRows, file, {
          sheet: name,
          row: r + 1,
          max: limits.maxRowsPerSheet,
        });
      if (++counted.cells > limits.maxCells)
        throw new FileError(WORDS.file.tooManyCells, file, { max: limits.maxCells });
      if (typeof cell.z === "string" && cell.z.length > MAX_FORMAT_LENGTH)
        throw new FileError(WORDS.file.formatTooLong, file, {
          length: cell.z.length,
          max: MAX_FORMAT_LENGTH,
        });
      // Only the named cells are the form's: the others are never shown to anyone as figures.
      const named = scope.named.has(address);
      const framing = value?.type === "string" && !named && r <= scope.corner.row && c <= scope.corner.col;
      const at: CellAt = { cell, r, c, address, value, formula, computed, named, framing };
      const texts = cellTexts(at, looks, places);
      const read: GridCell =
        named || framing
          ? cellLook(at, texts, places, looks)
          : {
              ...(value ? { value } : {}),
              ...(formula ? { formula } : {}),
              ...(computed ? { computedBy: computed } : {}),
              ...(texts.shown !== undefined ? { shown: texts.shown } : {}),
              ...(texts.mayShow.length > 0 ? { mayShow: texts.mayShow } : {}),
            };
      cells.set(address, read);
      if (framing) framed.push({ r, c, address });
    });
  });
  inkRunsOn(cells, framed, places, looks, (r, c) => !!cells.get(toA1(r, c)));
  looks.finish(cells);
  // An .xls's sheet state 3 is no state MS-XLS names; LibreOffice hides the sheet (red team, round 22).
  const visibility = hidden === 2 ? "veryHidden" : hidden ? "hidden" : "visible";
  const mergesDown = (ws["!merges"] ?? [])
    .filter(({ s, e }) => e.r > s.r)
    .map(({ s, e }) => ({ top: s.r, left: s.c, bottom: e.r, right: e.c }));
  return { name, visibility, cells, ...(mergesDown.length > 0 ? { mergesDown } : {}) };
}
