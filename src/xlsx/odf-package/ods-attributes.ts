import { FileError } from "../errors";
import { WORDS } from "../../core/vocabulary";
import { XML_NUMBER } from "../xml/xml-text";

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
 * A cell's value attributes as OpenDocument writes them, as SheetJS files them: a number, an ISO 8601
 * date (and time) and a duration without a sign, a boolean. What else SheetJS reads leniently
 * (`new Date` of "5280/02/15", a duration whose sign or leading junk it drops), LibreOffice reads as 0
 * or as another figure (red team, round 15); of two value attributes LibreOffice takes the last.
 */
const VALUE_GRAMMARS: ReadonlyMap<string, RegExp> = new Map([
  ["value", XML_NUMBER],
  ["date-value", /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/],
  ["time-value", /^P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/],
  ["boolean-value", /^(true|false)$/],
]);

/** LibreOffice's pair on a cell whose formula gives an error: `office:value-type="string"`, then "error". */
const isErrorResult = (key: string, before: string, name: string, value: string) =>
  key === "value-type" && before === "string" && name === "calcext:value-type" && value === "error";

/** An element whose name holds "_": no OpenDocument element does, SheetJS reads `table-cell_x` as a cell. */
const UNDERSCORED_ELEMENT = /<[^\s/>!?]*_[^\s/>]*[\s/>]/;

/**
 * Refuses an .ods that SheetJS reads otherwise than LibreOffice: an element whose name holds "_"
 * (SheetJS cuts it there, LibreOffice skips it); a table, row, column or cell carrying an attribute with
 * no namespace prefix (OpenDocument has none; LibreOffice ignores `value_x="7"` and the UOS aliases
 * `数据数值`, `名称`, SheetJS reads them as the value or the sheet's name), or two attributes SheetJS reads
 * as one with different values (`zz:value="7"` in place of `office:value="2"`, `formula_x=""` hiding a
 * `table:formula`); a value not written as `VALUE_GRAMMARS` says (SheetJS reads "&#160;1234567" as
 * 1,234,567, LibreOffice as 0), or two kinds of value on one cell. The `calcext:value-type` LibreOffice
 * writes beside `office:value-type` repeats it, or says "error" beside "string" where a formula's result
 * is an error (`#DIV/0!` on a clerk's own notes sheet refused the file: red team, round 25): either way
 * the cell holds no figure.
 */
export function checkOdsAttributes(xml: string, file: string): void {
  const refuse = (detail: string): never => {
    throw new FileError(WORDS.file.corrupt, file, {}, detail);
  };
  const element = UNDERSCORED_ELEMENT.exec(xml);
  if (element) refuse(`element ${element[0].slice(0, 40)}`);
  for (const [, attributes] of xml.matchAll(TABLE_TAG)) {
    if (!attributes!.includes("=")) continue;
    const seen = new Map<string, string>();
    let values = 0;
    for (const [, name, quoted] of attributes!.matchAll(ATTRIBUTE)) {
      if (!name!.includes(":") && name !== "xmlns") refuse(`attribute ${name!.slice(0, 40)} of no namespace`);
      const key = sheetJsKey(name!).toLowerCase();
      const value = quoted!.slice(1, -1);
      const grammar = VALUE_GRAMMARS.get(key);
      if (grammar && !grammar.test(value)) refuse(`${key} "${value.slice(0, 40)}"`);
      if (grammar && !seen.has(key) && ++values > 1) refuse("a cell with two kinds of value");
      const before = seen.get(key);
      if (before !== undefined && before !== value && !isErrorResult(key, before, name!, value))
        refuse(`two attributes read as "${key.slice(0, 40)}"`);
      seen.set(key, value);
    }
  }
}
