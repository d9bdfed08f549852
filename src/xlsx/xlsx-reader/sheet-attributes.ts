import { FileError } from "../errors";
import type { XmlAttributes } from "../xml/xml-stream";
import { WORDS } from "../../core/vocabulary";
import { DEFAULT_FONT_SIZE } from "../../core/layout/row-heights";

/** A sheet that programs would read differently, or not at all: refused. */
export function corrupt(file: string, detail: string): never {
  throw new FileError(WORDS.file.corrupt, file, {}, detail);
}

/**
 * A yes-or-no attribute: "1", "true", "0", "false" or none. Any other ("on", "t", "2", " 1 ") some
 * programs read as yes and others as no: refused.
 */
export function flag(attributes: XmlAttributes, name: string, file: string): boolean {
  const value = attributes.get(name);
  if (value === undefined || value === "0" || value === "false") return false;
  return value === "1" || value === "true" || corrupt(file, `${name}="${value.slice(0, 20)}"`);
}

/** An outline level: a whole number of at most seven; anything else is refused. */
export function outlineLevel(attributes: XmlAttributes, file: string): number {
  const value = attributes.get("outlineLevel");
  if (value === undefined) return 0;
  return /^[0-7]$/.test(value) ? Number(value) : corrupt(file, `outlineLevel="${value.slice(0, 20)}"`);
}

/**
 * The width, in characters padding included, of a column no element sizes on a sheet that sets no
 * default width: its base width in digits (8 unless the sheet says otherwise: `baseColWidth`,
 * DEFCOLWIDTH) and 5 pixels of a digit's 7, as LibreOffice lays it out (Excel rounds it up to 64 pixels,
 * 9.14; LibreOffice's narrower width is where a figure shows "###" first).
 */
export const baseColumnWidth = (digits = 8): number => digits + 5 / 7;

/**
 * A number attribute as LibreOffice reads it, by the number it starts with: "2pt" and "2,5" are 2, ""
 * is 0 (Excel asks to repair such a file; LibreOffice draws the column 2 wide: red team, round 12).
 * Undefined where no number starts it.
 */
export function leadingNumber(text: string): number | undefined {
  const value = text.trim() === "" ? 0 : parseFloat(text);
  return Number.isNaN(value) ? undefined : value;
}

/** A CT_BooleanProperty (a font's `strike`, `b`…): present is true unless its val says false. */
export const isOn = (attributes: XmlAttributes): boolean =>
  !["0", "false"].includes(attributes.get("val")?.trim() ?? "1");

/** Whether a font's `vertAlign` draws it smaller than its size: a superscript or a subscript. */
export const isScript = (attributes: XmlAttributes): boolean =>
  /^(super|sub)script$/.test(attributes.get("val")?.trim() ?? "");

/** A size a program sizes a row, column or font by: a positive number (0 hides; programs ignore less). */
export function size(text: string | undefined): number | undefined {
  const value = text === undefined ? undefined : leadingNumber(text);
  return value !== undefined && value > 0 ? value : undefined;
}

/**
 * A column's width as Excel lays it out at 100 %: so many characters of the workbook's default font (its
 * Normal style's), each the width of its digits, 7 pixels for Calibri 11; 64 pixels by default.
 */
const PIXELS_PER_CHARACTER = 7;
/** Excel's width of a column no record sizes: 8 digits and 8 pixels of margin and grid line. */
const DEFAULT_WIDTH_DIGITS = 8;
const DEFAULT_WIDTH_MARGIN = 8;

/**
 * The pixels a character of a column's width takes where the workbook's default font is `fontSize` points:
 * Calibri 11's 7, and for a larger size in proportion (red team, round 32: a default font of 36 pt made
 * every column three times as wide, so the forms fitted to a page wide printed their 11-pt figures 0.8 pt
 * high, read as printing at 28 %). Taken at Calibri's narrow digits, never wider than Excel draws them; a
 * smaller size keeps 7 (Arial 10 draws its digits 7 pixels wide, and narrower columns would reach drawings
 * over cells they do not cover).
 */
export const characterPixels = (fontSize: number | undefined): number =>
  fontSize === undefined || !(fontSize > DEFAULT_FONT_SIZE)
    ? PIXELS_PER_CHARACTER
    : Math.round((PIXELS_PER_CHARACTER * fontSize) / DEFAULT_FONT_SIZE);

/** A width in characters, in whole pixels, at `perCharacter` pixels a character (`characterPixels`). */
export const columnPixels = (characters: number, perCharacter: number) =>
  Math.trunc(characters * perCharacter + 0.5);

/** A sheet's width of a column no record sizes, in pixels: its default (characters), else Excel's (64 for Calibri 11). */
export const defaultColumnPixels = (characters: number | undefined, perCharacter: number) =>
  characters !== undefined
    ? columnPixels(characters, perCharacter)
    : DEFAULT_WIDTH_DIGITS * perCharacter + DEFAULT_WIDTH_MARGIN;
