import { baseColumnWidth, unsizedColumnWidth } from "./column-widths";
import { SPREADSHEET_NS } from "../xml/read-namespaces";
import { streamXml } from "../xml/xml-stream";
import { isOoxmlEntries, openWorkbook, packageParts } from "../package/open-workbook";

/**
 * The width (characters) of a column no `col` element sizes on a sheet, as the report reader reads it:
 * `unsizedColumnWidth` of its `sheetFormatPr`, the last counting; its base width where it has none.
 * Undefined where its root is no worksheet.
 */
function defaultColumnWidth(xml: string): number | undefined {
  let main: string | null = null;
  let width = baseColumnWidth();
  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      if (depth === 0) main = name === "worksheet" && SPREADSHEET_NS.has(namespace) ? namespace : null;
      else if (depth === 1 && name === "sheetFormatPr" && namespace === main)
        width = unsizedColumnWidth(attributes);
    },
  });
  return main === null ? undefined : width;
}

/**
 * Each sheet's width of a column no `col` element sizes, by the sheet's name, following the package's
 * relationships as the report reader finds its sheets: SheetJS reads no `sheetFormatPr`, and without it
 * a merge over such columns has no width, so a unit line merged across them (a workbook whose columns
 * no program sized) was judged by one reader and not the other. `parts` are the package's XML parts:
 * none where the file is not an .xlsx.
 */
export function defaultColumnWidths(
  parts: ReadonlyMap<string, Uint8Array>,
  file: string,
): Map<string, number> {
  const widths = new Map<string, number>();
  if (!isOoxmlEntries(parts.keys())) return widths;
  try {
    const opened = packageParts(parts, file);
    const { workbook, workbookRels } = openWorkbook(opened, file);
    for (const sheet of workbook.sheets) {
      const part = sheet.relationship ? workbookRels.get(sheet.relationship)?.target : undefined;
      const width = part && defaultColumnWidth(opened.text(part) ?? "");
      if (width) widths.set(sheet.name, width);
    }
  } catch {
    // A package or a sheet that cannot be read so leaves every width untold, as SheetJS reads it: the
    // file is refused, if at all, as it was (the report reader refuses it; SheetJS's own reading may).
    return new Map();
  }
  return widths;
}
