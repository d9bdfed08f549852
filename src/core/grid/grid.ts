import type { Area } from "./a1";

/**
 * What a reader saw in a workbook: the bridge from every reader (a file, a live Excel workbook) back to
 * the core. Values keep their type so a number stored as text is told apart from a number.
 */
export type GridValue =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "error"; readonly value: string };

/**
 * What a reader gives as a cell's shown text where it cannot tell with certainty what a program shows in
 * its number format (a format its renderer reads otherwise than Excel or LibreOffice): it shows no
 * figure, zero included. The replacement character, which stands for what could not be read.
 */
export const UNREADABLE_SHOWN = "\uFFFD";

/**
 * What lies over a cell: a picture with no text of its own (a clerk's logo); a cell's note (comment) set
 * to show always, a box of its own words a person reads as a note; or any other drawing, which may show
 * words or blank the cell with its fill (a text box, a shape, a chart, a form control, a drawing of a
 * kind the reader cannot tell). Where several do, a shape before a note, a note before a picture.
 */
export type DrawingKind = "picture" | "note" | "shape";

const DRAWING_RANK: Readonly<Record<DrawingKind, number>> = { picture: 0, note: 1, shape: 2 };

/** The kind of drawing over a cell two drawings lie over: the one that may hide most (`DrawingKind`). */
export const drawnOverBoth = (
  a: DrawingKind | undefined,
  b: DrawingKind | undefined,
): DrawingKind | undefined =>
  a === undefined || (b !== undefined && DRAWING_RANK[b] > DRAWING_RANK[a]) ? b : a;

/** Whether a drawing of the kind shows words of its own over what it lies on (a picture shows none). */
export const showsWords = (kind: DrawingKind | undefined): boolean => kind === "shape" || kind === "note";

/** A value being made, before it is handed on as read-only. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface GridCell {
  /** Absent when the cell is blank (or a formula has no cached value). */
  readonly value?: GridValue;
  /** Without the leading "=". */
  readonly formula?: string;
  /**
   * A formula that computes the cell without a text of its own here, where the reader sees one: Excel
   * and LibreOffice show what it computes, never a figure typed in.
   */
  readonly computedBy?: ComputedBy;
  /**
   * The text a program shows for the cell, where the reader knows it: Excel's, an .ods's own, or its
   * number format rendered. File readers leave it out for General and the plain formats (0, #,##0…),
   * which show a number's own digits; `UNREADABLE_SHOWN` where it cannot tell. For a formula saved
   * without its result, its format's text for the figure 1: the unit it writes beside any figure.
   */
  readonly shown?: string;
  /**
   * What else it may show: what a conditional format's own number format makes of it, when it applies.
   * The words a person reads of its runs are the core's to judge (`drawnRuns`): read both through
   * `mayShowOf` (core/report/seen-text).
   */
  readonly mayShow?: readonly string[];
  /**
   * Where its text is written in runs of their own fonts (rich text), each way a program may draw them:
   * in its own style, in the style LibreOffice draws it in, under a conditional format's fill. Given as
   * the file says, whether or not a person can read them; the core judges which words they read
   * (`seenText`, core/report/seen-text).
   */
  readonly drawnRuns?: readonly DrawnRuns[];
  /**
   * Why the cell cannot be seen, if it cannot: its row or column is hidden, a merge covers it, or a
   * conditional format draws a bar or an icon instead of its figure.
   */
  readonly hidden?: CellConcealment;
  /**
   * The colours its figure may be written in, each on the background it is written on (its own style's,
   * and each conditional format's that may apply), where the reader knows them.
   */
  readonly inks?: readonly Ink[];
  /**
   * How large a program may draw it, as the file sets it, whether or not a person can read it. The core
   * judges the sizes too small to show its figure (`smallSizesOf`) and the font it prints in
   * (`printedFontOf`, core/report/drawn-sizes).
   */
  readonly drawnSizes?: DrawnSizes;
  /**
   * Where the cell holds a number in General and no merge widens its column: for each style a program
   * may draw it in, its column's width (in digits of the workbook's default font) and its font's size,
   * as they are. The core judges whether its column is too narrow for its digits, so that Excel and
   * LibreOffice write it rounded in scientific form (`generalRoomOf`, core/report/general-room).
   */
  readonly generalSizes?: readonly CellSizes[];
  /**
   * A drawing lies over the cell, wholly or in part, where the reader sees the sheet's drawings: a person
   * sees the drawing there, whatever the cell holds. Its kind, as far as the format tells.
   */
  readonly underDrawing?: DrawingKind;
  /**
   * Whether its text or figure is drawn struck through as a whole (its style's font, or a conditional
   * format's that may apply), which a person reads as cancelled: a figure so struck is not counted by
   * the eye, a label or a line not read. A strike on some runs only is told by the text they leave seen.
   */
  readonly struck?: boolean;
  /** Whether a diagonal border of its cell is drawn over its figure: crossed out, read as cancelled too. */
  readonly crossed?: boolean;
  /**
   * How the cell lays out the text it holds, where the reader knows: a text pushed or squeezed out of
   * its cell shows cut ("Chưa đạt" as "đạt"). A reader reports it of the texts it keeps.
   */
  readonly textLayout?: TextLayout;
  /**
   * Where the cell holds a text at the top left of a merge across columns, and the reader knows the
   * merge's shown width (characters) and each of its rows' height as the file stores it: those, its
   * height in points over all its rows. Merged, a text neither runs on nor grows its row (`cutByMerge`).
   */
  readonly mergedRoom?: { readonly width: number; readonly height: number };
}

