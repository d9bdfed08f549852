import type { Area } from "../grid/a1";
import type { Text } from "../text/text";
import type { ConditionalLook, StyleKey } from "./styles";

/**
 * A sheet plan: a plain description of what to put where, translated by both writers (the .xlsx file
 * writer and the Office.js host). Rows and columns are zero-based.
 */
export interface PlanCell {
  readonly row: number;
  readonly col: number;
  readonly value?: string | number | null;
  /** Without the leading "="; `value` then holds the cached result, if known. */
  readonly formula?: string;
  readonly style?: StyleKey;
  readonly numFmt?: string;
  /** Inputs are unlocked; everything else stays locked under sheet protection. */
  readonly unlocked?: boolean;
}

/**
 * One number for a cell's place, for sets and maps of places: a sheet has at most 16,384 columns, so two
 * places never share one, and a number is found without building a text per cell.
 */
export const placeKey = (row: number, col: number): number => row * 16_384 + col;

interface ValidationBase {
  readonly areas: readonly Area[];
  /** At most 32 characters and 225 for the message: Excel refuses (or "repairs") longer ones. */
  readonly title: string;
  readonly message: string;
}

/** Whole numbers between min and max: every input of a form. */
export interface WholeValidation extends ValidationBase {
  readonly min: number;
  readonly max: number;
}

/**
 * A drop-down of the values in a range of the workbook (an inline list holds 255 characters at most).
 * `warnOnly`: another value is let through after a warning (a new bloc), rather than refused.
 */
export interface ListValidation extends ValidationBase {
  /** The range, as a formula without "=": 'Hướng dẫn'!$A$12:$A$17. */
  readonly list: string;
  readonly warnOnly: boolean;
}

export type PlanValidation = WholeValidation | ListValidation;

/** A bar chart of one column of figures against one column of labels; hosts that cannot draw skip it. */
export interface PlanChart {
  readonly title: Text;
  readonly categories: Area;
  readonly values: Area;
  readonly seriesName: string;
  /** Where the chart's top-left corner goes. */
  readonly anchor: { readonly row: number; readonly col: number };
  /** How many rows and columns the chart covers from its anchor: tall enough for every bar's label. */
  readonly size: { readonly rows: number; readonly cols: number };
}

/** An Excel table (ListObject) over an area whose first row holds the column names. */
export interface PlanTable {
  readonly name: string;
  readonly area: Area;
}

/**
 * A look the cells of `areas` take while `formula` is true. The formula is written without "=" as for the
 * top-left cell of the first area; its relative references shift for every other cell, as in Excel.
 * Only functions every spreadsheet computes alike (Excel 2007+, LibreOffice, WPS, Google Sheets), and
 * only references to the same sheet: Google Sheets refuses others in a conditional format.
 */
export interface PlanConditionalFormat {
  readonly areas: readonly Area[];
  readonly formula: string;
  readonly look: ConditionalLook;
}

/** Header and footer text, left, centre and right; "{page}" and "{pages}" stand for the page numbers. */
export interface PlanPageText {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/**
 * How a sheet prints: A4 always, one page wide, as many pages tall as it needs; or, for a table too wide
 * to read so, several pages wide.
 */
export interface PlanPrint {
  readonly orientation: "portrait" | "landscape";
  /** Rows printed again at the top of every page, zero-based and inclusive. */
  readonly repeatRows?: { readonly top: number; readonly bottom: number };
  /** What prints; the used range when absent. */
  readonly area?: Area;
  /** Rows that begin a new page, zero-based: a chart and the figures beside it are kept off a page break. */
  readonly breaks?: readonly number[];
  /**
   * How many pages tall it is fitted to, besides one page wide: each form prints whole on one page (issue
   * 64), shrunk no more than both its width and its height need. As many as it takes where absent.
   */
  readonly tall?: number;
  readonly header?: PlanPageText;
  readonly footer?: PlanPageText;
  /**
   * Printed several pages wide, across then down, at `scale` percent: the columns naming the table's
   * rows on every page, each page beginning at one of `columnBreaks` (zero-based columns). A `preface`
   * prints on a page of its own ahead of the strips, `area` then beginning below it.
   */
  readonly wide?: {
    readonly scale: number;
    readonly repeatColumns: { readonly left: number; readonly right: number };
    readonly columnBreaks: readonly number[];
    readonly preface?: Area;
  };
}

/**
 * The areas a sheet prints, each beginning a page of its own: a wide table's preface first, then its print
 * area; none where the used range prints.
 */
export const printAreas = (print: PlanPrint): readonly Area[] =>
  print.area ? [...(print.wide?.preface ? [print.wide.preface] : []), print.area] : [];

export interface SheetPlan {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly cells: readonly PlanCell[];
  readonly merges: readonly Area[];
  /** Widths in characters, by column index. */
  readonly columnWidths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly validations: readonly PlanValidation[];
  readonly protect: boolean;
  readonly charts?: readonly PlanChart[];
  readonly tables?: readonly PlanTable[];
  readonly conditionalFormats?: readonly PlanConditionalFormat[];
  readonly links?: readonly PlanLink[];
  /** Heights in points of the rows that need more than the default (wrapped headings, signatures). */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly print?: PlanPrint;
  /** The sheet's purpose, for hosts that describe what they insert. */
  readonly title: Text;
}

/**
 * A cell that is a link to a cell of the workbook (`target`, as "'Biểu 01'!C9"): a hyperlink, not a
 * formula, which Excel, LibreOffice and Gnumeric each follow to the cell.
 */
export interface PlanLink {
  readonly row: number;
  readonly col: number;
  readonly target: string;
}

export interface PlanName {
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly PlanName[];
}

/**
 * A workbook plan whose sheets may be laid out one at a time as a writer takes them, so that only one
 * sheet's cells are held at once. Every `WorkbookPlan` is one.
 */
export interface StreamedPlan {
  readonly sheets: Iterable<SheetPlan>;
  readonly names: readonly PlanName[];
}

/**
 * The sheets, failing on one whose name another already has as Excel compares them (case aside, upper-cased
 * as the readers and the Excel adapter's `sheetKey` compare sheet names): Excel will not open such a
 * workbook, and written over the previous summary it would lose that one too.
 */
export function* distinctlyNamed(sheets: Iterable<SheetPlan>): Generator<SheetPlan> {
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const key = sheet.name.toUpperCase();
    if (seen.has(key)) throw new Error(`A workbook's layout has two sheets named "${sheet.name}".`);
    seen.add(key);
    yield sheet;
  }
}

export const NUMBER_FORMATS = {
  count: "#,##0",
  money: "#,##0",
  ratio: "0.0%",
  text: "@",
  /** As `dmy` writes dates, except that a format cannot pad January and February alone (15/1/2026). */
  date: "dd/m/yyyy",
  points: "0.00",
} as const;
