import type * as XLSX from "@e965/xlsx";
import type {
  CellConcealment,
  CellSizes,
  DrawingKind,
  DrawnRuns,
  GridCell,
  Ink,
  TextLayout,
} from "../../core/grid/grid";
import { relativeFontSize, type NumberWriting } from "../../core/report/column-room";
import type { ColouredPiece } from "../../core/report/run-over";
import { shownText } from "../../core/number-formats/format-pieces";
import { plainWriting } from "../../core/number-formats/number-formats";
import { shownNumber } from "../number-formats/number-formats";
import type { JudgedCell } from "./xls-conditional-cells";

/** A cell's number format as SheetJS gives it, General where it gives none. */
export const formatOf = (cell: XLSX.CellObject | undefined): string =>
  typeof cell?.z === "string" ? cell.z : "General";

/**
 * How the cells of one sheet read by SheetJS look, where SheetJS does not keep it: an .ods's content and
 * styles, an .xls's own records. Each format answers from what it holds; the sheet's reader
 * (`readSheet`) asks the same questions of every format. Rows and columns are from 0.
 */
export interface CellLooks {
  /** Whether the file is an .xls, whose formulas SheetJS writes in its own way. */
  readonly xls: boolean;
  /** A cell's own text, where SheetJS reads another into it (a drawing's anchored in it). */
  ownText(r: number, c: number): string | undefined;
  /**
   * Whether a cell SheetJS reads as no value holds a text of no characters: an .ods's, which LibreOffice
   * keeps as a text that its formulas cannot add.
   */
  emptyText(r: number, c: number): boolean;
  /**
   * A cell's figure, where SheetJS reads another: an .ods's date counted from its own day 0, an .xls
   * formula's numeric result SheetJS reads as the text of a STRING record after it.
   */
  ownNumber(r: number, c: number): number | undefined;
  /**
   * The height (points) of a row that stores none, where it does not grow to its text: an .xls's default
   * row height, which cuts text stacked letter under letter (red team, round 15) or a run too large for it
   * (round 19); an .ods's rows grow.
   */
  readonly stackedRowHeight?: number;
  /** Whether a column hides by its width of 0 (its own, as SheetJS reads it, else the sheet's default). */
  zeroWide(column: XLSX.ColInfo | undefined): boolean;
  /** A row or column hidden in a way SheetJS does not read. */
  concealment(r: number, c: number): CellConcealment | undefined;
  /** A column's width (characters), where SheetJS reads none. */
  columnWidth(c: number): number | undefined;
  /** The sheet's width of a column no record sizes. */
  readonly defaultWidth: number | undefined;
  /**
   * The width a merge across columns no record sizes is measured in, where `defaultWidth` is not told:
   * an .xlsx's `sheetFormatPr`, which SheetJS does not read (`GridCell.mergedRoom`).
   */
  readonly mergedDefaultWidth?: number;
  /** A cell's font size (points). */
  fontSize(r: number, c: number): number | undefined;
  /** A cell's sizes where the format keeps its own, over those SheetJS reads. */
  sizes(r: number, c: number): CellSizes | undefined;
  /** A cell's sizes as the room of its figure in its column is judged. */
  room(sizes: CellSizes): CellSizes;
  /** The text a format's text section shows instead of `text`, where the format's own text is read so. */
  textShown(cell: XLSX.CellObject, text: string): string | undefined;
  /** The text a named number shows. */
  shownNumber(cell: XLSX.CellObject, value: number): string | undefined;
  /** The texts a number is drawn in, where the format renders it itself (an .ods's data styles). */
  rendered(r: number, c: number, value: number): string[];
  /** The texts a text may show, where the format renders it itself; undefined where it does not. */
  retexted(r: number, c: number, text: string): string[] | undefined;
  /** Whether the program shows words the cell's text does not hold (an .ods's markup it reads otherwise). */
  unreadableText(r: number, c: number): boolean;
  /**
   * A text written in runs as a program draws them, in a row `rowHeight` high, where the format tells: for
   * the core to judge what a person reads of it (`GridCell.drawnRuns`). The row's height is asked only of
   * a text written in runs: a form's texts are read in every report.
   */
  drawnRuns(r: number, c: number, rowHeight: () => number | undefined): readonly DrawnRuns[] | undefined;
  /** Whether a number shows in General (rounded where its column is too narrow). */
  general(r: number, c: number, cell: XLSX.CellObject): boolean;
  /** How a format writes any figure, where the format is read so. */
  plainWriting(cell: XLSX.CellObject): NumberWriting | undefined;
  textLayout(r: number, c: number): TextLayout | undefined;
  /** The inks a cell writes `content` in. */
  inks(r: number, c: number, content: number | string): readonly Ink[];
  /**
   * The alignments a cell's text is drawn in on one line, neither wrapped, shrunk nor turned, where the
   * format tells: where too long for its column, it runs on over the empty cells beside it.
   */
  lineAlignments(r: number, c: number): readonly string[];
  /**
   * The runs a cell's text is written in, each in its font's size (points) and colours where it gives
   * them, where the format tells: how far its line runs on over the cells beside it, in what inks.
   */
  lineRuns(r: number, c: number): readonly ColouredPiece[] | undefined;
  /** Whether a cell's text is drawn in a bold font, in every reading of its style. */
  bold(r: number, c: number): boolean;
  /**
   * The inks a cell's text `content` is drawn in over the empty cell of its row at column `ground`: of
   * the runs that reach it (`runs`, their colours, `undefined` for the cell's own), where it is written in some.
   */
  inksOver(
    r: number,
    c: number,
    ground: number,
    content: string,
    runs?: readonly (string | undefined)[],
  ): readonly Ink[];
  struck(r: number, c: number): boolean;
  /** Whether a diagonal border of the cell's style is drawn over it. */
  crossed(r: number, c: number): boolean;
  /** The font sizes a cell's conditional formats may draw it in. */
  conditionalSizes(r: number, c: number): number[];
  drawnOver(r: number, c: number): DrawingKind | undefined;
  /** A figure or text of the form whose conditional formats are judged once the sheet is read. */
  judge(cell: JudgedCell): void;
  /** Marks what the judged cells' conditional formats may make them show, once all are read. */
  finish(cells: Map<string, GridCell>): void;
}

