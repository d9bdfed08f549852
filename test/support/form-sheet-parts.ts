import { fastOutcome } from "./compare-readers";
import type { ReportParts } from "./report-parts";

// Builders of what lies over the report's input sheet (a drawing part), shared by the .xlsx tests and the .xls
// ones that resave them through LibreOffice.

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** A text box filled like a cell, saying "5". */
export const textBox = `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF8DC"/></a:solidFill></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>5</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/>`;

export const marker = (tag: string, col: number, row: number, colOff = 0, rowOff = 0) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>${colOff}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${rowOff}</xdr:rowOff></xdr:${tag}>`;

/** A drawing anchored over exactly one cell (column and row from 0). */
export const twoCell = (col: number, row: number, drawn = textBox) =>
  `<xdr:twoCellAnchor>${marker("from", col, row)}${marker("to", col + 1, row + 1)}${drawn}</xdr:twoCellAnchor>`;

/** The report with a drawing part of these anchors on the input's sheet. */
export const withDrawing = (report: ReportParts, anchors: string) =>
  report.fileWith({
    [report.input.part]: (xml) => xml.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'),
    [report.input.part.replace("worksheets/", "worksheets/_rels/") + ".rels"]:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    "xl/drawings/drawing1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${anchors}</xdr:wsDr>`,
    "[Content_Types].xml": (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
      ),
  });

/** The cells named as lying under a drawing, or "refused". */
export const drawnOver = (bytes: Uint8Array) => {
  const outcome = fastOutcome(bytes);
  return outcome.read
    ? outcome.findings
        .filter((f) => f.rule === "cell.under_drawing")
        .map((f) => [f.severity, f.sheet, f.cell])
    : "refused";
};
