/** Excel's rules for sheet names: at most 31 characters, none of \ / ? * [ ] :, no quote at either end. */
export const MAX_SHEET_NAME = 31;

export function validSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[\\/?*[\]:]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME).trimEnd();
}

/** Sheet names are compared without regard to case, as Excel does. */
export const sheetKey = (name: string) => name.toUpperCase();

/**
 * `wanted` if no sheet has that name yet, else "wanted (2)", "wanted (3)", … shortened to fit 31
 * characters, so a user's sheet is never overwritten. `taken` holds sheetKey()s and gains the result.
 */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = validSheetName(wanted);
  let name = base;
  for (let n = 2; taken.has(sheetKey(name)); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(sheetKey(name));
  return name;
}