/**
 * The looks SheetJS reads itself, with nothing of a format's own: an .xlsx read by SheetJS (the
 * campaign workbook), or an .xls sheet whose records were not found. `defaultFontSize`: the workbook's;
 * `mergedDefaultWidth`: an .xlsx sheet's width of a column no record sizes, as its merges are measured.
 */
export function plainLooks(xls: boolean, defaultFontSize?: number, mergedDefaultWidth?: number): CellLooks {
  return {
    ...(mergedDefaultWidth !== undefined ? { mergedDefaultWidth } : {}),
    xls,
    ownText: () => undefined,
    emptyText: () => false,
    ownNumber: () => undefined,
    zeroWide: () => false,
    concealment: () => undefined,
    columnWidth: () => undefined,
    defaultWidth: undefined,
    fontSize: () => undefined,
    sizes: () => undefined,
    room: (sizes) => ({ ...sizes, fontSize: relativeFontSize(sizes.fontSize, defaultFontSize) }),
    textShown: (cell, text) => (typeof cell.z === "string" ? shownText(cell.z, text) : undefined),
    shownNumber: (cell, value) => shownNumber(formatOf(cell), value),
    rendered: () => [],
    retexted: () => undefined,
    unreadableText: () => false,
    drawnRuns: () => undefined,
    general: (_, __, cell) => formatOf(cell).toLowerCase() === "general",
    plainWriting: (cell) => plainWriting(formatOf(cell)),
    textLayout: () => undefined,
    inks: () => [],
    lineAlignments: () => [],
    lineRuns: () => undefined,
    bold: () => false,
    inksOver: () => [],
    struck: () => false,
    crossed: () => false,
    conditionalSizes: () => [],
    drawnOver: () => undefined,
    judge: () => {},
    finish: () => {},
  };
}
