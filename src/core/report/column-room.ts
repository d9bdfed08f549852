import { UNREADABLE_SHOWN, type CellSizes, type GridCell, type TextLayout } from "../grid/grid";
import { DEFAULT_FONT_SIZE } from "../layout/row-heights";

/**
 * The room a column gives a figure beside its digits, in characters: Excel keeps 5 pixels of a 7-pixel
 * digit (an auto-fitted column of 9 digits is 9.71 wide), LibreOffice half a character (it shows
 * 999,999,999 whole from a width of 9.5, and "1E+05" from 5.75).
 */
const PADDING = 0.7;

/** The shortest a number in General is written in scientific form, as "1E+08": narrower shows "###". */
const SHORTEST_SCIENTIFIC = 5;

/**
 * The room a column gives a text, in digits of its font: its width less the padding, scaled by the font
 * (a Times New Roman 12 digit is 1.08 of Calibri 11's, Calibri 14's 1.28: near enough to the sizes' ratio).
 */
const roomOf = (sizes: CellSizes & { columnWidth: number }, padding = PADDING) =>
  (sizes.columnWidth - padding) / ((sizes.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE);

/**
 * The least padding a column keeps beside a text before it shows "###": LibreOffice's, 2.1 pt whatever the
 * font (0.38 of a Calibri 11 digit); Excel keeps more (5 of a digit's 7 pixels), so where LibreOffice
 * shows "###" Excel does too.
 */
const LEAST_PADDING = 0.35;

/**
 * The characters a number's digits take in General, its sign included, and the rounding its decimals may
 * carry into them (9,999.7 shows 10000): decimals that do not fit are dropped, which rounds as #,##0 does.
 */
function wholeDigits(value: number): number {
  const whole = Math.round(Math.abs(value));
  return (whole >= 1 ? Math.floor(Math.log10(whole)) + 1 : 1) + (value < 0 ? 1 : 0);
}

/**
 * The shortest scientific form a number in General may be shown in ("1E+08"), where its column (the
 * width in its file's units, characters of the default font, and the size of its font, which widens
 * each digit) is too narrow for its digits but wide enough for that form: Excel and LibreOffice then
 * write it rounded to what fits ("1E+08", "1.23E+08" for 123,456,789) rather than "###", and a person
 * reads another figure than the one counted. Measured in LibreOffice, 11 pt: every integer of n digits
 * shows whole from a width of n + 0.5, "1E+0n" from 5.75 up to there, "###" below; 14 pt widens both
 * about 1.27 times. Undefined where the digits fit or where the column shows "###" (honest), or where
 * the width is not known.
 */
export function generalRounded(value: number, sizes: CellSizes): string | undefined {
  if (sizes.columnWidth === undefined || !Number.isFinite(value)) return undefined;
  const room = roomOf({ ...sizes, columnWidth: sizes.columnWidth });
  const digits = wholeDigits(value);
  const scientific = SHORTEST_SCIENTIFIC + (value < 0 ? 1 : 0);
  if (digits <= room || scientific > room) return undefined;
  const [mantissa, exponent] = value.toExponential(0).split("e") as [string, string];
  return `${mantissa}E${exponent[0]}${exponent.slice(1).padStart(2, "0")}`;
}

/** LibreOffice's room beside a figure's digits, in characters: it shows n digits whole from a width of n + 0.5. */
const LIBREOFFICE_PADDING = 0.5;

/**
 * Whether LibreOffice too shows rounded a figure `generalRounded` finds Excel shows so: it keeps less room
 * beside the digits, so a column a little wider than them (99,999,999 in 8.5) shows the figure whole there.
 */
export function libreOfficeRounds(value: number, sizes: CellSizes): boolean {
  if (sizes.columnWidth === undefined) return false;
  return wholeDigits(value) > roomOf({ ...sizes, columnWidth: sizes.columnWidth }, LIBREOFFICE_PADDING);
}

/** What Excel and LibreOffice show for a number whose text its column is too narrow for. */
export const HASHES = "###";

/**
 * A cell as a reader reports it where its column shows "###": the text its format writes is what it may
 * show once the column is widened, and is judged as such.
 */
export const shownAsHashes = (cell: GridCell): GridCell => ({
  ...cell,
  shown: HASHES,
  ...(cell.shown !== undefined ? { mayShow: [cell.shown, ...(cell.mayShow ?? [])] } : {}),
});

/** Whether a text is the hashes a column too narrow for its number shows ("###", "######"). */
export const isHashes = (text: string) => /^#+$/.test(text.trim());

/**
 * What a character of a number's text takes, in digits of its font, as LibreOffice draws Calibri (Carlito)
 * and Times New Roman (measured: a group or decimal mark 0.49–0.5, a space 0.45–0.5, a minus 0.6–0.67, a
 * percent 1.41–1.67, a letter 0.45 for "i" to 1.19 for "ư", most near 0.95): each taken at its least, so
 * that a text is judged too wide only where it clearly is.
 */
const NARROW_CHARACTERS = /[.,\s'’\u00a0\u202f:;]/u;
const MARK = 0.45;
const LETTER = 0.8;
const SIGN = 0.6;
const PERCENT = 1.4;
/** The widest letters and marks (W, M, @, %), as wide as a percent sign at least. */
const WIDE_CHARACTERS = /[WM@%]/;
/** Letters no wider than a mark (i, l, j, t, f, r, I, J). */
const NARROW_LETTERS = /[iljtfrIJ]/;

/**
 * The spaces a format's padding (`_x`: a space as wide as x) is written as, so that its width is counted
 * as x's where a plain space would count a mark's (red team, round 16: `#,##0` and fourteen `_0` showed
 * "###" in a column of 15): a digit's (figure space), a wide letter's (em space), another letter's (en
 * space), a mark's (punctuation space). A person sees spaces, and a figure is read past them.
 */
const PADDING_SPACES = { digit: "\u2007", wide: "\u2003", letter: "\u2002", mark: "\u2008" } as const;

/** The space a format's padding `_x` is written as, for the width of `character` (x). */
export function paddingSpace(character: string): string {
  if (character >= "0" && character <= "9") return PADDING_SPACES.digit;
  if (WIDE_CHARACTERS.test(character)) return PADDING_SPACES.wide;
  return /\p{L}/u.test(character) && !NARROW_LETTERS.test(character)
    ? PADDING_SPACES.letter
    : PADDING_SPACES.mark;
}

/** A text with a format's padding spaces written as plain ones, as a message quotes what a cell shows. */
export const plainSpaces = (text: string) => text.replace(/[\u2002\u2003\u2007\u2008]/g, " ");

/**
 * An em in digits, at its least: a digit is 0.5 em in Times New Roman, 0.636 in DejaVu Sans (which
 * LibreOffice draws Calibri in where Carlito is missing).
 */
const EM = 1.5;

/**
 * Each padding space's width, in digits, and the spaces Unicode makes an en or an em wide: eight
 * ideographic (or em quad) spaces in a format's text printed "###" in a column of 15 while each was
 * counted as a mark (red team, round 47).
 */
const SPACE_WIDTHS = new Map<string, number>([
  [PADDING_SPACES.digit, 1],
  [PADDING_SPACES.wide, PERCENT],
  [PADDING_SPACES.letter, LETTER],
  [PADDING_SPACES.mark, MARK],
  ["\u2000", EM / 2],
  ["\u2001", EM],
  ["\u3000", EM],
]);

/** The width a number's text takes, in digits of its font. */
function textWidth(text: string): number {
  let width = 0;
  for (const character of text)
    width +=
      character >= "0" && character <= "9"
        ? 1
        : (SPACE_WIDTHS.get(character) ??
          (NARROW_CHARACTERS.test(character)
            ? MARK
            : character === "-" || character === "\u2212"
              ? SIGN
              : character === "%"
                ? PERCENT
                : LETTER));
  return width;
}

/**
 * The width a plain format (`0`, `0.00`, `#,##0`, `#,##0.00`) writes a number in, in digits of its font,
 * worked out without writing it: its whole digits (rounded to its decimals), its group marks and decimal
 * mark, its decimals, and its sign.
 */
function plainWidth(value: number, decimals: number, grouped: boolean): number {
  const whole = Math.floor(Math.abs(Number(value.toFixed(decimals))));
  const digits = whole >= 1 ? Math.floor(Math.log10(whole)) + 1 : 1;
  const marks = (grouped ? Math.floor((digits - 1) / 3) : 0) + (decimals > 0 ? 1 : 0);
  return digits + decimals + marks * MARK + (value < 0 && whole + decimals > 0 ? SIGN : 0);
}

/**
 * The narrowest digit of the fonts reports are written in, in ems: Times New Roman's (Calibri's is 0.507,
 * Arial's and Liberation Sans's 0.556, DejaVu Sans's 0.636).
 */
const LEAST_DIGIT_EM = 0.5;

/**
 * A column's width given in points (an .ods's), in digits of an 11-pt font, each taken at its narrowest:
 * what `columnHashes` measures a column in. LibreOffice sizes an .xlsx's columns in digits of the
 * workbook's default font as it draws it, which differs from machine to machine, and saves the points.
 */
export const digitsInPoints = (points: number): number => points / (LEAST_DIGIT_EM * DEFAULT_FONT_SIZE);

/**
 * A cell's font size as `columnHashes` and `generalRounded` take it, where its column's width is counted
 * in digits of the workbook's default font (an .xlsx's, an .xls's): a Times New Roman 13 figure in a
 * workbook whose default font is Times New Roman 13 takes a digit of its column each, as an 11-pt one does
 * where the default is Calibri 11 (red team, round 10).
 */
export const relativeFontSize = (fontSize: number | undefined, defaultSize: number | undefined) =>
  fontSize === undefined || defaultSize === undefined || !(defaultSize > 0)
    ? fontSize
    : (fontSize * DEFAULT_FONT_SIZE) / defaultSize;

/**
 * How a number's format writes it: the text it renders, General, or a plain format's decimals and
 * grouping (`0`, `0.00`, `#,##0`, `#,##0.00`), which a reader need not render.
 */
export type NumberWriting =
  | { readonly text: string }
  | "general"
  | { readonly decimals: number; readonly grouped: boolean };

/**
 * Whether Excel and LibreOffice show "###" for a number in its column: its text is wider than the room
 * the column gives (in General: too narrow for its digits and for the shortest scientific form, "1E+08",
 * it would write instead; see `generalRounded`). A person reads no figure there, printed or on screen,
 * while the figure counts (red team, round 9). Not judged where the column's width is not known; an
 * indent takes `indentDigits` digits of the column.
 */
export function columnHashes(
  value: number,
  writing: NumberWriting,
  sizes: CellSizes,
  indentDigits = 0,
): boolean {
  if (sizes.columnWidth === undefined || !Number.isFinite(value)) return false;
  const room = roomOf({ ...sizes, columnWidth: sizes.columnWidth - indentDigits }, LEAST_PADDING);
  if (writing === "general")
    return wholeDigits(value) > room && SHORTEST_SCIENTIFIC + (value < 0 ? 1 : 0) > room;
  const width =
    "text" in writing ? textWidth(writing.text) : plainWidth(value, writing.decimals, writing.grouped);
  return width > room;
}

/**
 * How a reader's number is written: the text its format renders (`shown`, none for General and the plain
 * formats, whose `plain` writing it gives), none where that text cannot be trusted.
 */
export const numberWriting = (
  shown: string | undefined,
  plain: () => NumberWriting | undefined,
): NumberWriting | undefined =>
  shown === undefined ? plain() : shown !== UNREADABLE_SHOWN ? { text: shown } : undefined;

/**
 * The room an indent level takes from a figure's column, in digits: LibreOffice draws a level as 10.5 pt
 * of margin, 1.9 digits of Calibri 11, whatever the figure's font (red team, round 13: 1,234,567 indented
 * 5 levels in a column of 15 shows "###"); taken a little short, as digits are, against false alarms.
 */
const INDENT_DIGITS = 1.5;

/** Alignments that keep no indent: Excel and LibreOffice centre a figure between the column's edges. */
const UNINDENTED = new Set(["center", "centerContinuous"]);

/**
 * The room a figure's or a line's indent takes from its column, in digits, where any program may draw it
 * indented: a width in points as an .ods's column's is counted (`digitsInPoints`), else its levels.
 */
export const indentOf = (layout: TextLayout | undefined): number =>
  !layout || !(layout.indent > 0) || !layout.horizontal.some((h) => !UNINDENTED.has(h))
    ? 0
    : layout.indentWidth !== undefined
      ? digitsInPoints(layout.indentWidth)
      : layout.indent * INDENT_DIGITS;

/**
 * A cell's sizes with its padding (points) taken from its column's width: what it sets in place of the
 * margin LibreOffice keeps by itself, which `LEAST_PADDING` counts already.
 */
const paddedIn = (sizes: CellSizes, padding: number | undefined): CellSizes =>
  padding === undefined || sizes.columnWidth === undefined
    ? sizes
    : {
        ...sizes,
        columnWidth: sizes.columnWidth - Math.max(0, digitsInPoints(padding) - LEAST_PADDING),
      };

/**
 * Whether a figure shows "###" (`columnHashes`), in the room its indent and padding leave: never one
 * shrunk to fit or turned, which is drawn so.
 */
export const showsHashes = (
  value: number,
  writing: NumberWriting | undefined,
  layout: TextLayout | undefined,
  sizes: CellSizes,
): boolean =>
  writing !== undefined &&
  !layout?.shrinks &&
  layout?.rotation === undefined &&
  columnHashes(value, writing, paddedIn(sizes, layout?.padding), indentOf(layout));
