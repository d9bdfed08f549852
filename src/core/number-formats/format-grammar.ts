import { COUNT_UNITS } from "../report/shown-unit";
import { opensCondition, writes, type Piece } from "./format-pieces";

/**
 * Whether a number section is in the small grammar report forms use, the only one whose rendering by
 * SheetJS's formatter is trusted to be what LibreOffice and Excel show. Round after round a new family of
 * codes (exponents of `#`, day codes on counts, a locale bracket after a literal, Thai digits by LCID,
 * scaling behind `?`…) was rendered otherwise than LibreOffice shows it; a list of such families never
 * ends, so anything outside this grammar is refused by default. It holds:
 *
 * - `General` alone, with colours or a condition;
 * - or at most one figure of placeholders `0 # ?`, grouping commas only between them, and a decimal
 *   point only before decimal placeholders, the optional ones outside the required ones — a comma after the last placeholder scales (`?,` shows 1 for
 *   1442), and a point with none after it is shown by LibreOffice and the formatter each their own way
 *   (`#,##0.`: "1,442" and "."; `"0".`: "0." and "0851.");
 * - around it one `%` (only with a figure), characters written as they are (` - + ( ) $`), quoted or
 *   escaped text, padding (`_)`), a fill of spaces (`* `), colours, the condition `canonicalFormat`
 *   vetted, a currency `[$₫-42A]` whose symbol holds no digit and whose locale writes Latin digits (see
 *   `latinLocale`: `[$-D00041E]` writes Thai digits), a locale alone
 *   (`[$-409]`) only before anything is written — after it LibreOffice writes "-409" as text;
 * - quoted or escaped text of spaces, brackets, dashes and a currency's sign or code only (see
 *   `LITERAL`): no digit, no word that scales the figure, no `#`, no dash after the figure ("851-" is a
 *   negative in accountants' notation, the check reads a sign only before the figure).
 *
 * So no exponent, date or time code, fraction, fill of anything but a space, `[DBNum]`, `[NatNum]` or
 * elapsed time. Report templates use `#,##0`, `0.0%` and `0.00`; accounting and currency formats fit.
 */
export function inGrammar(section: readonly Piece[]): boolean {
  const code = section.filter((piece) => piece.kind === "code").map((piece) => piece.raw);
  if (/^general$/i.test(code.join("")))
    return section.every((piece) => piece.kind === "code" || isColourOrCondition(piece));
  let figure = "";
  /** Where the figure stands: not reached, being read, or behind. */
  let place: "before" | "in" | "after" = "before";
  let percents = 0;
  /** The letters "C" written in a row so far, and every text the section writes. */
  let letters = 0;
  let written = "";
  for (const piece of section) {
    if (piece.kind !== "code" || piece.raw !== "C") {
      if (letters !== 0 && letters !== CODE_LETTERS) return false;
      letters = 0;
    }
    if (piece.kind === "code" && FIGURE.test(piece.raw)) {
      if (place === "after") return false;
      place = "in";
      figure += piece.raw;
      continue;
    }
    if (place === "in") place = "after";
    if (piece.kind === "bracket") {
      if (isColourOrCondition(piece)) continue;
      const currency = currencyBracket(piece.text);
      if (
        !currency ||
        (currency.symbol === undefined ? wroteBefore(section, piece) : !LITERAL.test(currency.symbol))
      )
        return false;
      written += currency.symbol ?? "";
      continue;
    }
    if (piece.kind === "code") {
      if (piece.raw === "%") percents += 1;
      else if (!WRITTEN.has(piece.raw) || (place === "after" && MINUS.test(piece.raw))) return false;
      if (piece.raw === "C") letters += 1;
      written += piece.raw;
      continue;
    }
    if (piece.raw.startsWith("*") && piece.text !== " ") return false;
    if (!writes(piece)) continue;
    if (!LITERAL.test(piece.text) || (place === "after" && AFTER_MINUS.test(piece.text))) return false;
    written += piece.text;
  }
  if (letters !== 0 && letters !== CODE_LETTERS) return false;
  if (!bracketsPaired(written)) return false;
  return figure === "" ? percents === 0 : percents <= 1 && inOrder(figure);
}

/**
 * LibreOffice writes each "CCC" as its locale's currency code, and more letters after it as they are: a
 * run of another length ("CCCC": "USDC1,254") writes a code the check does not read (red team, round 30).
 */
const CODE_LETTERS = 3;

