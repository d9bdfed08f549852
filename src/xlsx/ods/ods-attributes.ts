import { FileError } from "../errors";
import { WORDS } from "../../core/vocabulary";

/** The start tags of an .ods's tables, rows, columns and cells, with their attributes. */
const TABLE_TAG = /<(?:[\w.-]+:)?(?:table|table-row|table-column|table-cell|covered-table-cell)(\s[^>]*)>/g;
const ATTRIBUTE = /\s([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * The name SheetJS files an attribute under: a prefixed one by its local name, whatever its namespace
 * (`zz:value` is `value`), an unprefixed one cut at its first "_" (`value_x` is `value`); each is kept in
 * lower case too.
 */
function sheetJsKey(name: string): string {
  const colon = name.indexOf(":");
  if (colon >= 0) return `${name.slice(0, colon) === "xmlns" ? "xmlns" : ""}${name.slice(colon + 1)}`;
  const underscore = name.indexOf("_");
  return underscore > 0 ? name.slice(0, underscore) : name;
}

/**
 * Refuses an .ods whose table, row, column or cell carries two attributes SheetJS reads as one with
 * different values: LibreOffice reads `office:value="2"`, SheetJS lets a later `value_x="7"` or
 * `zz:value="7"` stand in its place, and `formula_x=""` hides a `table:formula` from the check. The
 * `calcext:value-type` LibreOffice writes beside `office:value-type` repeats the same value.
 */
export function checkOdsAttributes(xml: string, file: string): void {
  for (const [, attributes] of xml.matchAll(TABLE_TAG)) {
    if (!attributes!.includes("=")) continue;
    const seen = new Map<string, string>();
    for (const [, name, quoted] of attributes!.matchAll(ATTRIBUTE)) {
      const key = sheetJsKey(name!).toLowerCase();
      const value = quoted!.slice(1, -1);
      const before = seen.get(key);
      if (before !== undefined && before !== value)
        throw new FileError(WORDS.file.corrupt, file, {}, `two attributes read as "${key.slice(0, 40)}"`);
      seen.set(key, value);
    }
  }
}
