import { fastOutcome, ruled, type Outcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { reportParts, sheetPart, type ReportParts } from "../../support/report-parts";
import { readWorkbookGrid } from "../../../src/xlsx/sheetjs/read-grid";
import { readReportGrid } from "../../../src/xlsx/xlsx-reader/read-report-grid";

// Issue 64: a file saved by LibreOffice was told "open the file in Excel, press F9", and a #VALUE! that
// came from "15 người" typed in an input was told to be recalculated, which never clears it.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const LIBREOFFICE = "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2";
const appXml = (application: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${application}</Application></Properties>`;

/** The report with its first form's assessment cached as the other one, saved as `application` says. */
function staleSavedBy(application: string | null): Uint8Array {
  const part = report.input.part;
  const flip = (xml: string) =>
    xml.replace(
      /(<c r="E16"[^>]*>.*?<v>)(Đạt|Chưa đạt)(<\/v>)/,
      (_, open: string, was: string, close: string) => `${open}${was === "Đạt" ? "Chưa đạt" : "Đạt"}${close}`,
    );
  const app = application === null ? new Uint8Array() : appXml(application);
  return report.fileWith({ [part]: flip, "docProps/app.xml": app });
}

const staleMessages = (outcome: Outcome) =>
  outcome.read
    ? outcome.findings
        .filter((f) => f.rule === "cell.stale_result")
        .map((f) => [f.cell, f.message_vi, f.message_en])
    : [];

describe("advice names the program that saved the file", () => {
  it("reads the program each format names: an .xlsx's Application, an .ods's generator; an .xls none", () => {
    expect(readReportGrid(report.bytes, "r.xlsx").application).toBe("Microsoft Excel");
    const lo = resaveWith(report.bytes, "xlsx", "xlsx");
    expect(readReportGrid(lo, "r.xlsx").application).toMatch(/^LibreOffice\//);
    expect(readWorkbookGrid(lo, "r.xlsx").application).toMatch(/^LibreOffice\//);
    expect(readWorkbookGrid(resaveWith(report.bytes, "xlsx", "ods"), "r.ods").application).toMatch(
      /^LibreOffice\//,
    );
    expect(readWorkbookGrid(resaveWith(report.bytes, "xlsx", "xls"), "r.xls").application).toBeUndefined();
  }, 120_000);

  it("tells a file LibreOffice saved to recalculate in LibreOffice, one Excel saved in Excel, another in either", () => {
    const [[cell, vi, en]] = staleMessages(fastOutcome(staleSavedBy(LIBREOFFICE))) as [string[]];
    expect(cell).toBe("E16");
    expect(vi).toContain(
      "mở tệp bằng LibreOffice, chọn Dữ liệu › Tính › Tính lại vô điều kiện (Ctrl+Shift+F9)",
    );
    expect(en).toContain("Data › Calculate › Recalculate Hard (Ctrl+Shift+F9)");
    expect(`${vi} ${en}`).not.toContain("Excel");

    const [[, viExcel, enExcel]] = staleMessages(fastOutcome(staleSavedBy("Microsoft Excel"))) as [string[]];
    expect(viExcel).toContain("mở tệp bằng Excel, nhấn Ctrl+Alt+F9");
    expect(enExcel).toContain("open the file in Excel, press Ctrl+Alt+F9");
    expect(`${viExcel} ${enExcel}`).not.toContain("LibreOffice");

    for (const other of ["gnumeric", null]) {
      const [[, viOther, enOther]] = staleMessages(fastOutcome(staleSavedBy(other))) as [string[]];
      expect(viOther).toContain(
        "Excel: nhấn Ctrl+Alt+F9; LibreOffice: Dữ liệu › Tính › Tính lại vô điều kiện",
      );
      expect(enOther).toContain("Excel: press Ctrl+Alt+F9; LibreOffice: Data › Calculate › Recalculate Hard");
    }
  });

  it("tells a #VALUE! that comes from a text typed in an input to type a figure there, not to recalculate", () => {
    // Biểu 02's members admitted (E9) feeds the total the target block reads: LibreOffice computes #VALUE!
    // in the total, the target's result and its assessment.
    const part = sheetPart(report.text, "Biểu 02");
    const typed = report.fileWith({
      [part]: (xml) =>
        xml.replace(/<c r="E9"( s="\d+")?[^>]*?(?:\/>|>.*?<\/c>)/, (_, style = "") => {
          return `<c r="E9"${style} t="inlineStr"><is><t>15 người</t></is></c>`;
        }),
    });
    const saved = fastOutcome(resaveWith(typed, "xlsx", "xlsx"));
    expect(ruled(saved, "cell.not_number", ["sheet", "cell"])).toEqual([["Biểu 02", "E9"]]);
    expect(ruled(saved, "cell.stale_result")).toEqual([]);
  }, 60_000);
});
