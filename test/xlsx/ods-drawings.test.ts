import { strToU8 } from "fflate";
import { odsVisibility } from "../../src/xlsx/ods/ods-visibility";

// An .ods's text boxes moved into <table:shapes>, placed on the sheet by svg:x and svg:y, covered a form's
// cells while SheetJS read the cells alone (red team, round 3, L1b); one anchored in a cell is placed
// from that cell.

/** Columns 1 inch wide, rows 0.25 inch high (72 and 18 points): cell B2's corner is at 1in, 0.25in. */
const content = (shapes: string, inCell = "") => `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0">
<office:automatic-styles>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1in"/></style:style>
<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.25in"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Biểu 02">${shapes}
<table:table-column table:style-name="co1" table:number-columns-repeated="10"/>
<table:table-row table:style-name="ro1" table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="10"/></table:table-row>
<table:table-row table:style-name="ro1"><table:table-cell/><table:table-cell>${inCell}</table:table-cell><table:table-cell table:number-columns-repeated="8"/></table:table-row>
<table:table-row table:style-name="ro1" table:number-rows-repeated="20"><table:table-cell table:number-columns-repeated="10"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>`;

const box = (x: string, y: string, more = "") =>
  `<draw:custom-shape svg:width="1in" svg:height="0.25in" svg:x="${x}" svg:y="${y}"${more}><draw:enhanced-geometry svg:viewBox="0 0 21600 21600"/></draw:custom-shape>`;

/** The cells (A1) of the first four rows and columns a drawing lies over. */
const drawnOver = (xml: string) => {
  const seen = odsVisibility(strToU8(xml));
  const cells: string[] = [];
  for (let row = 0; row < 4; row++)
    for (let col = 0; col < 4; col++)
      if (seen.drawnOver("Biểu 02", row, col)) cells.push(`${"ABCD"[col]}${row + 1}`);
  return cells;
};

describe("an .ods's drawings and the cells they lie over", () => {
  it("places a shape anchored to the sheet by its position and size", () => {
    expect(drawnOver(content(`<table:shapes>${box("1in", "0.25in")}</table:shapes>`))).toEqual(["B2"]);
    expect(drawnOver(content(`<table:shapes>${box("2.54cm", "0.5in")}</table:shapes>`))).toEqual(["B3"]);
  });

  it("places a shape anchored in a cell from that cell, to its end cell", () => {
    expect(drawnOver(content("", box("0in", "0in")))).toEqual(["B3"]);
    const toEnd = box("0in", "0in", ` table:end-cell-address="'Biểu 02'.C4"`);
    expect(drawnOver(content("", toEnd))).toEqual(["B3", "C3", "B4", "C4"]);
  });

  it("names nothing where the sheet has no drawing, or one away from the cells", () => {
    expect(drawnOver(content(""))).toEqual([]);
    expect(drawnOver(content(`<table:shapes>${box("5in", "3in")}</table:shapes>`))).toEqual([]);
  });
});
