import { holdsTextPlaceholder, splitSections, writes, type Piece } from "./format-pieces";

/** A format as the formatter is to render it, and whether a section of it holds a condition. */
export interface CanonicalFormat {
  readonly code: string;
  readonly conditional: boolean;
}

/**
 * A number format rewritten so that SheetJS's formatter renders `value` in it as Excel and LibreOffice
 * do, or undefined where that cannot be done with certainty (the caller then trusts nothing the cell
 * shows).
 *
 * Excel and LibreOffice read a section's condition leniently — `[ >= +1,000]`, `[>=1E3]`, `[=.15E4]` — but
 * the formatter knows only `[op number]` written plainly and renders a section with any other condition
 * as if it had none: a file could make the cell show 1,442 for 1500 while the check saw 1500. Where the
 * formatter picks another section than they do, or drops what the section writes, nothing is trusted
 * either (see `numberSections` and `rendersOtherwise`).
 */
export function canonicalFormat(code: string, value: number): CanonicalFormat | undefined {
  const sections = splitSections(code);
  if (!sections || sections.length > MAX_SECTIONS) return undefined;
  const out: string[] = [];
  const conditions: boolean[] = [];
  for (const [index, section] of sections.entries()) {
    const rewritten = canonicalSection(section, index);
    if (rewritten === undefined) return undefined;
    out.push(rewritten.code);
    conditions.push(rewritten.conditional);
  }
  const shownIn = sectionsShowing(sections, conditions, value);
  if (!shownIn || shownIn.some(rendersOtherwise)) return undefined;
  return { code: out.join(";"), conditional: conditions.includes(true) };
}

/** Positive, negative, zero, text: Excel reads no more. */
const MAX_SECTIONS = 4;

/**
 * The sections `value` may be shown in, as Excel and LibreOffice pick one, where the formatter picks the
 * same: by sign without conditions (one section for all; two: not negative, negative; three: positive,
 * negative, zero), every number section with them. Undefined where they pick otherwise than the
 * formatter: it takes a last section holding `@` anywhere — quoted, escaped, as a width or a fill — for
 * the text section, where they read such an `@` as a literal, and shows a number in `@;0` that
 * LibreOffice does not show; with a condition on the first of three sections and none on the second,
 * LibreOffice shows in the third what the formatter shows in the second.
 */
function sectionsShowing(
  sections: readonly (readonly Piece[])[],
  conditions: readonly boolean[],
  value: number,
): readonly (readonly Piece[])[] | undefined {
  const last = sections.length - 1;
  const textAt = sections.length === MAX_SECTIONS || holdsTextPlaceholder(sections[last]!) ? last : -1;
  const numbers = textAt < 0 ? sections : sections.slice(0, textAt);
  if (numbers.some((section) => section.some((piece) => piece.text.includes("@")))) return undefined;
  // A format of a text section alone shows a number as General only where that section is `@` itself.
  if (numbers.length === 0) return sections[0]!.length === 1 ? [] : undefined;
  if (conditions.includes(true)) {
    const [first, second] = conditions;
    const picksAlike = first && (second || numbers.length === 2);
    return picksAlike ? numbers : undefined;
  }
  if (numbers.length === 1) return numbers;
  const index = value < 0 ? 1 : numbers.length === 2 || value > 0 ? 0 : 2;
  return [numbers[index]!];
}

/**
 * Whether the formatter renders a section otherwise than a person sees it: digits repeated to fill the
 * cell (`0*0` shows 1 as 100, the formatter drops the fill); digits of another script (`0"١"`), which
 * the check does not read as digits; literal digits after a decimal point, which LibreOffice drops where
 * no decimal follows (`0."000"` shows 1500 as 1500000, the formatter as 1500.000); anything beside
 * `General`, which the formatter drops (`General"000"` shows 1500000). Literal digits it does render
 * (`"1,442"`) are left to the check of what the cell shows.
 */
function rendersOtherwise(section: readonly Piece[]): boolean {
  const point = section.findIndex((piece) => piece.kind === "code" && piece.raw === ".");
  const digits = (piece: Piece) => writes(piece) && /\p{N}/u.test(piece.text);
  const otherDigits = (piece: Piece) => writes(piece) && /[^\P{N}0-9]/u.test(piece.text);
  if (
    section.some(
      (piece, at) =>
        (digits(piece) && (piece.raw.startsWith("*") || (point >= 0 && at > point))) || otherDigits(piece),
    )
  )
    return true;
  const code = section.filter((piece) => piece.kind === "code");
  const general = /general/i.test(code.map((piece) => piece.raw).join(""));
  return general && (code.length > "General".length || section.some((piece) => piece.kind === "literal"));
}

/** An operator, then a number with an optional sign, digit grouping, decimals and exponent. */
const CONDITION =
  /^\s*(<=|>=|<>|<|>|=)\s*([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)\s*$/i;

/** What opens a condition, as Excel, LibreOffice and the formatter each tell one from a colour or locale. */
const OPENS_CONDITION = /^\s*[<>=]/;

/**
 * The other brackets all three read alike: a colour, a locale or currency, an elapsed time. LibreOffice
 * reads a format with any other (`[≥1000]`) as General, the formatter skips it; a script of numerals
 * (`[DBNum1]`, `[NatNum12]`) LibreOffice writes the figure in — 一千五百, "one thousand five hundred" —
 * the formatter ignores, and no check reads it back.
 */
const KNOWN_BRACKET = /^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+|\$[^\]]*|h+|m+|s+)$/i;

/** A number the formatter's condition reads as it is: no exponent, no grouping. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

function canonicalSection(pieces: readonly Piece[], index: number): CanonicalFormat | undefined {
  let conditions = 0;
  const out: string[] = [];
  for (const piece of pieces) {
    // The formatter looks for a condition anywhere in a section's text, quoted or not.
    if (piece.kind === "literal" && piece.text.includes("[")) return undefined;
    // A stray "]" makes LibreOffice read the whole format as General.
    if (piece.kind === "code" && piece.raw === "]") return undefined;
    if (piece.kind !== "bracket" || !OPENS_CONDITION.test(piece.text)) {
      if (piece.kind === "bracket" && !KNOWN_BRACKET.test(piece.text)) return undefined;
      out.push(piece.raw);
      continue;
    }
    const match = CONDITION.exec(piece.text);
    // Excel reads a condition only in the first two sections, one to a section.
    if (!match || index > 1 || ++conditions > 1) return undefined;
    const [, operator, sign, digits] = match;
    const threshold = Number(`${sign}${digits!.replace(/,/g, "")}`);
    const written = String(threshold);
    if (!PLAIN_NUMBER.test(written)) return undefined;
    out.push(`[${operator}${written}]`);
  }
  if (misrenderedExponent(pieces)) return undefined;
  return { code: out.join(""), conditional: conditions > 0 };
}

/**
 * Whether the section is scientific in a shape the formatter renders otherwise than Excel and
 * LibreOffice: it renders only a mantissa of one "0" and a decimal point (`0.00E+00`) and `##0.0E+0`
 * as they do, and shows 1500 in `0E+0` as 1.5E+3 where they show 2E+3, a figure they do not show.
 */
function misrenderedExponent(pieces: readonly Piece[]): boolean {
  const code = pieces
    .filter((piece) => piece.kind === "code")
    .map((piece) => piece.raw)
    .join("");
  const scientific = /([0#?.,]*)E([+-]0+)/i.exec(code);
  if (!scientific) return false;
  const [, mantissa, exponent] = scientific;
  return !/^0\.[0#]*$/.test(mantissa!) && !(/^#+0\.0$/.test(mantissa!) && exponent === "+0");
}
