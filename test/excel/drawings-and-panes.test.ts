import { fromA1, parseSheetRef, toA1 } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { marker, twoCell, withDrawing } from "../support/form-sheet-parts";
import { reportParts, type ReportParts } from "../support/report-parts";
import type { FakeExcel } from "./fakes/fake-excel";
import type { SheetState, ShapeState } from "./fakes/fake-state";
import { excelFindings, fileSays, reportInExcel, said } from "./support/report-in-excel";

// A report checked inside Excel before it is sent is judged as the same file is once received: a drawing
// over a figure (red team, round 3) and panes frozen past the form (round 9) refuse it in both, with the
// same words, and their honest twins (a logo beside the title, panes frozen under the headings) pass both.

let report: ReportParts;
let excel: FakeExcel;

beforeAll(async () => {
  report = await reportParts();
});

/** The same report as `reportParts` writes, inserted in Excel with the same figures: its Biểu 01. */
async function inExcel(): Promise<SheetState> {
  excel = await reportInExcel();
  return excel.book.sheet("Biểu 01");
}

/** A cell's place in Excel, in points from the sheet's corner. */
const placeOf = (sheet: SheetState, address: string) => {
  const { row, col } = fromA1(address)!;
  return sheet.geometry({ top: row, left: col, bottom: row, right: col });
};

/** The last column of Biểu 01's named cells, from 0. */
const lastNamedColumn = () =>
  Math.max(
    ...[...excel.book.nameTargets().values()]
      .flatMap((target) => parseSheetRef(target) ?? [])
      .filter((ref) => ref.sheet === "Biểu 01")
      .map((ref) => fromA1(ref.address.split(":").at(-1)!)!.col),
  );

describe("a drawing over a figure, inside Excel", () => {
  it("is refused as the same file is once received, with the same words", async () => {
    const input = fromA1(report.input.cell)!;
    const file = fileSays(withDrawing(report, twoCell(input.col, input.row)), "cell.under_drawing");
    expect(file).toEqual([expect.objectContaining({ severity: "error", sheet: "Biểu 01", cell: "C9" })]);

    const sheet = await inExcel();
    expect(said(await excelFindings(), "cell.under_drawing")).toEqual([]);
    // The text box a clerk drew over the input, where Excel places it.
    const box: ShapeState = { type: "GeometricShape", ...placeOf(sheet, report.input.cell) };
    sheet.shapes.push(box);
    expect(said(await excelFindings(), "cell.under_drawing")).toEqual(file);
  });

  it("names a picture and a chart over a figure as the file's reader names them", async () => {
    const sheet = await inExcel();
    sheet.shapes.push({ type: "Image", ...placeOf(sheet, "C10") });
    sheet.charts.push({ type: "BarClustered", series: [], position: "C11", end: "C11" });
    expect(said(await excelFindings(), "cell.under_drawing").map((f) => f.cell)).toEqual(["C10", "C11"]);
  });

  it("passes the union's logo beside the title, over no figure, as the file's reader does", async () => {
    const sheet = await inExcel();
    const beside = lastNamedColumn() + 2;
    const logo = placeOf(sheet, toA1(0, beside));
    sheet.shapes.push({ type: "Image", left: logo.left, top: logo.top, width: 51, height: 51 });
    // The same logo in the file: anchored at that cell, 68 pixels square.
    const anchored = `<xdr:oneCellAnchor>${marker("from", beside, 0)}<xdr:ext cx="${68 * 9525}" cy="${68 * 9525}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill/><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`;
    expect(fileSays(withDrawing(report, anchored), "cell.under_drawing")).toEqual([]);
    const findings = await excelFindings();
    expect(said(findings, "cell.under_drawing")).toEqual([]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("judges a text box or a picture over a row label as the file's reader judges it", async () => {
    const label = { col: 0, row: fromA1(report.input.cell)!.row };
    const address = toA1(label.row, label.col);
    const rules = ["cell.under_drawing", "cell.heading_unseen", "cell.under_picture"];
    const picture = `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill/><xdr:spPr/></xdr:pic><xdr:clientData/>`;
    for (const [type, drawn] of [
      ["GeometricShape", undefined],
      ["Image", picture],
    ] as const) {
      const bytes = withDrawing(report, twoCell(label.col, label.row, drawn));
      const file = rules.flatMap((rule) => fileSays(bytes, rule));
      expect(file).not.toEqual([]);
      const sheet = await inExcel();
      sheet.shapes.push({ type, ...placeOf(sheet, address) });
      const findings = await excelFindings();
      expect({ type, said: rules.flatMap((rule) => said(findings, rule)) }).toEqual({ type, said: file });
    }
  });

  it("passes over a shape Office.js cannot tell, which may be a note's box shown only on hover", async () => {
    const sheet = await inExcel();
    sheet.shapes.push({ type: "Unsupported", ...placeOf(sheet, "D9") });
    expect(said(await excelFindings(), "cell.under_drawing")).toEqual([]);
  });

  it("costs no sync more: the shapes and charts come in the read's second sync", async () => {
    const sheet = await inExcel();
    sheet.shapes.push({ type: "GeometricShape", ...placeOf(sheet, "C9") });
    const { syncs } = await excel.count(() => createExcelHost().live!.readGrid());
    expect(syncs).toBe(2);
  });
});

/** The report with Biểu 01 scrolled to row 4, then its panes frozen: rows 1–3 are out of reach. */
const frozenPast = (parts: ReportParts) =>
  parts.fileWith({
    [parts.input.part]: (xml) =>
      xml.replace(
        /<sheetView [^>]*>.*?<\/sheetView>/s,
        '<sheetView workbookViewId="0" topLeftCell="A4"><pane xSplit="2" ySplit="8" topLeftCell="C12" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/></sheetView>',
      ),
  });

describe("panes frozen past the form, inside Excel", () => {
  it("are refused as the same file is once received, with the same words", async () => {
    const file = fileSays(frozenPast(report), "sheet.frozen_past_form");
    expect(file).toEqual([expect.objectContaining({ severity: "error", sheet: "Biểu 01" })]);

    const sheet = await inExcel();
    expect(said(await excelFindings(), "sheet.frozen_past_form")).toEqual([]);
    sheet.freeze = { rows: 8, cols: 2, from: { row: 3, col: 0 } };
    expect(said(await excelFindings(), "sheet.frozen_past_form")).toEqual(file);
  });

  it("pass frozen under the form's headings, as the add-in freezes them and the file's reader passes them", async () => {
    expect(fileSays(report.bytes, "sheet.frozen_past_form")).toEqual([]);
    const sheet = await inExcel();
    expect(sheet.freeze).toEqual({ rows: 8, cols: 2 });
    const findings = await excelFindings();
    expect(said(findings, "sheet.frozen_past_form")).toEqual([]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
