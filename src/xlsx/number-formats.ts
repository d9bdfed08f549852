import { SPREADSHEET_NS } from "./read-namespaces";
import { loadSheetJs } from "./sheetjs";
import { streamXml } from "./xml-stream";

/**
 * The built-in number formats every locale shares (ECMA-376 §18.8.30). The others (currency,
 * accounting, East Asian dates) follow the reader's locale, which no file can bend to show another
 * figure; they are read as General, as SheetJS reads them. SheetJS's own table is not used: each file
 * it parses may rewrite it.
 */
const BUILT_IN: ReadonlyMap<number, string> = new Map([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yy h:mm"],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);

/**
 * Formats that show a number's own digits, grouped or not, or as a percentage: they show the figure,
 * so there is no need to render them to know (a template's ratio cells are 0.0%).
 */
const PLAIN = new Set(["general", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.0%", "0.00%"]);

export const isPlainFormat = (code: string) => PLAIN.has(code.toLowerCase());

export interface NumberFormats {
  /** Each cell style's format, by the index a cell's `s` gives. */
  readonly cells: readonly string[];
  /** Each differential style's format, by the index a conditional format's `dxfId` gives, if it sets one. */
  readonly conditional: readonly (string | undefined)[];
}

/**
 * The number formats of a styles part: the `numFmtId` of each `xf` of `cellXfs`, looked up in the
 * part's own formats, then the built-in ones; and the format each `dxf` of `dxfs` sets, if any.
 */
export function readNumberFormats(xml: string): NumberFormats {
  const custom = new Map<number, string>();
  const styles: number[] = [];
  const conditional: (string | undefined)[] = [];
  let main: string | null = null;
  let list = "";
  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      if (depth === 0) main = name === "styleSheet" && SPREADSHEET_NS.has(namespace) ? namespace : null;
      if (main === null || namespace !== main) return;
      if (depth === 1) list = name;
      else if (depth === 2 && list === "numFmts" && name === "numFmt") {
        const id = Number(attributes.get("numFmtId"));
        const code = attributes.get("formatCode");
        if (Number.isInteger(id) && code !== undefined && !custom.has(id)) custom.set(id, code);
      } else if (depth === 2 && list === "cellXfs" && name === "xf")
        styles.push(Number(attributes.get("numFmtId") ?? 0));
      else if (depth === 2 && list === "dxfs" && name === "dxf") conditional.push(undefined);
      else if (depth === 3 && list === "dxfs" && name === "numFmt" && conditional.length > 0)
        conditional[conditional.length - 1] = attributes.get("formatCode") ?? "";
    },
    close(_, __, depth) {
      if (depth === 1) list = "";
    },
  });
  return { cells: styles.map((id) => custom.get(id) ?? BUILT_IN.get(id) ?? "General"), conditional };
}

/**
 * What a spreadsheet program shows for a number in a format, rendered by SheetJS's formatter; undefined
 * for the plain formats. A format the formatter cannot read shows nothing that can be trusted: "".
 */
export function shownNumber(code: string, value: number): string | undefined {
  if (isPlainFormat(code)) return undefined;
  try {
    return String(loadSheetJs().SSF.format(code, value));
  } catch {
    return "";
  }
}
