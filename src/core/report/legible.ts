import type { CellSizes, Ink } from "../grid/grid";
import { remembered } from "../remembered";

/** sRGB's relative luminance (WCAG 2), of "RRGGBB". */
function luminance(rgb: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(rgb.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Below this contrast a figure cannot be told from its background: white on white is 1, yellow on white
 * 1.07, light grey (#D9D9D9) on white 1.4; the palest text a form might use, grey #A6A6A6, is 2.4.
 */
const LEAST_CONTRAST = 1.5;

/** Luminances already worked out: a workbook uses a handful of colours on thousands of cells. */
const luminanceOf = remembered(luminance, 4_096);

/** The contrast of an ink (WCAG 2: from 1, the same colour, to 21, black on white). */
export function contrastOf(ink: Ink): number {
  const [a, b] = [luminanceOf(ink.text), luminanceOf(ink.background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Whether a figure written in this ink can be read at all. */
export const isLegible = (ink: Ink): boolean => contrastOf(ink) >= LEAST_CONTRAST;

/** Automatic text is the system's window text (black); a cell without a fill shows the window (white). */
export const AUTO_TEXT = "000000";
export const NO_FILL = "FFFFFF";

/** Black on white, which every reader assumes: a reader need not report it. */
export const isPlainInk = (ink: Ink): boolean => ink.text === AUTO_TEXT && ink.background === NO_FILL;

/** The inks a reader reports of a cell: each once, black on white left out. */
export function reportedInks(inks: readonly Ink[]): Ink[] {
  const seen = new Set<string>();
  return inks.filter((ink) => {
    const key = `${ink.text}/${ink.background}`;
    return !isPlainInk(ink) && !seen.has(key) && !!seen.add(key);
  });
}

/**
 * The inks of a text written wholly in runs of their own colours (blank runs aside), on each of
 * `backgrounds`: its cell's font colour is never drawn (red team, round 60: white words typed on a black
 * banner in LibreOffice, over the cell's black font, read as black on black). Undefined where a run takes
 * the cell's colour.
 */
export function runsInks(
  runs: readonly { readonly text: string; readonly colours: readonly string[] }[],
  backgrounds: readonly string[],
): Ink[] | undefined {
  if (!runs.every(({ text, colours }) => colours.length > 0 || text.trim() === "")) return undefined;
  const texts = new Set(runs.flatMap(({ colours }) => colours));
  return reportedInks([...texts].flatMap((text) => backgrounds.map((background) => ({ text, background }))));
}

/**
 * Below these a figure cannot be made out: a row lower than 3 pt (rows are 15 pt; a 1 pt row shows a
 * line), a column narrower than one character, a font smaller than 4 pt (forms use 11).
 */
const LEAST_SIZES: Required<CellSizes> = { rowHeight: 3, columnWidth: 1, fontSize: 4 };
/**
 * What a superscript or a subscript is drawn at, of its font's size: LibreOffice's 58 % (Excel's is
 * about as small). A 4.5-pt superscript figure is drawn about 2.6 pt high (red team, round 9).
 */
export const SCRIPT_SIZE = 0.58;

/** A font smaller than this is too small to read, however a program comes to draw it so. */
export const LEAST_FONT_SIZE = LEAST_SIZES.fontSize;

/**
 * A figure printed smaller than this, in points of its font's size at the scale its sheet prints at, is
 * too small to read on paper. The templates' widest form, Biểu 02, prints at 44 % (its 11-pt figures at
 * 4.9 pt) in Calibri's widths, and at 34 % (3.7 pt) where LibreOffice lays it out in DejaVu Sans, a font a
 * third wider, for want of Carlito; a scale of 25 % prints them at 2.75 pt.
 */
export const LEAST_PRINTED_SIZE = 3;

/**
 * A row lower than this part of its font's size cuts its figures: LibreOffice draws a line from its
 * baseline up, the descent below it, so an 11-pt figure needs about 10 pt of row — in 5 pt it showed a
 * sliver of its tops (red team, round 7: L1), in 8 pt 386 read as 380 and 23 as 25, and a 28-pt 900 in a
 * 15-pt row as 300 (round 25).
 */
export const LEAST_ROW_PER_FONT = 0.9;

/** The size of a cell's font where a reader does not tell it: Excel's default, the templates' own. */
export const DEFAULT_FONT_SIZE = 11;

const SIZES = ["rowHeight", "columnWidth", "fontSize"] as const;

/** Whether a row this high is too low for its font (11 pt where not told): under 3 pt, or 0.9 of the font. */
const rowTooLow = (rowHeight: number, fontSize: number | undefined) =>
  rowHeight < Math.max(LEAST_SIZES.rowHeight, (fontSize ?? DEFAULT_FONT_SIZE) * LEAST_ROW_PER_FONT);

const isTooSmall = (sizes: CellSizes, size: keyof CellSizes) =>
  size === "rowHeight"
    ? sizes.rowHeight !== undefined && rowTooLow(sizes.rowHeight, sizes.fontSize)
    : sizes[size] !== undefined && sizes[size] < LEAST_SIZES[size];

/** Which of a cell's sizes is too small to show its figure, if one is. */
export function tooSmall(sizes: CellSizes): keyof CellSizes | undefined {
  // Asked of every form cell, in every style it is drawn in: each size read by its name, nothing made.
  const { rowHeight, columnWidth, fontSize } = sizes;
  if (rowHeight !== undefined && rowTooLow(rowHeight, fontSize)) return "rowHeight";
  if (columnWidth !== undefined && columnWidth < LEAST_SIZES.columnWidth) return "columnWidth";
  if (fontSize !== undefined && fontSize < LEAST_SIZES.fontSize) return "fontSize";
  return undefined;
}

/**
 * Those of a cell's sizes too small to show a figure, if any, with the font's size beside a row too low for
 * it (what the row is judged against).
 */
export function tooSmallSizes(sizes: CellSizes): CellSizes | undefined {
  // Asked of every form cell of every file: nothing is made for the cells of ordinary size.
  if (tooSmall(sizes) === undefined) return undefined;
  const small: { -readonly [size in keyof CellSizes]: number } = {};
  for (const size of SIZES) if (isTooSmall(sizes, size)) small[size] = sizes[size]!;
  if (small.rowHeight !== undefined && sizes.fontSize !== undefined) small.fontSize = sizes.fontSize;
  return small;
}

/**
 * The largest font Excel sets, 409 pt. A run larger is drawn as nothing or a sliver where the form is read:
 * LibreOffice saves an .xlsx run of `sz="-11"` as an .ods span of 121,747,096 pt (drawn as nothing) and an
 * .xls font of 866 pt (the foot of a letter in a 15-pt row).
 */
const MOST_FONT_SIZE = 409;

/** Whether a run of this size shows its letters. */
export const isDrawnSize = (size: number): boolean => size >= LEAST_FONT_SIZE && size <= MOST_FONT_SIZE;