/**
 * How a cell lays out its text: each horizontal alignment a program may read its style with ("general",
 * "left", "center", "right", "fill", "justify"…) and its largest indent (in Excel's levels); whether a
 * program may read its reading order as right to left, which aligns General to the right; and, where the
 * file gives them, its column's width (characters) and its font's size (points), which set the room a
 * text has beside its indent or alignment.
 */
export interface TextLayout {
  readonly horizontal: readonly string[];
  readonly indent: number;
  /**
   * That indent's width in points, where the file gives it as a length (an .ods's `fo:margin-left`): a
   * figure has that much less of its column, whatever its font.
   */
  readonly indentWidth?: number;
  readonly rightToLeft?: boolean;
  /**
   * Its text turned by this many degrees (up to 90 either way) or stacked letter under letter, where a
   * style turns it: a program draws it within its row's height, cutting what does not fit.
   */
  readonly rotation?: number | "stacked";
  /**
   * Its text turned over, by this many degrees counter-clockwise (more than 90 and less than 270, which
   * an .ods can write): read as it stands, its figure runs backwards and upside down, a 6 as a 9.
   */
  readonly upsideDownBy?: number;
  /** Its row's height in points, where the reader gives it, for a turned text. */
  readonly rowHeight?: number;
  /**
   * The room its cell's padding takes across, in points (an .ods's `fo:padding`): its text has that much
   * less of its column (red team, round 16: 1,234,567 with 2.5 cm of padding showed "###").
   */
  readonly padding?: number;
  /** Whether its text is shrunk to fit its column's width (Shrink to fit). */
  readonly shrinks?: boolean;
  /** The font it is written in, where that font draws letters as symbols (`symbolFontOf`). */
  readonly symbolFont?: string;
  readonly width?: number;
  readonly fontSize?: number;
  /**
   * Where its line, too long for its column, runs on over the empty cells beside it up to one that holds
   * something (a space counts) before its end: that cell's column (from 0). Its end is cut there.
   */
  readonly cutBy?: number;
}

/**
 * An array formula or a data table (Excel's What-If Analysis; MULTIPLE.OPERATIONS in LibreOffice) over
 * `area`, which computes every cell of it though only one holds the formula, if any does; or a shared
 * formula whose text the file gives at no cell before this one (`area` absent), which LibreOffice
 * computes or shows blank.
 */
export interface ComputedBy {
  readonly kind: "array" | "dataTable" | "shared";
  readonly area?: string;
}

/** How large a cell shows its figure: row height and font size in points, column width in characters. */
export interface CellSizes {
  readonly rowHeight?: number;
  readonly columnWidth?: number;
  readonly fontSize?: number;
}

/**
 * How large a cell may be drawn: its row's height, its column's width and its font's size in each of its
 * own styles (the one Excel draws it in, then LibreOffice's where that differs), and the font sizes a
 * conditional format that may apply draws it in, over the first style's row and column. The .xlsx reader
 * gives one object to every cell of one place (a style, a column, a row height): its read is hot.
 */
export interface DrawnSizes {
  readonly styles: readonly CellSizes[];
  readonly conditionalFonts?: readonly number[];
}

/**
 * A piece of a cell's text in its own font (a rich-text run), as a program draws it: its inks on the
 * cell's grounds, its size, its strike, its font, its letters' spacing, as far as the file tells.
 */
