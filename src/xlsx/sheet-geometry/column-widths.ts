import { DEFAULT_FONT_SIZE } from "../../core/layout/row-heights";
import type { XmlAttributes } from "../xml/xml-stream";
import { size } from "./stored-sizes";

/**
 * The width, in characters padding included, of a column no element sizes on a sheet that sets no
 * default width: its base width in digits (8 unless the sheet says otherwise: `baseColWidth`,
 * DEFCOLWIDTH) and 5 pixels of a digit's 7, as LibreOffice lays it out (Excel rounds it up to 64 pixels,
 * 9.14; LibreOffice's narrower width is where a figure shows "###" first).
 */
export const baseColumnWidth = (digits = 8): number => digits + 5 / 7;

/**
 * The width (characters) of a column no `col` element sizes on a sheet whose `sheetFormatPr` has these
 * attributes: its `defaultColWidth`, else its base width (`baseColumnWidth`). Both .xlsx readers measure
 * such columns by it, so a merge across them gets one verdict.
 */
export const unsizedColumnWidth = (format: XmlAttributes): number =>
  size(format.get("defaultColWidth")) ?? baseColumnWidth(size(format.get("baseColWidth")));

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
