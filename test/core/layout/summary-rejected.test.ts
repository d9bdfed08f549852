import { layoutSummary, rollup, type SheetPlan } from "../../../src/core";
import { consistentFills, submission, unit } from "../../support/reports";

/** P01's file as sent; P02's leaves Biểu 03's budget blank, and is refused. */
function summaryWithRefused(refused: boolean) {
  const report = (code: string, i: number, blankBudget: boolean) => {
    const fills = { ...consistentFills(["B03"], i) };
    if (blankBudget) delete fills.TD_B03_union_funding_budget;
    return submission({ unit: unit(code), templates: ["B03"], fills }, `${code}.xlsx`);
  };
  return rollup([report("P01", 1, false), report("P02", 2, refused)]);
}

const valuesOf = (sheet: SheetPlan, row: number) =>
  sheet.cells.filter((c) => c.row === row).map((c) => c.value);
/** The line under a heading of Tình trạng nộp. */
function saidUnder(status: SheetPlan, heading: string) {
  const title = status.cells.find((c) => String(c.value).startsWith(heading))!;
  return status.cells.find((c) => c.row === title.row + 1)!.value;
}

describe("the files a roll-up refused, in the summary workbook", () => {
  const summary = summaryWithRefused(true);
  const sheets = layoutSummary(summary).sheets;
  const [refused] = summary.rejected;

  it("are listed on Tệp bị loại with the reason in both languages, the unit and the file's SHA-256", () => {
    expect(summary.rejected).toHaveLength(1);
    const sheet = sheets.find((s) => s.name === "Tệp bị loại")!;
    const headings = sheet.cells.find((c) => c.value === "Mã đơn vị / Unit code")!.row;
    expect(valuesOf(sheet, headings + 1)).toEqual([
      1,
      "P02.xlsx",
      refused!.reason.vi,
      "P02",
      refused!.reason.en,
      refused!.source.sha256,
    ]);
    // Its column headings print at the top of every page it runs onto: on Tình trạng nộp they did not.
    expect(sheet.print!.repeatRows).toEqual({ top: headings, bottom: headings });
    expect(sheets.map((s) => s.name).indexOf("Tệp bị loại")).toBe(
      sheets.map((s) => s.name).indexOf("Tình trạng nộp") + 1,
    );
  });

  it("are counted on Tình trạng nộp, which says where they are", () => {
    const status = sheets.find((s) => s.name === "Tình trạng nộp")!;
    expect(saidUnder(status, "Tệp bị loại (lý do)")).toBe(
      "1 tệp, ở trang Tệp bị loại / 1 file(s), on sheet Rejected files",
    );
    expect(status.cells.some((c) => c.value === refused!.reason.vi)).toBe(false);
  });

  it("leave no Tệp bị loại where none was refused, and Tình trạng nộp says none", () => {
    const clean = layoutSummary(summaryWithRefused(false)).sheets;
    expect(clean.some((s) => s.name === "Tệp bị loại")).toBe(false);
    const status = clean.find((s) => s.name === "Tình trạng nộp")!;
    expect(saidUnder(status, "Tệp bị loại (lý do)")).toBe("(không có) / (none)");
  });
});