export interface TextRun {
  readonly text: string;
  /** Its own colour on each ground its cell may be drawn on; none where it takes its cell's colour. */
  readonly inks: readonly Ink[];
  /**
   * The sizes it is drawn at, in points (a superscript's already made smaller): one, or where the file
   * defines its style twice (an .ods may), each definition's. Absent where the file gives none.
   */
  readonly fontSizes?: readonly number[];
  /** Struck through (by any definition of its style). */
  readonly struck?: boolean;
  /** The names of the fonts it is drawn in, where it gives its own. */
  readonly fonts?: readonly string[];
  /** How far its letters are set apart, in points (negative: closer), the closest its style sets. */
  readonly letterSpacing?: number;
}

/** A text written in runs, as a program may draw it in one style: its runs, in a row so high (points). */
export interface DrawnRuns {
  readonly runs: readonly TextRun[];
  readonly rowHeight?: number;
}

/** A text colour on a background colour, each "RRGGBB". */
export interface Ink {
  readonly text: string;
  readonly background: string;
}

/**
 * How a cell's figure is kept out of sight: its row or column hidden, a merge over it, a conditional
 * format's bar or icon in its place, or (`unprinted`) its style printing nothing (an .ods's
 * `style:print-content="false"`: shown on screen, blank on the signed copy).
 */
export type CellConcealment = "row" | "column" | "merge" | "graphic" | "unprinted" | "displaced";

export interface GridSheet {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  /** Keyed by A1 address without "$", e.g. "C8". */
  readonly cells: ReadonlyMap<string, GridCell>;
  /** Where a person's view of the sheet opens, where the reader knows. */
  readonly view?: SheetView;
  /**
   * The areas its printout shows, where the file sets a print area and the reader reads it (none placed:
   * one the reader cannot place); absent, the sheet prints every cell in use.
   */
  readonly printAreas?: readonly Area[];
  /** What the headers and footers of its printed pages say, section by section, where the reader knows. */
  readonly pageTexts?: readonly PageText[];
  /** How its pages are set up and how large what it prints is, where the reader reads them. */
  readonly print?: SheetPrint;
  /**
   * Where the reader kept only some of its cells: those it looked for by address (named cells, the cells
   * beside a target's) and the areas it read whole. A cell of neither that `cells` lacks may hold
   * anything, so no formula reading it is computed (`formulaResult`); absent, every cell was read.
   */
  readonly partial?: PartialRead;
  /**
   * Its areas merged over more than one row, where the reader gives them: a person reads the value of
   * the merge's top left cell on every row it covers.
   */
  readonly mergesDown?: readonly Area[];
}

/** The cells a reader looked for on a sheet it read in part (`GridSheet.partial`). */
export interface PartialRead {
  readonly listed: ReadonlySet<string>;
  readonly areas: readonly Area[];
}

/** A width and a height, in points. */
export interface Extent {
  readonly width: number;
  readonly height: number;
}

/**
 * How a sheet's pages are set up, as its file says (what sets how large its cells print), and how large
 * what it prints is at full scale, as its column widths and row heights make it.
 */
export interface SheetPrint {
  /** Its own scale, in percent, where the file sets one: it prints at it unless fitted to pages. */
  readonly scale?: number;
  /**
   * Where it is fitted to pages: so many wide and so many tall (0: as many as it takes), or (an .ods's
   * `style:scale-to-pages`) so many pages in all.
   */
  readonly fit?: { readonly wide: number; readonly tall: number; readonly pages?: number };
  /** The paper as it prints, turned (landscape wider than tall), in points; A4 where absent. */
  readonly paper?: Extent;
  /** The page's margins, in points; Excel's "Normal" where absent. */
  readonly margins?: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /**
   * What prints at full scale, in points: each of `printAreas` in its order, or where the sheet sets
   * none, its used range from A1 (one).
   */
  readonly areas: readonly Extent[];
  /** Whether it prints each formula's text in place of its result (an .ods page style's "Formulas"). */
  readonly formulasPrinted?: true;
  /** Whether it prints a zero as an empty cell (an .ods page style without "Zero values"). */
  readonly zerosUnprinted?: true;
  /**
   * What it prints behind its cells, where it prints anything (an .ods page style's): a picture (or a
   * gradient, a hatch), or the colours it fills the page with ("RRGGBB", as they print on white paper).
   * The core judges whether black text is read on it (`printsBehindCells`, core/report/sheet-background).
   */
  readonly background?: "picture" | readonly string[];
}