/** The characters of a figure. */
const FIGURE = /^[0#?.,]$/;

/** Placeholders, grouping between them, and decimals after a point. */
const NUMBER = /^[0#?]+(?:,[0#?]+)*(?:\.[0#?]+)?$/;

/**
 * Whole digits as optional placeholders (`#` or `?`, not both) before required ones (`0`), decimals as
 * required ones before optional ones. A `#` before a `0` among decimals is shown by LibreOffice as a `0`
 * (`#.##0` shows 5 as "5.000", five thousand to a Vietnamese reader), by the formatter as nothing ("5.0")
 * (red team, round 47).
 */
const WHOLE = /^(?:#*|\?*)0*$/;
const DECIMALS = /^0*(?:#*|\?*)$/;

/** Whether a figure's placeholders are in the grammar (`NUMBER`) and in order (`WHOLE`, `DECIMALS`). */
function inOrder(figure: string): boolean {
  const [whole = "", decimals = ""] = figure.split(".");
  return NUMBER.test(figure) && WHOLE.test(whole.replaceAll(",", "")) && DECIMALS.test(decimals);
}

/**
 * Characters outside quotes every program writes as they are; "C" as in LibreOffice's `CCC`, which it
 * writes as the locale's currency code (VND).
 */
const WRITTEN = new Set([" ", "-", "+", "(", ")", "$", "C"]);

/**
 * The spaces a text may write beside a figure: those fonts draw as nothing. Not every space Unicode has:
 * U+1680 (Ogham) is one that fonts draw as a dash, so "\u1680"#,##0 showed 1,254 as "–1,254" (red team,
 * round 30).
 */
const SPACES = " \\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000";

/**
 * What quoted or escaped text may write beside a figure: spaces, brackets, dashes (which the check
 * reads as a sign), a percent sign (which it reads as one), a currency's sign or code, a count's unit
 * (`COUNT_UNITS`: which figure each fits is judged with the figure). No digit (`",000"` shows 50 as
 * "50,000", which reads as 50 in Vietnamese and 50,000 in English), no other word (`" triệu"` shows 100
 * as a hundred million), no `#` (`"####"` reads as a column too narrow).
 */
const LITERAL = new RegExp(
  `^(?:[${SPACES}()%\\p{Sc}\\p{Pd}\\u2212]|đ\\.?|Đ|đồng|Đồng|VND|VNĐ|vnđ|vnd|USD|EUR|CCC|${COUNT_UNITS.join("|")})*$`,
  "u",
);

/** Whether a text written beside a figure leaves the figure as it is (see `LITERAL`). */
export const leavesFigure = (text: string) => LITERAL.test(text);

const MINUS = /[-\u2212]/;

/** A dash after the figure: "851-" is a negative in accountants' notation, the check reads a sign only before. */
const AFTER_MINUS = /[\p{Pd}\u2212]/u;

/**
 * Whether the text written beside a figure pairs its brackets: a bracket without its other half ("(1254")
 * reads as an accountant's negative to some, not to others (red team, round 30).
 */
export const bracketsPaired = (written: string) => written.split("(").length === written.split(")").length;

/** Whether a text written after a figure holds a dash (see `AFTER_MINUS`): an .ods data style's too (round 31). */
export const dashAfterFigure = (text: string) => AFTER_MINUS.test(text);

const COLOUR = /^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d{1,2})$/i;

/** A condition is one `canonicalFormat` has read as the programs do, or refused. */
const isColourOrCondition = (piece: Piece) =>
  piece.kind === "bracket" && (COLOUR.test(piece.text) || opensCondition(piece));

/** `[$symbol-locale]`: a symbol without digits, then a locale (see `latinLocale`); not both absent. */
const CURRENCY = /^\$(?:([^\p{N}#-]+)(?:-([0-9a-f]{1,8}))?|-([0-9a-f]{1,8}))$/iu;

/**
 * Whether a locale's hex, `[$-NNCCLLLL]`, writes Latin digits in the locale's own calendar: a numeral
 * system (NN) of 00, the system's default, or 01, Latin digits, and a calendar (CC) of 00. Any other
 * numeral system writes other digits in Excel (`[$-D00041E]`: Thai), though LibreOffice may not.
 */
function latinLocale(hex: string): boolean {
  const above = Math.floor(parseInt(hex, 16) / 0x10000);
  return above === 0 || above === 0x100;
}

/**
 * The locales that stand for the system's own long date (F800) and time (F400) formats, as Excel writes
 * its long date and time formats: Excel draws those in the system's format, LibreOffice what follows, and
 * what Excel draws of a figure's format after them cannot be told here.
 */
const SYSTEM_FORMATS = new Set([0xf800, 0xf400]);

/**
 * A currency or locale bracket the grammar allows, `[$₫-42A]`, `[$-409]`: its symbol and its locale's
 * hex, each where written (the symbol's text is judged by the caller); undefined for any other bracket.
 */
export function currencyBracket(
  text: string,
): { readonly symbol?: string; readonly locale?: string } | undefined {
  const currency = CURRENCY.exec(text);
  const [symbol, locale] = [currency?.[1], currency?.[2] ?? currency?.[3]];
  if (
    !currency ||
    (locale !== undefined && (!latinLocale(locale) || SYSTEM_FORMATS.has(parseInt(locale, 16) % 0x10000)))
  )
    return undefined;
  return { ...(symbol !== undefined ? { symbol } : {}), ...(locale !== undefined ? { locale } : {}) };
}

/**
 * Whether a bracket is a colour, a condition or a currency as the grammar allows: LibreOffice reads a
 * format with any other bracket, in any section, as General, where the formatter renders the section
 * it picks (`[≥1000]"1,442";0` shows -1500 as "-1500" and "1500").
 */
export const isKnownBracket = (piece: Piece) =>
  isColourOrCondition(piece) || currencyBracket(piece.text) !== undefined;

/** Whether anything but colours and a condition comes before `bracket`: a locale after it is text to LibreOffice. */
const wroteBefore = (section: readonly Piece[], bracket: Piece) =>
  section.slice(0, section.indexOf(bracket)).some((piece) => !isColourOrCondition(piece));
