import { layoutReport, parsePeriod, sampleForms, defaultTargets, TEMPLATE_IDS } from "../../../src/core";
import { characterPixels, columnPixels } from "../../../src/xlsx/sheet-geometry/column-widths";
import { fastOutcome } from "../../support/compare-readers";
import { reportParts, type ReportParts } from "../../support/report-parts";
import {
  drawnOver,
  marker,
  textBox,
  twoCell,
  withDrawing as withDrawingOf,
} from "../../support/form-sheet-parts";

// A text box (or a picture, a chart, any drawing) laid exactly over a form's cell shows a person the
// figure it says, filled like the cell, while the roll-up counts the cell's (red team, round 3, L1).

let report: ReportParts;
let input: ReportParts["input"];

beforeAll(async () => {
  report = await reportParts();
  input = report.input;
});

const EMU = 9525;

const picture = `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId9"/></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>`;

const oneCell = (col: number, row: number, cx: number, cy: number) =>
  `<xdr:oneCellAnchor>${marker("from", col, row)}<xdr:ext cx="${cx * EMU}" cy="${cy * EMU}"/>${textBox}</xdr:oneCellAnchor>`;
const absolute = (x: number, y: number, cx: number, cy: number) =>
  `<xdr:absoluteAnchor><xdr:pos x="${x * EMU}" y="${y * EMU}"/><xdr:ext cx="${cx * EMU}" cy="${cy * EMU}"/>${textBox}</xdr:absoluteAnchor>`;

/** The report with a drawing part of these anchors on the input's sheet. */
const withDrawing = (anchors: string) => withDrawingOf(report, anchors);

// The input is C9 of Biểu 01 (column 2, row 8 from 0). Where its corner lies, in pixels, follows the
// widths and heights the template gives its columns and rows, as the reader measures them.
const b01 = layoutReport({
  unit: { code: "CD_H01", name: "Công đoàn H01", kind: "commune" },
  period: parsePeriod("2025-D1")!,
  templates: ["B01"],
  targets: defaultTargets(["B01"]),
}).sheets.find((sheet) => sheet.name === "Biểu 01")!;
const columnPx = (col: number) => columnPixels(b01.columnWidths[col]!, characterPixels(undefined));
const rowPx = (row: number) => ((b01.rowHeights?.find((r) => r.row === row)?.height ?? 15) * 4) / 3;
const C9 = {
  col: 2,
  row: 8,
  x: columnPx(0) + columnPx(1),
  y: Array.from({ length: 8 }, (_, row) => rowPx(row)).reduce((a, b) => a + b, 0),
  width: columnPx(2),
};
const underInput = [["error", "Biểu 01", "C9"]];

