import { fromA1, toA1 } from "../core/grid/a1";
import { isOurName } from "./workbook-names";

/** The user's formulas and names that point at sheets a write would replace, which would turn to #REF!. */
export interface Dependents {
  /** "Sheet1!B2", in sheet order then row order. */
  readonly cells: readonly string[];
  readonly names: readonly string[];
  /** Sheets too large to read in one request: what they hold is unknown. */
  readonly unchecked: readonly string[];
}

/** A sheet's used cells read at most: Excel on the web answers at most 5 MB per request. */
const MAX_CELLS = 100_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether a formula names one of `sheets` in a reference: 'Tổng hợp'!A1 (quoted as Excel writes names
 * with spaces or other letters) or Sheet2!A1, in any case, not as the tail of a longer name nor inside
 * a text constant.
 */
export function namesSheet(formula: string, sheets: readonly string[]): boolean {
  // Text in quotes is no reference, whatever it spells.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return sheets.some((sheet) => {
    const quoted = `'${escapeRegExp(sheet.replace(/'/g, "''"))}'!`;
    const plain = `(?<![\\w.'])${escapeRegExp(sheet)}!`;
    return new RegExp(`${quoted}|${plain}`, "iu").test(code);
  });
}

/**
 * Reads the formulas of `others` (the sheets a write keeps) and the workbook's names for references to
 * `replaced`: two syncs, the first for the sheets' sizes. Needs the names' `name` and `formula` loaded.
 */
export async function dependentsOf(
  context: Excel.RequestContext,
  others: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
  replaced: readonly string[],
): Promise<Dependents> {
  // Values only: a formula has a value, and cells that only have a format need not be read.
  const used = others.map((sheet) => sheet.getUsedRangeOrNullObject(true).load("cellCount"));
  await context.sync();
  const read = others.flatMap((sheet, i) => {
    const range = used[i]!;
    if (range.isNullObject || range.cellCount > MAX_CELLS) return [];
    return [{ sheet, range: range.load("address,formulas") }];
  });
  await context.sync();
  const cells = read.flatMap(({ sheet, range }) => {
    const [first] = range.address.slice(range.address.lastIndexOf("!") + 1).split(":");
    const origin = fromA1(first!)!;
    return range.formulas.flatMap((row, r) =>
      row.flatMap((formula, c) =>
        typeof formula === "string" && formula.startsWith("=") && namesSheet(formula, replaced)
          ? [`${sheet.name}!${toA1(origin.row + r, origin.col + c)}`]
          : [],
      ),
    );
  });
  return {
    cells,
    names: names
      .filter((n) => !isOurName(n.name) && typeof n.formula === "string" && namesSheet(n.formula, replaced))
      .map((n) => n.name),
    unchecked: others
      .filter((_, i) => !used[i]!.isNullObject && used[i]!.cellCount > MAX_CELLS)
      .map((s) => s.name),
  };
}
