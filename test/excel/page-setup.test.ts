import { columnLetters, toA1, type SheetPlan, type WorkbookPlan } from "../../src/core";
import { pageTextCodes } from "../../src/core/layout/page-codes";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { summaryPlan } from "./fakes/plans";
import { KIND_SHEETS } from "../support/summaries";
import { columnPoints } from "../../src/core/layout/page";
import { WORDS } from "../../src/core/vocabulary";
import { reportPlan } from "../support/reports";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const insert = (plan: WorkbookPlan) =>
  excel.count(() => createExcelHost().insertReport(plan, "bieu-mau.xlsx", {}));
const write = (plan: WorkbookPlan) =>
  excel.count(() => createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx"));

/** What the fake Excel's Page Setup should hold for a sheet, from the sheet's plan. */
function expectedPage(plan: SheetPlan) {
  const print = plan.print!;
  const header = pageTextCodes(print.header ?? {});
  const footer = pageTextCodes(print.footer ?? {});
  return {
    paperSize: "A4",
    orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
    zoom: print.wide
      ? { scale: print.wide.scale }
      : { horizontalFitToPages: 1, verticalFitToPages: print.tall ?? 0 },
    ...(print.wide
      ? {
          printOrder: "OverThenDown",
          titleColumns: `$${columnLetters(print.wide.repeatColumns.left)}:$${columnLetters(print.wide.repeatColumns.right)}`,
        }
      : {}),
    ...(print.area
      ? {
          printArea: [...(print.wide?.preface ? [print.wide.preface] : []), print.area]
            .map((area) => `${toA1(area.top, area.left)}:${toA1(area.bottom, area.right)}`)
            .join(","),
        }
      : {}),
    ...(print.repeatRows
      ? { titleRows: `$${print.repeatRows.top + 1}:$${print.repeatRows.bottom + 1}` }
      : {}),
    texts: {
      ...(header.center ? { centerHeader: header.center } : {}),
      ...(footer.left ? { leftFooter: footer.left } : {}),
      ...(footer.center ? { centerFooter: footer.center } : {}),
      ...(footer.right ? { rightFooter: footer.right } : {}),
    },
    breaks: [...(print.breaks ?? [])],
    columnBreaks: [...(print.wide?.columnBreaks ?? [])],
  };
}

function expectPrintedAsPlanned(plans: readonly SheetPlan[]) {
  const printed = plans.filter((p) => p.print);
  expect(printed.length).toBeGreaterThan(0);
  for (const plan of printed) {
    const sheet = excel.book.sheet(plan.name);
    expect({ sheet: plan.name, page: sheet.page }).toEqual({ sheet: plan.name, page: expectedPage(plan) });
    for (const { row, height } of plan.rowHeights ?? [])
      expect({ sheet: plan.name, row, height: sheet.rowHeights.get(row) }).toEqual({
        sheet: plan.name,
        row,
        height,
      });
  }
}

describe("the Excel host printing as the plan says", () => {
  it("gives every form of a template its page setup and row heights, still in three syncs", async () => {
    const plan = reportPlan();
    const { syncs } = await insert(plan);
    expect(syncs).toBe(3);
    expectPrintedAsPlanned(plan.sheets);
    const form = excel.book.sheet("Biểu 01");
    expect(form.page.texts.rightFooter).toBe("Trang &P/&N · Page &P/&N");
    // The signature block's blank rows are there to sign in, taller than Excel's default.
    expect([...form.rowHeights.values()].some((h) => h > 15)).toBe(true);
  });

  it("prints a summary's wide tables in strips and keeps its charts off a page break, within the request budget and its three syncs", async () => {
    const plan = summaryPlan(48);
    expect(plan.sheets.some((s) => s.print?.wide?.columnBreaks.length)).toBe(true);
    const { syncs } = await write(plan);
    expect(syncs).toBe(3);
    expectPrintedAsPlanned(plan.sheets);
    // Each chart on one page: no break falls inside one.
    const drawn = plan.sheets.find((s) => s.charts)!;
    const breaks = excel.book.sheet(drawn.name).page.breaks;
    expect(breaks).toEqual([...(drawn.print!.breaks ?? [])]);
    for (const { anchor, size } of drawn.charts!)
      expect(breaks.filter((row) => row > anchor.row && row < anchor.row + size.rows)).toEqual([]);
  });

  it("repeats the headings of Tình trạng nộp's list of units on every page, as the file does", async () => {
    const plan = summaryPlan(48);
    await write(plan);
    const status = plan.sheets.find((s) => s.name === "Tình trạng nộp")!;
    const title = status.cells.find((c) => c.value === "Danh sách đơn vị / Expected units")!;
    expect(excel.book.sheet(status.name).page.titleRows).toBe(`$${title.row + 2}:$${title.row + 2}`);
  });

  it("keeps a wide table's title block to its repeated columns and prints the scoring rules ahead, as the file does", async () => {
    const plan = summaryPlan(48);
    await write(plan);
    const wide = plan.sheets.filter((s) => s.print?.wide);
    expect(wide.map((s) => s.name)).toContain("Chấm điểm");
    for (const sheet of wide) {
      const { repeatColumns } = sheet.print!.wide!;
      const fake = excel.book.sheet(sheet.name);
      const title = sheet.merges.find((m) => m.top === sheet.print!.area!.top && m.left === 0)!;
      expect({ sheet: sheet.name, right: title.right }).toEqual({
        sheet: sheet.name,
        right: repeatColumns.right,
      });
      expect(fake.merges).toContain(`${toA1(title.top, 0)}:${toA1(title.top, repeatColumns.right)}`);
      expect(fake.cell(toA1(title.top, 0)).format.wrap).toBe(true);
    }
    const scoring = wide.find((s) => s.name === "Chấm điểm")!;
    expect(excel.book.sheet(scoring.name).page.printArea).toMatch(/^A1:[A-Z]+\d+,A\d+:[A-Z]+\d+$/);
  });

  it("wraps each unit's kind on Tổng hợp and Tình trạng nộp in a column as wide as the plan's, as the file does", async () => {
    // The column holds the longest kind on one line; the wrap prints a longer one whole, its row grown.
    const plan = summaryPlan(48);
    await write(plan);
    for (const name of KIND_SHEETS) {
      const sheet = plan.sheets.find((s) => s.name === name)!;
      const fake = excel.book.sheet(name);
      const kinds = sheet.cells.filter((c) => c.value === WORDS.unitKind.commune.vi);
      const col = kinds[0]!.col;
      expect({
        sheet: name,
        kinds: kinds.length,
        unwrapped: kinds.filter((c) => fake.cell(toA1(c.row, c.col)).format.wrap !== true).length,
        width: fake.columnWidths.get(col),
      }).toEqual({ sheet: name, kinds: 48, unwrapped: 0, width: columnPoints(sheet.columnWidths[col]!) });
    }
  });

  it("doubles an '&' in a unit's name, so Excel prints it rather than reading a code", async () => {
    const plan = reportPlan(["B04"], "A&B");
    await insert(plan);
    expect(excel.book.sheet("Biểu 04").page.texts.centerHeader).toContain("(A&&B)");
  });
});
