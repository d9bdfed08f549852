/** A format as the formatter is to render it, and whether a section of it holds a condition. */
export interface CanonicalFormat {
  readonly code: string;
  readonly conditional: boolean;
}

/**
 * A number format rewritten so that SheetJS's formatter renders it as Excel and LibreOffice do, or
 * undefined where that cannot be done with certainty (the caller then trusts nothing the cell shows).
 *
 * Excel and LibreOffice read a section's condition leniently — `[ >= +1,000]`, `[>=1E3]`, `[=.15E4]` — but
 * the formatter knows only `[op number]` written plainly and renders a section with any other condition
 * as if it had none: a file could make the cell show 1,442 for 1500 while the check saw 1500.
 */
export function canonicalFormat(code: string): CanonicalFormat | undefined {
  const sections = splitSections(code);
  if (!sections) return undefined;
  const out: string[] = [];
  let conditional = false;
  for (const [index, section] of sections.entries()) {
    const rewritten = canonicalSection(section, index);
    if (rewritten === undefined) return undefined;
    out.push(rewritten.code);
    conditional ||= rewritten.conditional;
  }
  return { code: out.join(";"), conditional };
}

/** A piece of a section: literal text (quoted, escaped), a bracket's content, or format characters. */
interface Piece {
  readonly kind: "literal" | "bracket" | "code";
  /** As written in the format, quotes, backslash and brackets included. */
  readonly raw: string;
  /** The bracket's content, or the text a literal writes. */
  readonly text: string;
}

/** The format's sections, each as its pieces; undefined where a quote or bracket is left open. */
function splitSections(code: string): Piece[][] | undefined {
  const sections: Piece[][] = [[]];
  let i = 0;
  const push = (piece: Piece) => sections[sections.length - 1]!.push(piece);
  while (i < code.length) {
    const c = code[i]!;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return undefined;
      push({ kind: "literal", raw: code.slice(i, end + 1), text: code.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "\\" || c === "_" || c === "*") {
      // Each takes the next character as it is: written (\), its width as space (_), repeated (*).
      if (i + 1 >= code.length) return undefined;
      push({ kind: "literal", raw: code.slice(i, i + 2), text: code[i + 1]! });
      i += 2;
    } else if (c === "[") {
      const end = code.indexOf("]", i + 1);
      if (end < 0) return undefined;
      push({ kind: "bracket", raw: code.slice(i, end + 1), text: code.slice(i + 1, end) });
      i = end + 1;
    } else if (c === ";") {
      sections.push([]);
      i += 1;
    } else {
      push({ kind: "code", raw: c, text: c });
      i += 1;
    }
  }
  return sections;
}

/** An operator, then a number with an optional sign, digit grouping, decimals and exponent. */
const CONDITION =
  /^\s*(<=|>=|<>|<|>|=)\s*([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)\s*$/i;

/** What opens a condition, as Excel, LibreOffice and the formatter each tell one from a colour or locale. */
const OPENS_CONDITION = /^\s*[<>=]/;

/**
 * The other brackets all three read alike: a colour, a locale or currency, an elapsed time, a script of
 * digits. LibreOffice reads a format with any other (`[≥1000]`) as General, the formatter skips it.
 */
const KNOWN_BRACKET =
  /^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+|\$[^\]]*|h+|m+|s+|dbnum\d|natnum\d+)$/i;

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
