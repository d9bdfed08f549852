import type { NumberWriting } from "../report/column-room";
import { UNREADABLE_SHOWN } from "../grid/grid";
import { canonicalFormat } from "./canonical-format";

/**
 * The longest number format read, in characters: Excel's own limit. A longer one only a hostile file
 * holds, and rendering it costs memory by its length for every figure; it is refused before any is.
 */
export const MAX_FORMAT_LENGTH = 255;

/**
 * What renders a number in a format as a spreadsheet program would: SheetJS's formatter, which each
 * adapter loads itself (the core loads no library). Given only a format `canonicalFormat` has made one it
 * renders as Excel does.
 */
export type FormatRenderer = (code: string, value: number) => string;

/**
 * The built-in number formats every locale shares (ECMA-376 §18.8.30). The others follow the reader's
 * locale (see `LOCALE_BUILT_IN`). SheetJS's own table is not used: each file it parses may rewrite it.
 */
const BUILT_IN: ReadonlyMap<number, string> = new Map([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yy h:mm"],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);

/**
 * The built-in formats of East Asian and Thai locales (ECMA-376 §18.8.30's note): a program in such a
 * locale, or LibreOffice in any (it shows 1500 in id 27 as 2/8/1904, in 81 as 00:00.0), shows a date or
 * a time, so each is read as a date or time that stands for them; the Thai numbers and percentages show
 * the figure in Thai digits, so as their Latin twins. Currency (5–8) and accounting (41–44) write the
 * locale's currency beside the figure (or a dash for 0): read as an en-US program writes them, the
 * formats LibreOffice saves in the .xls and .ods it converts them to (red team, round 13: "$1,234,567"
 * on a count, unsaid in the .xlsx and named in its .xls and .ods).
 */
const LOCALE_DATE = "yyyy/m/d";
const LOCALE_TIME = "h:mm:ss";
const LOCALE_BUILT_IN: ReadonlyMap<number, string> = new Map([
  ...[27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 81].map(
    (id) => [id, LOCALE_DATE] as const,
  ),
  ...[32, 33, 34, 35, 75, 76, 77, 78, 79, 80].map((id) => [id, LOCALE_TIME] as const),
  [59, "0"],
  [60, "0.00"],
  [61, "#,##0"],
  [62, "#,##0.00"],
  [67, "0%"],
  [68, "0.00%"],
  [69, "# ?/?"],
  [70, "# ??/??"],
  [5, '"$"#,##0_);\\("$"#,##0\\)'],
  [6, '"$"#,##0_);[Red]\\("$"#,##0\\)'],
  [7, '"$"#,##0.00_);\\("$"#,##0.00\\)'],
  [8, '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)'],
  // LibreOffice reads 63–66 as 5–8 (red team, round 61: "$1,442" on a count, read as General).
  [63, '"$"#,##0_);\\("$"#,##0\\)'],
  [64, '"$"#,##0_);[Red]\\("$"#,##0\\)'],
  [65, '"$"#,##0.00_);\\("$"#,##0.00\\)'],
  [66, '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)'],
  [41, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'],
  [42, '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)'],
  [43, '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'],
  [44, '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'],
]);

/**
 * Formats that show a number's own digits, grouped or not: they show the figure, so there is no need
 * to render them to know. A percentage is rendered: it shows a hundred times the figure, with a sign
 * the check reads as a ratio's (`0%` shows a count of 48 as 4800%).
 */
const PLAIN = new Set(["general", "0", "0.00", "#,##0", "#,##0.00"]);

export const isPlainFormat = (code: string) => PLAIN.has(code.toLowerCase());

/** How a plain format (`isPlainFormat`) writes a number, for the width it takes in its column. */
export function plainWriting(code: string): NumberWriting {
  const lower = code.toLowerCase();
  if (lower === "general") return "general";
  return { decimals: lower.split(".")[1]?.length ?? 0, grouped: lower.includes(",") };
}

/**
 * How a conditional format writes a figure: the text its format renders (`shown`), or a plain format's
 * writing, which is not rendered; none where it sets no format.
 */
export function writingIn(format: string | undefined, shown: string | undefined): NumberWriting | undefined {
  if (shown !== undefined) return { text: shown };
  return format !== undefined && isPlainFormat(format) ? plainWriting(format) : undefined;
}

/**
 * Whether a plain format other than General writes a number rounded: it shows its own digits otherwise,
 * and is not rendered. Rounded, it is (red team, round 39: a ratio of 70 % in `#,##0` shows "1", which
 * reads as all, and was read as ready from an .xlsx while its .ods was refused).
 */
function roundedIn(code: string, value: number): boolean {
  const writing = plainWriting(code);
  if (writing === "general" || !("decimals" in writing)) return false;
  const scaled = value * 10 ** writing.decimals;
  return Math.abs(scaled - Math.round(scaled)) > 1e-9 * Math.max(1, Math.abs(scaled));
}

/** A built-in format by its id; ids no locale defines read as General. */
export const builtInFormat = (id: number) => BUILT_IN.get(id) ?? LOCALE_BUILT_IN.get(id) ?? "General";

/** A plain percentage (`0%`, `0.0%`, a ratio's format): its decimals. */
const PLAIN_PERCENT = /^0(?:\.(0{1,4}))?%$/;

/**
 * A number as a plain percentage with `decimals`, as LibreOffice shows it: a hundred times the number,
 * written as its shortest decimal (0.0015 is 0.15 %, 0.0045 is 0.44999999999999996 %), rounded half up
 * on those digits (0.2 % and 0.4 %). Undefined where that decimal has an exponent.
 */
function percentText(value: number, decimals: number): string | undefined {
  const written = String(Math.abs(value * 100));
  if (!/^\d+(\.\d+)?$/.test(written)) return undefined;
  const [whole, fraction = ""] = written.split(".") as [string, string?];
  const kept = BigInt(whole + fraction.slice(0, decimals).padEnd(decimals, "0"));
  const digits = (kept + (fraction.charCodeAt(decimals) >= 53 /* 5 */ ? 1n : 0n))
    .toString()
    .padStart(decimals + 1, "0");
  const text = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return `${value < 0 && /[1-9]/.test(digits) ? "-" : ""}${text}%`;
}

/**
 * Whether what a format shows of some figure may be known only by rendering it (`shownNumberWith`): all
 * but General (a plain format rounds some figures, a plain percentage some too small to write out).
 */
export const needsRendering = (code: string) => code.toLowerCase() !== "general";

/**
 * What a spreadsheet program shows for a number in a format, rendered by `render`; undefined
 * for the plain formats. A format the formatter cannot read, or would render otherwise than Excel (see
 * `canonicalFormat`), shows nothing that can be trusted: `UNREADABLE_SHOWN`.
 */
export function shownNumberWith(code: string, value: number, render: FormatRenderer): string | undefined {
  if (isPlainFormat(code) && !roundedIn(code, value)) return undefined;
  // Every ratio of every report has one: rendered directly, as SheetJS's renderer took a sixth more memory
  // for a roll-up's reading threads.
  const percent = PLAIN_PERCENT.exec(code);
  const shown = percent ? percentText(value, percent[1]?.length ?? 0) : undefined;
  if (shown !== undefined) return shown;
  // Never rendered: the readers refuse such a format before; one that slips past shows nothing trusted.
  if (code.length > MAX_FORMAT_LENGTH) return UNREADABLE_SHOWN;
  const canonical = canonicalFormat(code, value);
  // Excel and LibreOffice differ on whether a negative number keeps its sign in a section a condition
  // picks (LibreOffice: only where the section cannot hold a positive number), so neither is trusted.
  if (canonical === undefined || (canonical.conditional && value < 0)) return UNREADABLE_SHOWN;
  try {
    return render(canonical.code, value);
  } catch {
    return UNREADABLE_SHOWN;
  }
}
