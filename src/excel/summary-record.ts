import { sheetKey } from "./sheet-names";
import { findName } from "./workbook-names";

/**
 * The workbook name listing the sheets the last summary wrote, as a text constant: a summary replaces
 * those sheets and no others, so a user's sheet that happens to share a summary sheet's name is kept.
 */
export const SUMMARY_RECORD = "TD_SUMMARY_SHEETS";

/** Excel forbids "/" in sheet names, so it cannot occur inside one. */
const SEPARATOR = "/";

/** Excel refuses a text constant over 255 characters in a formula; longer lists are joined with "&". */
const MAX_TEXT = 255;

export function recordFormula(sheetNames: readonly string[]): string {
  const text = sheetNames.join(SEPARATOR);
  const parts: string[] = [];
  for (let at = 0; at < text.length || parts.length === 0; at += MAX_TEXT)
    parts.push(`"${text.slice(at, at + MAX_TEXT).replace(/"/g, '""')}"`);
  return `=${parts.join("&")}`;
}

/** The sheet names a record's formula lists: its text constants joined; anything else is ignored. */
export function recordedNames(formula: unknown): string[] {
  if (typeof formula !== "string") return [];
  const texts = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
  return texts.join("").split(SEPARATOR).filter(Boolean);
}

/** The record among the workbook's names, if a summary left one. Needs `name` loaded. */
export function findRecord(names: readonly Excel.NamedItem[]): Excel.NamedItem | undefined {
  return findName(names, SUMMARY_RECORD);
}

/**
 * The record without the `taken` sheet names, if it lists any: once another writer (a report insert)
 * puts a sheet of its own under a recorded name, the next summary must not replace it. Needs `formula`
 * loaded.
 */
export function recordsLeft(
  record: Excel.NamedItem | undefined,
  taken: readonly string[],
): { name: string; formula: string }[] {
  if (!record) return [];
  const takenKeys = new Set(taken.map(sheetKey));
  const listed = recordedNames(record.formula);
  const kept = listed.filter((name) => !takenKeys.has(sheetKey(name)));
  return kept.length === listed.length ? [] : [{ name: SUMMARY_RECORD, formula: recordFormula(kept) }];
}
