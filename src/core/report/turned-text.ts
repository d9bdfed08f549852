import type { TextLayout } from "../grid/grid";
import { characterCount, type Text } from "../text/text";
import { WORDS } from "../vocabulary";
import { CHARACTER_POINTS, DEFAULT_FONT_SIZE } from "../layout/row-heights";

/**
 * What a character takes along its line, in ems, measured short (digits and most letters take more), and
 * across, stacked one under another: a text is judged cut only where it clearly does not fit.
 */
const CHARACTER_LENGTH = 0.45;
const STACKED_LINE = 1.1;

/**
 * How high a turned text stands: its length times the sine of its angle, or its characters stacked one
 * under the other. A text not turned stands as high as its font: never cut by this.
 */
function standsHigh(text: string, layout: TextLayout): number {
  const fontSize = layout.fontSize ?? DEFAULT_FONT_SIZE;
  const characters = characterCount(text);
  if (layout.rotation === "stacked") return characters * fontSize * STACKED_LINE;
  const angle = ((layout.rotation ?? 0) * Math.PI) / 180;
  return characters * fontSize * CHARACTER_LENGTH * Math.abs(Math.sin(angle));
}

/**
 * Whether a turned text stands higher than the height its row stores, to which a program then cuts it
 * (where it wraps, in a column `wrapsIn` characters wide, its lines side by side take more than that):
 * "Chưa đạt" turned upright in a row of 23 pt showed "đạt", 500,000,000 showed "50" (red team, round 9).
 * A row that stores no height grows to what it holds, in Excel and LibreOffice alike.
 */
export function turnedCut(text: string, layout: TextLayout, wrapsIn?: number): boolean {
  if (layout.rotation === undefined || layout.rowHeight === undefined) return false;
  const high = standsHigh(text, layout);
  if (high <= layout.rowHeight) return false;
  // A turned text that wraps runs on in lines side by side, as many as its row's height needs, across
  // its column; a stacked one LibreOffice cuts all the same.
  if (wrapsIn === undefined || layout.rotation === "stacked") return true;
  const lines = Math.ceil(high / layout.rowHeight);
  return lines * (layout.fontSize ?? DEFAULT_FONT_SIZE) * LINE_SPACING > wrapsIn * CHARACTER_POINTS;
}

/**
 * The font size a text shrunk to fit its column is drawn at, where that is smaller than its own: its
 * characters (a digit or a Calibri 11 letter a character of the column each, scaled by its font) with half
 * a character of padding, fitted to the column's width.
 */
export function shrunkSize(text: string, layout: TextLayout): number | undefined {
  if (!layout.shrinks || layout.width === undefined) return undefined;
  const fontSize = layout.fontSize ?? DEFAULT_FONT_SIZE;
  const needed = (characterCount(text) * fontSize) / DEFAULT_FONT_SIZE + SHRINK_PADDING;
  return layout.width < needed ? (fontSize * layout.width) / needed : undefined;
}

const SHRINK_PADDING = 0.5;

/** A line's height in ems. */
const LINE_SPACING = 1.2;

/** A turn as a person reads it: "90°", "−45°", or stacked letter under letter, in both languages. */
export function turnText(rotation: number | "stacked"): Text {
  if (rotation === "stacked") return WORDS.report.stacked;
  const degrees = `${String(rotation).replace("-", "−")}°`;
  return { vi: degrees, en: degrees };
}

/**
 * A turn as Excel's files write it (an .xlsx's `textRotation`, an .xls XF's trot): 1–90 degrees up, 91–180
 * down (135 is 45 down), 255 stacked. What no program writes (over 180, not a number) is taken as the
 * worst: stacked.
 */
export function excelTurn(value: string | number | undefined): number | "stacked" | undefined {
  const degrees = Number(typeof value === "string" ? value.trim() : (value ?? 0));
  if (degrees === 0) return undefined;
  if (Number.isInteger(degrees) && degrees > 0 && degrees <= 90) return degrees;
  if (Number.isInteger(degrees) && degrees > 90 && degrees <= 180) return 90 - degrees;
  return "stacked";
}

/** Degrees in one of an angle's units as ODF 1.3 writes them (degrees where none is given). */
const DEGREES_PER: Readonly<Record<string, number>> = { "": 1, deg: 1, grad: 0.9, rad: 180 / Math.PI };

/**
 * An .ods angle (`style:rotation-angle`) in whole degrees counter-clockwise, 0 to 359, or undefined where
 * it cannot be read.
 */
function odsDegrees(angle: string | undefined): number | undefined {
  const parts = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(deg|grad|rad)?\s*$/.exec(angle ?? "0");
  const degrees = parts ? Number(parts[1]) * DEGREES_PER[parts[2] ?? ""]! : NaN;
  return Number.isFinite(degrees) ? ((Math.round(degrees) % 360) + 360) % 360 : undefined;
}

/**
 * An .ods cell's turn where it turns its text over, more than 90 degrees either way: in degrees
 * counter-clockwise, 91 to 269; otherwise none.
 */
export function odsUpsideDownBy(angle: string | undefined): number | undefined {
  const turn = odsDegrees(angle);
  return turn !== undefined && turn > 90 && turn < 270 ? turn : undefined;
}

/**
 * An .ods cell's turn (`style:rotation-angle`, any of the circle) as the angle of its line to the level,
 * up to 90 either way (what it stands high by), or none; one that cannot be read as the worst, upright.
 */
export function odsTurn(angle: string | undefined): number | undefined {
  let level = odsDegrees(angle);
  if (level === undefined) return 90;
  if (level > 180) level -= 360;
  if (level > 90) level = 180 - level;
  if (level < -90) level = -180 - level;
  return level === 0 ? undefined : level;
}