/** A section of a printed page's header or footer and what it prints, as `pageTextSections` reads it. */
export interface PageText {
  readonly place: "header" | "footer";
  readonly section: "left" | "center" | "right";
  readonly text: string;
}

/** A row and a column, from 0. */
export interface RowCol {
  readonly row: number;
  readonly col: number;
}

/** How a sheet opens: its view's top-left cell, and how far back a person can ever scroll. */
export interface SheetView {
  /**
   * The top-left cell its view opens at, where the reader knows it (a file's readers; not Excel's, which
   * is told only where panes are frozen, `reach`).
   */
  readonly opensAt?: RowCol;
  /**
   * The first row and column a person can ever scroll to, where frozen panes keep those before out of
   * reach (the frozen pane starts past them); absent where every row and column can be reached.
   */
  readonly reach?: RowCol;
  /** Whether the view shows a zero as an empty cell (its "zero values" option off). */
  readonly zerosHidden?: boolean;
  /** Whether the view shows each formula's text in place of its result (Excel's Show Formulas, Ctrl+`). */
  readonly formulasShown?: boolean;
  /**
   * Whether a picture or a colour lies behind its cells: an .xlsx's or .xls's sheet background, which
   * Excel shows and LibreOffice prints, or an .ods page style's, which LibreOffice prints.
   */
  readonly background?: boolean;
}

export interface GridName {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

export interface WorkbookGrid {
  readonly sheets: readonly GridSheet[];
  readonly names: readonly GridName[];
  /** When the workbook says it was last saved (ISO 8601), if it says. */
  readonly modifiedAt?: string;
  /**
   * The program the workbook says saved it, as it writes its name ("Microsoft Excel", "LibreOffice/7.4…",
   * "gnumeric/1.12…"), if it says: an .xlsx's extended properties, an .ods's meta generator (an .xls names none).
   */
  readonly application?: string;
  /** Its Excel tables (ListObjects), where the reader can see them. */
  readonly tables?: readonly SheetTable[];
  /** The sheet a person sees on opening it, and whether its tab bar is hidden, where the reader knows. */
  readonly opensOn?: OpensOn;
  /**
   * Whether programs show its formulas' results as they compute them on opening it, whatever it caches: an
   * .xls, which LibreOffice recalculates on loading (a cached 0.5 or 777 showed the formula's result).
   */
  readonly computedOnOpening?: true;
  /**
   * Its cells' colours and fonts as set, where the reader could not tell how conditional formats draw
   * them (Excel without ExcelApi 1.19, or refusing to say): a figure a conditional format hides (a white
   * font, a fill over it) could not be seen.
   */
  readonly looksAsSet?: true;
}

/** The sheet a workbook opens on (its active tab) and whether it hides its sheet tabs. */
export interface OpensOn {
  readonly sheet: string;
  readonly tabsHidden: boolean;
}

export function findSheet(grid: WorkbookGrid, name: string): GridSheet | undefined {
  const wanted = name.toUpperCase();
  return grid.sheets.find((s) => s.name.toUpperCase() === wanted);
}

const indexes = new WeakMap<readonly GridName[], ReadonlyMap<string, GridName>>();

/**
 * Defined names are case-insensitive in every spreadsheet program. Indexed once per list: reports of one
 * template read by one reader share theirs.
 */
export function nameIndex(grid: WorkbookGrid): ReadonlyMap<string, GridName> {
  const known = indexes.get(grid.names);
  if (known) return known;
  const index = new Map<string, GridName>();
  for (const n of grid.names) {
    const key = n.name.toUpperCase();
    if (!index.has(key)) index.set(key, n);
  }
  indexes.set(grid.names, index);
  return index;
}

/** An Excel table (ListObject), or a plain range read as one: its header cells and its data rows. */
export interface SheetTable {
  readonly name: string;
  readonly sheet: string;
  /** A1 of the top-left header cell */
  readonly ref: string;
  readonly header: readonly { readonly text: string; readonly address: string }[];
  readonly rows: readonly {
    readonly cells: readonly TableCell[];
  }[];
}

/** A cell of a table: its value and, where the reader knows it, the text it shows (see GridCell). */
export interface TableCell {
  readonly address: string;
  readonly value?: GridValue;
  readonly shown?: string;
  /**
   * Where the cell holds no value but a formula (without its "="): saved without its result, as openpyxl
   * saves one, so what it shows is in no cell until a spreadsheet program computes it.
   */
  readonly unsavedFormula?: string;
}
