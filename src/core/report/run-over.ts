import type { GridCell, Ink, TextLayout } from "../grid/grid";
import { DEFAULT_FONT_SIZE } from "../layout/row-heights";
import { reportedInks } from "./legible";
import { characterCount } from "../text/text";

/** How a line of text is laid out in its cell, as far as whether it runs on over the cells beside it. */
export interface LineLayout {
  /** Each horizontal alignment a program may read its style with, of those that neither wrap, shrink nor turn it. */
  readonly horizontal: readonly string[];
  /** Its font's size, relative to the workbook's default font (11: as wide as the column counts). */
  readonly fontSize?: number;
  /** The room its indent takes, in characters of the column (red team, round 59: 15 levels hid its dates). */
  readonly indent?: number;
  /**
   * The runs it is written in, where it is written in some, each in its own size where it gives one (red
   * team, round 59: a 28-pt run of the period ran on over dark cells, measured in the cell's 11 pt).
   */
  readonly pieces?: readonly LinePiece[];
  /** Whether its font is bold in every reading: its letters are wider than the digits a column counts. */
  readonly bold?: boolean;
}

/** A run of a line written in runs: its text, and its font's size where it gives its own (as `fontSize`). */
export interface LinePiece {
  readonly text: string;
  readonly fontSize?: number;
}

/** A piece of a line with the colours its run gives its letters: none where it takes its cell's. */
export interface ColouredPiece extends LinePiece {
  readonly colours: readonly string[];
}

/** The room of the cells beside a line: each column's width (characters), and whether a cell there holds something. */
export interface RowRoom {
  readonly width: (col: number) => number | undefined;
  readonly holds: (col: number) => boolean;
}

/**
 * What a character of a label takes, in digits of its font, at its least (Vietnamese words in Calibri or
 * Times New Roman run about 0.95): a line is judged to run on only where it clearly does.
 */
const LEAST_CHARACTER = 0.8;

/**
 * How much wider a bold font's letters are, at their least (Liberation Sans and Serif, Carlito: 3 to 5 %;
 * red team, round 59: a bold line's end year ran on over dark cells, measured as plain).
 */
const BOLD_WIDER = 1.03;

/** The most columns beside its own a line is followed over: a form's widest line crosses a dozen. */
const MOST_COLUMNS = 64;

/** Left or General: a line runs on to the right. Right: to the left. Centred: both ways, half each. */
const TO_RIGHT = new Set(["general", "left"]);
const TO_LEFT = new Set(["right"]);
const BOTH_WAYS = new Set(["center", "centerContinuous"]);

/** The columns a line runs on over, and the column of the cell that cuts it, where one does. */
export interface LineRun {
  readonly over: readonly number[];
  /** The column (from 0) of the first cell holding something that the line reaches before its end. */
  readonly cutBy?: number;
  /** The pieces (`LineLayout.pieces`, by index) that reach past its own column, drawn over those beside it. */
  readonly passing: readonly number[];
}

/**
 * The columns a line drawn from column `col` runs on over, its own too narrow for it: Excel and
 * LibreOffice draw it on over the empty cells beside it, on their fills, up to the first that holds
 * something, where it is cut. A person reads its words there, so a fill they vanish on hides them (red
 * team, round 55: the unit and period line run from a narrowed column A over a row of black cells showed
 * "Đơn vị báo"), and a cell holding anything (a space) cuts it. None where a column's width is not known.
 */
