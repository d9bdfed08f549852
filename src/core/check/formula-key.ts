import { quoteSheet } from "../grid/a1";
import { QUOTED, unfixedReferences } from "../grid/cell-references";
import { remembered } from "../remembered";

/** Texts and quoted sheet names: kept as written, for a space or a "$" inside them is part of them. */
const QUOTED_PARTS = new RegExp(QUOTED.source, "g");

/** The spaces Excel and LibreOffice read as nothing beside an operator or a bracket. */
const BLANKS = /[ \t\r\n]+/g;

/** What names, numbers and references are made of: a space between two of these is no blank to them. */
const WORD = /[\p{L}\p{N}_.]/u;

/** A part of a formula outside texts and quoted names, as compared: blanks aside, in capitals. */
const bare = (part: string) =>
  part
    .replace(BLANKS, (blank, at: number) => {
      const before = part[at - 1];
      const after = part[at + blank.length];
      return before !== undefined && after !== undefined && WORD.test(before) && WORD.test(after) ? " " : "";
    })
    .toUpperCase();

/**
 * A formula as compared with the one expected: references to its own sheet, a reference's "$", blanks
 * beside operators and brackets, and the case of names aside. A blank inside a reference (`C1 9`), a space
 * of another kind (no-break, ideographic) or a sheet name written otherwise is kept: Excel and LibreOffice
 * read no such formula (red team, round 48: `C18+C1 9` showed Err:509 while it compared equal to
 * `C18+C19`, and the figure counted).
 */
export const formulaKey = (formula: string, sheet: string): string => keyed(`${sheet}\u0000${formula}`);

/** Every report of a template compares the same formulas on the same sheets: each key is made once. */
const keyed = remembered((both) => {
  const split = both.indexOf("\u0000");
  return keyOf(both.slice(split + 1), both.slice(0, split));
}, 1024);

function keyOf(formula: string, sheet: string): string {
  // A "$" fixing a reference's column or row: `$C$18` is `C18` to a comparison.
  const text = unfixedReferences(formula.replace(/^\s*=/, ""));
  let key = "";
  let from = 0;
  for (const quoted of text.matchAll(QUOTED_PARTS)) {
    key +=
      bare(text.slice(from, quoted.index)) +
      (quoted[0].startsWith("'") ? quoted[0].toUpperCase() : quoted[0]);
    from = quoted.index + quoted[0].length;
  }
  key += bare(text.slice(from));
  return key.replace(ownSheetPattern(sheet), "");
}

/** A report has a handful of sheets, and every formula of a roll-up is keyed: each pattern is made once. */
const OWN_SHEETS = new Map<string, RegExp>();
const MAX_OWN_SHEETS = 64;

/** A reference's own sheet (`'BIỂU 04'!`), not the end of a longer name. */
function ownSheetPattern(sheet: string): RegExp {
  let pattern = OWN_SHEETS.get(sheet);
  if (pattern) return pattern;
  const own = `${quoteSheet(sheet).toUpperCase()}!`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  pattern = new RegExp(`(?<![\\p{L}\\p{N}_.'])${own}`, "gu");
  if (OWN_SHEETS.size < MAX_OWN_SHEETS) OWN_SHEETS.set(sheet, pattern);
  return pattern;
}
