import { strToU8 } from "fflate";
import { odsVisibility } from "../../../../src/xlsx/sheetjs/ods/ods-visibility";

// An .ods's text boxes moved into <table:shapes>, placed on the sheet by svg:x and svg:y, covered a form's
// cells while SheetJS read the cells alone (red team, round 3, L1b); one anchored in a cell is placed
// from that cell.

/** Columns 1 inch wide, rows 0.25 inch high (72 and 18 points): cell B2's corner is at 1in, 0.25in. */
const content = (shapes: string, inCell = "") => `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0">
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

/** The cells (A1) of the first `size` rows and columns a drawing lies over, with its kind where asked. */
const drawnOver = (xml: string, kinds = false, size = 4) => {
  const seen = odsVisibility(strToU8(xml));
  const cells: string[] = [];
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++) {
      const kind = seen.drawnOver("Biểu 02", row, col);
      if (kind) cells.push(`${"ABCDEFGH"[col]}${row + 1}${kinds ? `:${kind}` : ""}`);
    }
  return cells;
};

/** A 1in × 0.25in text box placed by a `draw:transform`. */
const moved = (transform: string) =>
  `<draw:custom-shape svg:width="1in" svg:height="0.25in" draw:transform="${transform}"><text:p>50</text:p></draw:custom-shape>`;

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

  // LibreOffice writes a turned or skewed shape's place as draw:transform, without svg:x and svg:y: such
  // text boxes over Biểu 02's figures were taken to sit at A1 (red team, round 6, L1).
  it("places a shape by its draw:transform, on the bounding rectangle of its box", () => {
    const shapes = (xml: string) => content(`<table:shapes>${xml}</table:shapes>`);
    expect(drawnOver(shapes(moved("translate(1in 0.25in)")))).toEqual(["B2"]);
    expect(drawnOver(shapes(moved("rotate(0) translate(2.54cm, 18pt)")))).toEqual(["B2"]);
    // Turned a quarter counterclockwise about its top-left corner, then moved to C4's corner: it stands
    // 1in high from 1in above that corner, 0.25in wide, over C1 to C3.
    expect(drawnOver(shapes(moved("rotate(1.5707963) translate(2in 0.75in)")))).toEqual(["C1", "C2", "C3"]);
    expect(drawnOver(shapes(moved("scale(2 1) translate(1in 0.25in)")))).toEqual(["B2", "C2"]);
    expect(drawnOver(shapes(moved("matrix(1 0 0 1 1in 0.25in)")))).toEqual(["B2"]);
  });

  it("takes a shape whose draw:transform cannot be read to lie anywhere on the sheet", () => {
    const everywhere = drawnOver(
      content(`<table:shapes>${moved("translate(1in 0.25in) spin(3)")}</table:shapes>`),
      false,
      8,
    );
    expect(everywhere).toHaveLength(64);
    const group = `<draw:g draw:transform="translate(3in 1in)">${box("0in", "0in")}</draw:g>`;
    expect(drawnOver(content(`<table:shapes>${group}</table:shapes>`), false, 8)).toHaveLength(64);
  });

  // A clerk's logo over the start of the title lines is a picture, judged apart from a text box (F1).
  it("tells a picture (a frame holding an image alone) from a shape, a text box or a picture with words", () => {
    const frame = (inner: string) =>
      `<draw:frame svg:width="1in" svg:height="0.25in" svg:x="1in" svg:y="0.25in">${inner}</draw:frame>`;
    const image = (words = "") =>
      `<draw:image xlink:href="Pictures/logo.png" xlink:type="simple"><text:p>${words}</text:p></draw:image>`;
    const on = (xml: string) => drawnOver(content(`<table:shapes>${xml}</table:shapes>`), true);
    expect(on(frame(`${image()}<svg:title>Logo</svg:title>`))).toEqual(["B2:picture"]);
    expect(on(frame(image("Công đoàn xã Bình An (X07)")))).toEqual(["B2:shape"]);
    expect(on(frame("<draw:text-box><text:p>50</text:p></draw:text-box>"))).toEqual(["B2:shape"]);
    expect(on(box("1in", "0.25in"))).toEqual(["B2:shape"]);
    expect(on(frame(image()) + box("1in", "0.25in"))).toEqual(["B2:shape"]);
  });
});

// Red team, round 46: an .ods note set to show always (office:annotation, office:display="true"), its box
// laid over an input and saying "1,442" on the input's fill, was not read at all: LibreOffice showed the
// note over the figure, the roll-up counted the figure, and the file was ready. The same note in an .xlsx
// (VML) or an .xls was named.
describe("an .ods note on a cell", () => {
  /** A note on B3, shown always or not, placed by `place` (svg attributes) as LibreOffice writes one. */
  const note = (display: string | null, place: string) =>
    `<office:annotation${display === null ? "" : ` office:display="${display}"`} ${place}><text:p>1,442</text:p></office:annotation>`;
  /** Over C4, from the sheet's corner: a note's box is placed on the sheet, not from its cell. */
  const OVER_C4 = 'svg:x="2in" svg:y="0.75in" svg:width="1in" svg:height="0.25in"';

  it("shown always, lies over the cells under its box, placed from the sheet's corner", () => {
    expect(drawnOver(content("", note("true", OVER_C4)), true, 6)).toEqual(["C4:note"]);
  });

  it("shown on hovering only, lies over nothing", () => {
    expect(drawnOver(content("", note("false", OVER_C4)), false, 6)).toEqual([]);
    expect(drawnOver(content("", note(null, OVER_C4)), false, 6)).toEqual([]);
  });

  it("counts against the sheet's limit of drawings, placed or not", () => {
    const unplaced = note("true", 'svg:width="1in" svg:height="0.25in"');
    expect(() => odsVisibility(strToU8(content("", unplaced.repeat(1_000))))).not.toThrow();
    expect(() => odsVisibility(strToU8(content("", unplaced.repeat(1_001))))).toThrow(
      /more than 1000 drawings/,
    );
    expect(() => odsVisibility(strToU8(content("", note("true", OVER_C4).repeat(1_001))))).toThrow(
      /more than 1000 drawings/,
    );
  });

  it("shown always with no place of its own, is taken to lie anywhere", () => {
    expect(
      drawnOver(content("", note("true", 'svg:width="1in" svg:height="0.25in"')), false, 6),
    ).toHaveLength(36);
  });
});
