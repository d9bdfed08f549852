import { paddingSpace } from "../report/column-room";
import { holdsTextPlaceholder, opensCondition, splitSections, type Piece } from "./format-pieces";
import { currencyBracket, inGrammar, isKnownBracket } from "./format-grammar";

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
 * either (see `sectionsShowing`), nor where a section it may show the value in is outside the grammar
 * of what report forms use (see `inGrammar`).
 */
export function canonicalFormat(code: string, value: number): CanonicalFormat | undefined {
  const sections = splitSections(code);
  if (!sections || sections.length > MAX_SECTIONS) return undefined;
  const out: string[] = [];
  const conditions: boolean[] = [];
  let first: Condition | undefined;
  for (const [index, section] of sections.entries()) {
    const rewritten = canonicalSection(section, index);
    if (rewritten === undefined) return undefined;
    out.push(rewritten.code);
    conditions.push(rewritten.conditional);
    if (index === 0) first = rewritten.condition;
  }
  const shownIn = sectionsShowing(sections, conditions, value, first);
  if (!shownIn || !shownIn.every(inGrammar)) return undefined;
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
 * LibreOffice shows in the third what the formatter shows in the second; `[>0]` on the first of two
 * shows 0 in the first there (`first`: the first section's condition).
 */
function sectionsShowing(
  sections: readonly (readonly Piece[])[],
  conditions: readonly boolean[],
  value: number,
  first: Condition | undefined,
): readonly (readonly Piece[])[] | undefined {
  const last = sections.length - 1;
  const textAt = sections.length === MAX_SECTIONS || holdsTextPlaceholder(sections[last]!) ? last : -1;
  const numbers = textAt < 0 ? sections : sections.slice(0, textAt);
  if (numbers.some((section) => section.some((piece) => piece.text.includes("@")))) return undefined;
  // A format of a text section alone shows a number as General only where that section is `@` itself.
  if (numbers.length === 0) return sections[0]!.length === 1 ? [] : undefined;
  if (conditions.includes(true)) {
    const [onFirst, onSecond] = conditions;
    // LibreOffice reads `[>0]` on the first of two sections as the sign's rule and shows 0 in the first,
    // where Excel shows it in the second (red team, round 61: `[>0]"CĐCS";0` showed 0 as "CĐCS").
    const zeroApart =
      value === 0 && !onSecond && first?.operator === ">" && first.threshold === 0 && numbers.length === 2;
    const picksAlike = onFirst && (onSecond || numbers.length === 2) && !zeroApart;
    return picksAlike ? numbers : undefined;
  }
  if (numbers.length === 1) return numbers;
  const index = value < 0 ? 1 : numbers.length === 2 || value > 0 ? 0 : 2;
  return [numbers[index]!];
}

/** An operator, then a number with an optional sign, digit grouping, decimals and exponent. */
const CONDITION =
  /^\s*(<=|>=|<>|<|>|=)\s*([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)\s*$/i;

/** A number the formatter's condition reads as it is: no exponent, no grouping. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A piece as the formatter takes it, where it writes otherwise than the programs: LibreOffice's
 * currency code `CCC` (written as the code of the section's locale, as LibreOffice writes it; see
 * `currencyLetters`), a locale alone (`[$-42A]`, which writes nothing, where the formatter writes "$"),
 * a space before `%` (`0.0 %`), a padding (`_0`), which it writes as one space whatever its width, as a
 * space of that width (`paddingSpace`).
 */
function forFormatter(piece: Piece, next: Piece | undefined, letter: string): string {
  if (piece.kind === "code" && piece.raw === "C") return letter === "" ? "" : `"${letter}"`;
  if (piece.kind === "literal" && piece.raw.startsWith("_")) return `"${paddingSpace(piece.text)}"`;
  if (piece.kind === "bracket" && isLocaleAlone(piece.text)) return "";
  const space = piece.text === " " && (piece.kind === "code" || piece.raw === "\\ ");
  // The formatter renders nothing but figures before a percent sign: the space is left out, not the figure.
  return space && next?.kind === "code" && next.raw === "%" ? "" : piece.raw;
}

/** A locale without a currency's symbol: `[$-42A]`. */
const isLocaleAlone = (text: string) => {
  const currency = currencyBracket(text);
  return currency !== undefined && currency.symbol === undefined;
};

/**
 * What each `C` of a section writes: LibreOffice writes `CCC` as the currency code of the section's
 * locale. Only the đồng's (Vietnamese, LCID 42A) is written as its code; under any other locale "C"
 * stays as it is — a code that is not the đồng, which the check refuses beside a figure.
 */
function currencyLetters(pieces: readonly Piece[]): string[] {
  const letters = pieces.map(() => "C");
  const locale = pieces
    .map((piece) => (piece.kind === "bracket" ? currencyBracket(piece.text)?.locale : undefined))
    .find((hex) => hex !== undefined);
  // The language is the LCID's low 16 bits: `[$-100042A]` is Vietnamese in Latin digits.
  if (locale === undefined || parseInt(locale, 16) % 0x10000 !== VIETNAMESE) return letters;
  const isC = (at: number) => pieces[at]?.kind === "code" && pieces[at]!.raw === "C";
  for (let at = 0; at < pieces.length; at++) {
    if (isC(at - 1) || !isC(at) || !isC(at + 1) || !isC(at + 2) || isC(at + 3)) continue;
    letters.splice(at, 3, "VND", "", "");
  }
  return letters;
}

/** The LCID of Vietnamese. */
const VIETNAMESE = 0x42a;

/** A section's condition: its operator and the figure it compares with. */
interface Condition {
  readonly operator: string;
  readonly threshold: number;
}

function canonicalSection(
  pieces: readonly Piece[],
  index: number,
): (CanonicalFormat & { readonly condition?: Condition }) | undefined {
  let condition: Condition | undefined;
  let conditions = 0;
  const out: string[] = [];
  const letters = currencyLetters(pieces);
  for (const [at, piece] of pieces.entries()) {
    // The formatter looks for a condition anywhere in a section's text, quoted or not.
    if (piece.kind === "literal" && piece.text.includes("[")) return undefined;
    // A stray "]" makes LibreOffice read the whole format as General.
    if (piece.kind === "code" && piece.raw === "]") return undefined;
    if (piece.kind === "bracket" && !isKnownBracket(piece)) return undefined;
    if (!opensCondition(piece)) {
      out.push(forFormatter(piece, pieces[at + 1], letters[at]!));
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
    condition = { operator: operator!, threshold };
  }
  return { code: out.join(""), conditional: conditions > 0, ...(condition ? { condition } : {}) };
}
