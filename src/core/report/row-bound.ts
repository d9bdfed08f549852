import { remembered } from "../remembered";

/**
 * The functions whose result tells one cell of a row from another beside what they are given: the
 * cell's column (`COLUMN()`), its place or a reference made of text (`CELL`, `INDIRECT`).
 */
const PLACED = new Set(["COLUMN", "CELL", "INDIRECT"]);

/**
 * A formula's parts: a text or a quoted sheet name, a number, a name (a function's where a bracket
 * follows it), an error, or any one other character.
 */
const PART =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?:\d+\.?\d*|\.\d+)(?:E[-+]?\d+)?|([\p{L}_\\$][\p{L}\p{N}_.$]*)(\s*\()?|#[\p{L}/0]+[!?]?|[\s\S]/giu;

/** A name that is a reference reading the same for every cell of a row: its column fixed, or a row's number. */
const ROW_FIXED = /^(?:\$[A-Z]{1,3}(?:\$?\d+)?|\$?\d+|TRUE|FALSE)$/i;

/**
 * Whether a conditional format's formula (A1 notation) reads the same for every cell of a row: it holds
 * over all of a row's cells it covers or over none (`MOD(ROW(),2)=1`, `$A3="x"`). A reference whose column
 * follows the cell (`A3<>""`, `A:A`), a function of the cell's column, or any name it cannot tell (a
 * defined name, a table's column, another sheet's reference) may hold over one cell and not the next.
 */
function readsRowAlone(formula: string): boolean {
  for (const [part, name, called] of formula.matchAll(PART)) {
    if (name === undefined) {
      // A quoted sheet name is followed by one of its references.
      if (part.startsWith("'")) return false;
      continue;
    }
    if (called !== undefined) {
      if (PLACED.has(name.toUpperCase().replace(/^_XL(?:FN|WS)\./, ""))) return false;
    } else if (!ROW_FIXED.test(name)) return false;
  }
  return true;
}

/** `readsRowAlone`, worked out once per formula for a run: every report of a template repeats its rules. */
export const rowBoundFormula = remembered(readsRowAlone, 4_096);
