import { strToU8, zipSync } from "fflate";

/** A number in a number format: one cell of the corpus. */
export interface FormattedNumber {
  readonly format: string;
  readonly value: number;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Custom number formats are numbered from 164: the ids below are built in. */
const FIRST_CUSTOM_ID = 164;

/**
 * A workbook of one sheet, "S", holding each number in column A, a row each, in its format: one file for
 * a whole corpus, so LibreOffice starts once for it.
 */
export function corpusWorkbook(cells: readonly FormattedNumber[]): Uint8Array {
  const formats = [...new Set(cells.map((cell) => cell.format))];
  const styleOf = new Map(formats.map((format, i) => [format, i + 1]));
  const numFmts = formats
    .map((format, i) => `<numFmt numFmtId="${FIRST_CUSTOM_ID + i}" formatCode="${escapeXml(format)}"/>`)
    .join("");
  const xfs = formats
    .map(
      (_, i) =>
        `<xf numFmtId="${FIRST_CUSTOM_ID + i}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`,
    )
    .join("");
  const rows = cells
    .map(
      (cell, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" s="${styleOf.get(cell.format)}"><v>${cell.value}</v></c></row>`,
    )
    .join("");
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
  const officeDocument = `${relationships}/officeDocument`;
  const contentType = (part: string) =>
    `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}+xml`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${contentType("sheet.main")}"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${contentType("worksheet")}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${contentType("styles")}"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${packageRelationships}">` +
        `<Relationship Id="rId1" Type="${officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${relationships}">` +
        `<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${packageRelationships}">` +
        `<Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${relationships}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}">` +
        `<numFmts count="${formats.length}">${numFmts}</numFmts>` +
        `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
        `<borders count="1"><border/></borders>` +
        `<cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>${xfs}</cellXfs>` +
        `</styleSheet>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${rows}</sheetData></worksheet>`,
    ),
  });
}
