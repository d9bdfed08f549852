import type { ValueKind } from "../catalog/types";
import { UNREADABLE_SHOWN } from "../grid/grid";
import { plainSpaces } from "./column-room";

/**
 * Whether the text a spreadsheet program shows for a cell shows the figure the cell holds. A number
 * format can make a cell show anything: `[=1500]"1,442";#,##0` shows 1,442 for 1500, `;;;` shows
 * nothing, `#,##0,` shows 1,500 for 1,500,000. The text is what the program renders (Excel's
 * `Range.text`, the text an .ods saves, or a renderer of the format), so it may be written in any
 * locale: 1,500 / 1.500 / 1 500, with currency signs, a percent sign, or Excel's "-" for zero. A ratio
 * (`kind`) is shown to half a percentage point at least, as `0%` rounds it: in `#,##0` a ratio of 59 %
 * shows "1", which reads as all.
 */
export function showsFigure(shown: string, figure: number, kind?: ValueKind): boolean {
  if (shown === UNREADABLE_SHOWN) return false;
  if (writtenPlainly(shown, figure)) return true;
  const text = plainSpaces(shown)
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    // Arabic's marks say which they are: "1٬234٬567" (an .ods in an Arabic or Persian locale) is grouped.
    .replace(/\u066c/g, "'")
    .replace(/\u066b/g, ".")
    .replace(/\u066a/g, "%")
    .trim();
  // After Arabic's decimal mark the digits are decimals: "1٫500" is one and a half, never 1,500.
  const decimalOnly = shown.includes("\u066b");
  // A column too narrow for its number shows "####": the cell is not lying about its figure.
  if (/^#+$/.test(text)) return true;
  const tokens = text.match(NUMBER_TOKEN) ?? [];
  // A word shows no zero, in any alphabet (Đạt has no two ASCII letters together).
  if (tokens.length === 0) return figure === 0 && !/\p{L}{2}/u.test(text);
  const scientific = SCIENTIFIC.exec(text);
  if (tokens.length > (scientific ? 2 : 1)) return false;
  const negative = MINUS_FIRST.test(text) || /^[^\d]*\(.*\)[^\d]*$/.test(text);
  if (figure !== 0 && negative !== figure < 0) return false;
  const exponent = scientific ? Number(scientific[2]) : 0;
  const scale = (text.includes("%") ? -2 : 0) + exponent;
  return readings(tokens[0]!, scale === 0 && !decimalOnly).some(({ value, decimals }) => {
    if (decimalOnly && decimals === 0) return false;
    const shownFigure = value * 10 ** scale;
    // Rounded to what it shows, but never past the units: 1.5E+3 does not show a count of 1,542.
    const tolerance = Math.min(0.5 * 10 ** (scale - decimals), kind === "ratio" ? RATIO_ROUNDING : 0.5);
    return Math.abs(shownFigure - Math.abs(figure)) <= tolerance * (1 + 1e-9);
  });
}

/**
 * Whether a whole figure is shown as the templates' formats write it, its digits alone or grouped in
 * threes by commas ("1234", "1,234", "-1,234"): read so in every locale, and by the full reading below
 * too. Most cells show so, and are not read past this.
 */
function writtenPlainly(shown: string, figure: number): boolean {
  if (!Number.isInteger(figure) || Math.abs(figure) >= 1e15) return false;
  const sign = figure < 0 ? "-" : "";
  const digits = String(Math.abs(figure));
  if (shown === sign + digits) return true;
  if (
    digits.length <= 3 ||
    shown.length !== sign.length + digits.length + Math.floor((digits.length - 1) / 3)
  )
    return false;
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return shown === sign + grouped;
}

/** The most a ratio's shown figure may be rounded: half a percentage point, as `0%` rounds it. */
const RATIO_ROUNDING = 0.005;

/**
 * A sign before the digits that a person reads as minus: a hyphen or any dash (–, ―, －, ﹣), the minus
 * sign, or a superscript or subscript one (⁻, ₋).
 */
const MINUS_FIRST = /^[^\d]*[\p{Pd}\u2212\u207B\u208B]/u;

/** Digits, with the group and decimal separators of any locale between them. */
const NUMBER_TOKEN = /\d(?:[\d.,]|[ '](?=\d{3}(?!\d)))*/g;
const SCIENTIFIC = /(\d[\d.,]*)\s*E\s*([+-]?\d+)/i;

interface Reading {
  readonly value: number;
  /** How many decimals the text shows: the figure is shown rounded to them. */
  readonly decimals: number;
}

/**
 * The numbers a token can be read as: "1,500" is 1500 with "," grouping and 1.5 with "," as the
 * decimal mark; both are tried, since the locale that wrote it is not known. Marks are read as
 * grouping only where they group as a person expects ("1,500,000"): a format's literal text can put
 * them anywhere, and "1500,000" or "0,015" reads as a decimal, not as 1,500,000 or 15. A figure with one
 * mark and three digits after it (`thousands`: not a percentage or an exponent's mantissa) reads as
 * thousands to a person of one of the two ways to write numbers, whichever wrote it: "5.000" and
 * "5,000" are five thousand, never five (red team, round 13: `[$-407]#,##0.000` showed 5 as "5,000" on a
 * form whose other figures read "1,234,567"; Vietnamese write five thousand "5.000").
 */
function readings(token: string, thousands = false): Reading[] {
  const digits = token.replace(/[ ']/g, "").replace(/[.,]$/, "");
  const marks = [...digits.matchAll(/[.,]/g)].map((m) => m.index);
  if (marks.length === 0) return [{ value: Number(digits), decimals: 0 }];
  const last = marks[marks.length - 1]!;
  const decimalAt = (at: number): Reading[] =>
    groupsWell(digits.slice(0, at))
      ? [
          {
            value: Number(`${digits.slice(0, at).replace(/[.,]/g, "")}.${digits.slice(at + 1)}`),
            decimals: digits.length - at - 1,
          },
        ]
      : [];
  const grouped: Reading[] = groupsWell(digits)
    ? [{ value: Number(digits.replace(/[.,]/g, "")), decimals: 0 }]
    : [];
  const kinds = new Set(marks.map((at) => digits[at]));
  // Two kinds of mark: the last one is the decimal mark. One kind, more than once: grouping.
  if (kinds.size > 1) return decimalAt(last);
  // "0,591" is read as thousands by no one: it is a decimal, as a comma locale writes 0.591.
  const thousandsOnly = thousands && digits.length - last - 1 === 3 && !/^0[.,]/.test(digits);
  if (marks.length > 1 || thousandsOnly) return grouped;
  return [...grouped, ...decimalAt(last)];
}

/** Digits with no mark, or grouped by one kind of mark in threes after a first group not led by 0. */
const groupsWell = (digits: string) =>
  /^\d+$/.test(digits) || /^(?:[1-9]\d{0,2})(?:([.,])\d{3})(?:\1\d{3})*$/.test(digits);

/**
 * What a cell in a style that repeats its content to fill its width shows (Excel's fill alignment, an
 * .ods's repeated content): its text twice at least, 1,442 as 1,4421,442; a text no program is sure of
 * stays so.
 */
export const repeatedToFill = (once: string): string => (once === UNREADABLE_SHOWN ? once : once.repeat(2));