describe("a drawing over a form's cell is named, so what a person sees is the figure used", () => {
  it("reads the input at C9", () => {
    expect(input.cell).toBe("C9");
    expect(drawnOver(report.bytes)).toEqual([]);
  });

  it("names a text box anchored to the input's cell (two cells)", () => {
    expect(drawnOver(withDrawing(twoCell(C9.col, C9.row)))).toEqual(underInput);
  });

  it("names a picture, and a shape inside mc:AlternateContent", () => {
    expect(drawnOver(withDrawing(twoCell(C9.col, C9.row, picture)))).toEqual(underInput);
    const alternate = `<mc:AlternateContent><mc:Choice Requires="a14">${twoCell(C9.col, C9.row)}</mc:Choice><mc:Fallback/></mc:AlternateContent>`;
    expect(drawnOver(withDrawing(alternate))).toEqual(underInput);
  });

  // Review of round 64's placing in pixels: LibreOffice anchored a picture 378 px into column A, which is
  // 336 px here; the anchor's cell is what programs place by.
  it("keeps a corner in its anchor's cell whatever its offset, and walks one below zero back", () => {
    const anchored = (from: string, to: string) =>
      `<xdr:twoCellAnchor>${from}${to}${textBox}</xdr:twoCellAnchor>`;
    const past = anchored(marker("from", C9.col, C9.row, 400 * EMU), marker("to", C9.col + 1, C9.row + 1));
    expect(drawnOver(withDrawing(past))).toEqual(underInput);
    // From D9 less 20 px: into C9, to D10's start.
    const back = anchored(
      marker("from", C9.col + 1, C9.row, -20 * EMU),
      marker("to", C9.col + 1, C9.row + 1),
    );
    expect(drawnOver(withDrawing(back))).toEqual(underInput);
  });

  it("names a computed cell under a drawing too", () => {
    const findings = drawnOver(withDrawing(twoCell(4, C9.row)));
    expect(findings).toEqual([["error", "Biểu 01", "E9"]]);
  });

  it("places a one-cell anchor by its extent, on the sheet's widths and heights", () => {
    // From A9 across to the middle of C9, 10 pixels high: A9, B9 and C9 are under it, D9 and C10 not.
    expect(drawnOver(withDrawing(oneCell(0, C9.row, C9.x + C9.width / 2, 10)))).toEqual(underInput);
    // From B8 into the middle of C, and 10 pixels down into row 9; and one that stops short of C.
    const down = rowPx(C9.row - 1) + 10;
    expect(drawnOver(withDrawing(oneCell(1, C9.row - 1, columnPx(1) + C9.width / 2, down)))).toEqual(
      underInput,
    );
    expect(drawnOver(withDrawing(oneCell(1, C9.row - 1, columnPx(1) - 20, down)))).toEqual([]);
  });

  it("places an absolute anchor by its position on the sheet", () => {
    const middle = C9.x + C9.width / 2 - 10;
    expect(drawnOver(withDrawing(absolute(middle, C9.y + 5, 20, 10)))).toEqual(underInput);
    expect(drawnOver(withDrawing(absolute(middle, C9.y - 15, 20, 10)))).toEqual([]);
  });

  it("names nothing for a drawing away from the form's cells (a logo above it, a stamp below it)", () => {
    expect(drawnOver(withDrawing(twoCell(0, 0) + twoCell(2, 40) + absolute(0, 0, 300, 20)))).toEqual([]);
  });

  it("takes an anchor it cannot read to cover the whole sheet", () => {
    const broken = `<xdr:oneCellAnchor>${marker("from", 0, 0)}<xdr:ext cx="wide" cy="1"/>${textBox}</xdr:oneCellAnchor>`;
    const findings = drawnOver(withDrawing(broken));
    expect(findings).toEqual(expect.arrayContaining(underInput));
  });

  it("writes no drawing on a report's sheets: our own files name nothing", () => {
    const plan = layoutReport({
      unit: { code: "CD_H01", name: "Công đoàn H01", kind: "commune", parentCode: "LDLD_T" },
      period: parsePeriod("2025-D1")!,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
      forms: sampleForms(TEMPLATE_IDS, 5),
    });
    expect(plan.sheets.filter((sheet) => sheet.charts?.length)).toEqual([]);
  });
});

describe("a drawing over a text of the form a person reads", () => {
  const ruled = (bytes: Uint8Array, rule: string) => {
    const outcome = fastOutcome(bytes);
    return outcome.read ? outcome.findings.filter((f) => f.rule === rule).map((f) => f.cell) : ["refused"];
  };

  it("names the unit line, a target's label and a heading it covers", () => {
    // A3 (row 2, column 0): the unit and period line; A16: the first target's label; C6: a heading.
    expect(ruled(withDrawing(twoCell(0, 2)), "cell.under_drawing")).toContain("A3");
    expect(ruled(withDrawing(twoCell(0, 15)), "cell.under_drawing")).toContain("A16");
    expect(ruled(withDrawing(twoCell(2, 5)), "cell.heading_unseen")).toContain("C6");
  });

  // A clerk's 15 mm logo at the top left over the start of the title lines was refused at A3 (red team,
  // round 6, F1): a picture over a text only warns, naming the cell; a text box there stays an error.
  it("warns of a picture over the title, the unit line, a heading or a target's label", () => {
    const logo = withDrawing(twoCell(0, 0, picture).replace("<xdr:row>1</xdr:row>", "<xdr:row>3</xdr:row>"));
    expect(ruled(logo, "cell.under_drawing")).toEqual([]);
    expect(ruled(logo, "cell.under_picture")).toEqual(["A1", "A3"]);
    expect(ruled(withDrawing(twoCell(0, 15, picture)), "cell.under_picture")).toEqual(["A16"]);
    expect(ruled(withDrawing(twoCell(2, 5, picture)), "cell.under_picture")).toEqual(["C6"]);
    expect(ruled(withDrawing(twoCell(2, 5, picture)), "cell.heading_unseen")).toEqual([]);
    expect(ruled(withDrawing(twoCell(0, 2) + twoCell(0, 2, picture)), "cell.under_drawing")).toEqual(["A3"]);
  });
});