export function lineRun(text: string, layout: LineLayout, col: number, room: RowRoom): LineRun {
  const own = room.width(col);
  if (own === undefined) return NO_RUN;
  const lengths = (layout.pieces ?? [{ text }]).map(
    (piece) =>
      characterCount(piece.text) *
      LEAST_CHARACTER *
      ((piece.fontSize ?? layout.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) *
      (layout.bold ? BOLD_WIDER : 1),
  );
  const indent = layout.indent ?? 0;
  const length = lengths.reduce((sum, piece) => sum + piece, indent);
  const over = length - own;
  if (!(over > 0)) return NO_RUN;
  const columns = new Set<number>();
  const passing = new Set<number>();
  let cutBy: number | undefined;
  const run = (step: 1 | -1, length: number) => {
    const cut = walk(col, step, length, room, columns);
    if (cut !== undefined) cutBy ??= cut;
  };
  /** The pieces that pass the column's edges, the line begun `start` from its left edge. */
  const pass = (start: number) => {
    let at = start;
    lengths.forEach((piece, index) => {
      if (at < 0 || at + piece > own) passing.add(index);
      at += piece;
    });
  };
  for (const horizontal of layout.horizontal) {
    if (TO_RIGHT.has(horizontal)) {
      run(1, over);
      pass(indent);
    } else if (TO_LEFT.has(horizontal)) {
      run(-1, over);
      pass(-over);
    } else if (BOTH_WAYS.has(horizontal)) {
      run(1, over / 2);
      run(-1, over / 2);
      pass(indent - over / 2);
    }
  }
  return {
    over: [...columns].sort((a, b) => a - b),
    passing: [...passing].sort((a, b) => a - b),
    ...(cutBy !== undefined ? { cutBy } : {}),
  };
}

const NO_RUN: LineRun = { over: [], passing: [] };

/** A way conditional formats may draw a line over an empty cell: the rule that holds over each, if any. */
export interface RuleDrawing<R> {
  readonly line?: R;
  readonly under?: R;
}

/**
 * The ways the conditional formats over a line (`overLine`) and over an empty cell it runs on over
 * (`overGround`) may draw it there: with none; with each rule over one of them, with or without each over
 * the other. A rule over both whose condition reads the row alone (`byRow`) holds over both or neither
 * (red team, round 60: a row's banding, white on dark, judged white on the cells' own white); any other
 * may hold over one alone (a fill of the cells that hold something, white on dark, leaves the line's white
 * on the empty cells' white).
 */
export function ruleDrawings<R>(
  overLine: readonly R[],
  overGround: readonly R[],
  byRow: (rule: R) => boolean,
): RuleDrawing<R>[] {
  const paired = overLine.filter((rule) => byRow(rule) && overGround.includes(rule));
  const lineAlone = overLine.filter((rule) => !paired.includes(rule));
  const groundAlone = overGround.filter((rule) => !paired.includes(rule));
  return [
    ...[undefined, ...lineAlone].flatMap((line) =>
      [undefined, ...groundAlone].map((under) => ({
        ...(line !== undefined ? { line } : {}),
        ...(under !== undefined ? { under } : {}),
      })),
    ),
    ...paired.map((rule) => ({ line: rule, under: rule })),
  ];
}

/**
 * A text's cell as a reader reports it once its line is followed: with `inks`, those it is drawn in over
 * the cells it runs on over, and the column of the cell that cuts it (`cutBy`) on its layout (its own, else
 * `layout`'s); none where the line shows neither.
 */
export function ranOn(
  cell: GridCell,
  inks: readonly Ink[],
  cutBy: number | undefined,
  layout: () => TextLayout,
): GridCell | undefined {
  if (inks.length === 0 && cutBy === undefined) return undefined;
  return {
    ...cell,
    ...(inks.length > 0 ? { inks: reportedInks([...(cell.inks ?? []), ...inks]) } : {}),
    ...(cutBy !== undefined ? { textLayout: { ...(cell.textLayout ?? layout()), cutBy } } : {}),
  };
}

/**
 * Adds the columns a line's `over` characters run on over, from `col` in direction `step`; the column of
 * the cell holding something that cuts it, if one does.
 */
function walk(col: number, step: 1 | -1, over: number, room: RowRoom, into: Set<number>): number | undefined {
  let left = over;
  for (let c = col + step, n = 0; left > 0 && c >= 0 && n < MOST_COLUMNS; c += step, n++) {
    const width = room.width(c);
    if (width === undefined) return undefined;
    if (room.holds(c)) return c;
    into.add(c);
    left -= width;
  }
  return undefined;
}
