import { createExcelHost } from "../../src/excel";
import { reportParts, type ReportParts } from "../support/report-parts";
import type { FakeExcel } from "./fakes/fake-excel";
import type { SheetState } from "./fakes/fake-state";
import { excelFindings, fileSays, reportInExcel, said } from "./support/report-in-excel";

// Show Formulas and the zero values option, which Excel keeps for each sheet and a file carries, are read
// inside Excel where Office.js gives them: of the sheet the active window shows, on Windows and Mac
// (ExcelApiDesktop 1.1). There a report is judged as the same file is once received (round 9).

let report: ReportParts;
let excel: FakeExcel;

beforeAll(async () => {
  report = await reportParts();
});

/** The same report as `reportParts` writes, inserted in Excel (on Windows where `desktop`): its Biểu 01, shown. */
async function inExcel(desktop = true): Promise<SheetState> {
  excel = await reportInExcel(desktop);
  const sheet = excel.book.sheet("Biểu 01");
  excel.book.active = sheet.name;
  return sheet;
}

/** The report with Biểu 01's view changed (`<sheetView ` and what follows), its first input `value`. */
const viewed = (change: string, value?: number) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      (value === undefined
        ? xml
        : xml.replace(new RegExp(`(<c r="${report.input.cell}"[^>]*>)<v>[^<]*</v>`), `$1<v>${value}</v>`)
      ).replace("<sheetView ", `<sheetView ${change} `),
  });

describe("Show Formulas on the form's sheet, inside Excel on Windows and Mac", () => {
  it("is refused as the same file is once received, with the same words", async () => {
    const file = fileSays(viewed('showFormulas="1"'), "sheet.formulas_shown");
    expect(file).toEqual([expect.objectContaining({ severity: "error", sheet: "Biểu 01" })]);

    const sheet = await inExcel();
    expect(said(await excelFindings(), "sheet.formulas_shown")).toEqual([]);
    sheet.showFormulas = true;
    expect(said(await excelFindings(), "sheet.formulas_shown")).toEqual(file);
  });

  it("costs no sync more: the window comes with the sheets and names", async () => {
    (await inExcel()).showFormulas = true;
    const { syncs } = await excel.count(() => createExcelHost().live!.readGrid());
    expect(syncs).toBe(2);
  });

  it("is not seen on a sheet the window does not show, nor in Excel on the web, as before", async () => {
    const sheet = await inExcel();
    sheet.showFormulas = true;
    excel.book.active = "Biểu 02";
    expect(said(await excelFindings(), "sheet.formulas_shown")).toEqual([]);
    (await inExcel(false)).showFormulas = true;
    expect(said(await excelFindings(), "sheet.formulas_shown")).toEqual([]);
  });

  it("reads the workbook all the same where Excel fails the window's request, a sync more", async () => {
    (await inExcel()).showFormulas = true;
    excel.failOnSync = 1;
    const { result, syncs } = await excel.count(() => createExcelHost().live!.readGrid());
    expect(syncs).toBe(3);
    expect(result.sheets.find((s) => s.name === "Biểu 01")?.view?.formulasShown).toBeUndefined();
  });

  it("passes the form shown with its results, as the file's reader passes the file", async () => {
    expect(fileSays(report.bytes, "sheet.formulas_shown")).toEqual([]);
    await inExcel();
    const findings = await excelFindings();
    expect(said(findings, "sheet.formulas_shown")).toEqual([]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("zeros shown as empty cells on the form's sheet, inside Excel on Windows and Mac", () => {
  it("warns of a required 0 as the same file is once received, with the same words", async () => {
    const file = fileSays(viewed('showZeros="0"', 0), "sheet.zeros_hidden");
    expect(file).toEqual([expect.objectContaining({ severity: "warning", cell: report.input.cell })]);

    const sheet = await inExcel();
    sheet.enter(report.input.cell, 0);
    expect(said(await excelFindings(), "sheet.zeros_hidden")).toEqual([]);
    sheet.showZeros = false;
    expect(said(await excelFindings(), "sheet.zeros_hidden")).toEqual(file);
  });

  it("says nothing of a required figure other than 0, as the file's reader does", async () => {
    expect(fileSays(viewed('showZeros="0"'), "sheet.zeros_hidden")).toEqual([]);
    (await inExcel()).showZeros = false;
    expect(said(await excelFindings(), "sheet.zeros_hidden")).toEqual([]);
  });
});

/** The report with Biểu 01's panes unfrozen and its view scrolled to `cell`. */
const scrolled = (cell: string) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      xml.replace(
        /<sheetView [^>]*>.*?<\/sheetView>/s,
        `<sheetView workbookViewId="0" topLeftCell="${cell}"><selection activeCell="${cell}" sqref="${cell}"/></sheetView>`,
      ),
  });

describe("a form's sheet scrolled past the form, inside Excel on Windows and Mac", () => {
  it("warns as the same file does once received, with the same words", async () => {
    const file = fileSays(scrolled("A200"), "sheet.opens_past_form");
    expect(file).toEqual([expect.objectContaining({ severity: "warning", sheet: "Biểu 01" })]);

    const sheet = await inExcel();
    delete sheet.freeze;
    expect(said(await excelFindings(), "sheet.opens_past_form")).toEqual([]);
    sheet.scrolledTo = { row: 199, col: 0 };
    expect(said(await excelFindings(), "sheet.opens_past_form")).toEqual(file);
  });

  it("says nothing of a view scrolled a little, as the file's reader does", async () => {
    expect(fileSays(scrolled("A12"), "sheet.opens_past_form")).toEqual([]);
    const sheet = await inExcel();
    delete sheet.freeze;
    sheet.scrolledTo = { row: 11, col: 0 };
    expect(said(await excelFindings(), "sheet.opens_past_form")).toEqual([]);
  });

  it("opens where its frozen pane starts, whatever the window shows, as a frozen file's view does", async () => {
    const sheet = await inExcel();
    sheet.scrolledTo = { row: 199, col: 0 };
    expect(said(await excelFindings(), "sheet.opens_past_form")).toEqual([]);
  });
});
