import { printedSize, printableSize } from "../../../src/core/layout/page";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { WORDS } from "../../../src/core/vocabulary";
import { fastOutcome } from "../../support/compare-readers";
import { filledTemplate } from "../../support/own-indicators";
import { reportPlan } from "../../support/reports";
import {
  defaultCampaign,
  findPeriod,
  layoutReport,
  sampleForms,
  TEMPLATE_IDS,
  unitTemplates,
  type SheetPlan,
  type SubRow,
  type WorkbookPlan,
} from "../../../src/core";

// The honest report of a plan of many own indicators was refused as printed too small (see filledTemplate).

describe("a campaign of many indicators of its own, printed", () => {
  it.each([25, 100])(
    "accepts the honest report of a plan of %i indicators, as printed legibly",
    async (count) => {
      const outcome = fastOutcome(await writeWorkbookPlan(filledTemplate(count)));
      expect(outcome.read).toBe(true);
      expect(
        outcome.read && outcome.findings.filter((f) => f.severity === "error").map((f) => f.rule),
      ).toEqual([]);
    },
  );

  it("prints Biểu 05 one page wide at the scale its width allows, its signatures with its last figures", () => {
    expectSignedWithFigures(filledTemplate(40).sheets.find((s) => s.name === "Biểu 05")!);
  });
});

/**
 * A form printed one page wide on several pages at the scale its width allows (over 60 %), walked page by
 * page as it prints (each page holding the rows that fit it after the repeated headings, or ending at a
 * break): the page with the signature block holds its last row of figures too.
 */
function expectSignedWithFigures(sheet: SheetPlan): void {
  const { orientation, tall, breaks = [], area, repeatRows } = sheet.print!;
  expect(tall).toBeUndefined();
  const scale = Math.min(1, printableSize(orientation).width / printedSize(sheet).width);
  expect(scale).toBeGreaterThan(0.6);
  const heights = new Map(sheet.rowHeights!.map(({ row, height }) => [row, height]));
  const height = (row: number) => heights.get(row) ?? 15;
  const page = printableSize(orientation).height / scale;
  let repeated = 0;
  for (let row = repeatRows!.top; row <= repeatRows!.bottom; row++) repeated += height(row);
  let [used, room, pageStart] = [0, page, 0];
  const starts: number[] = [];
  for (let row = 0; row <= area!.bottom; row++) {
    if ((breaks.includes(row) || used + height(row) > room) && row > pageStart) {
      starts.push(row);
      [used, room, pageStart] = [0, page - repeated, row];
    }
    used += height(row);
  }
  const lastFigure = Math.max(
    ...sheet.cells.filter((c) => c.style === "computed" || c.style === "input").map((c) => c.row),
  );
  const signed = sheet.cells.find((c) => c.value === WORDS.print.dateLine.vi)!.row;
  expect(signed).toBeGreaterThan(lastFigure);
  expect(starts.length).toBeGreaterThan(0);
  expect(starts.filter((row) => row > lastFigure)).toEqual([]);
}

// The same with a campaign splitting a row of a form by sector (TD_Rows, up to 100 sub-rows): at 50, Biểu 02
// printed at 25 % on its one page and the honest report was refused.
function splitTemplate(
  count: number,
  template: SubRow["template"] = "B02",
  parent = "private",
): WorkbookPlan {
  const subRows: SubRow[] = Array.from({ length: count }, (_, i) => ({
    template,
    parent,
    key: `${parent}_s${i + 1}`,
    name: { vi: `Doanh nghiệp ngành dệt may, da giày, điện tử số ${i + 1}`, en: `Sector ${i + 1}` },
  }));
  const unit = { code: "CD_A01", name: "Công đoàn A01", kind: "commune" as const, parentCode: "LDLD_T" };
  const campaign = { ...defaultCampaign(2025, [unit]), subRows };
  const [source] = unitTemplates(campaign, findPeriod(campaign, "2025-D1")!);
  return layoutReport({ ...source!, forms: sampleForms(TEMPLATE_IDS, 7, { subRows }) });
}

describe("a campaign splitting a row of a form into many sub-rows, printed", () => {
  it("accepts the honest report of 50 sub-rows, as printed legibly", async () => {
    const outcome = fastOutcome(await writeWorkbookPlan(splitTemplate(50)));
    expect(outcome.read).toBe(true);
    expect(outcome.read && outcome.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(
      [],
    );
  });

  it("prints Biểu 04 of 100 sub-rows with its last figures on the page of its signatures, not its notes alone", () => {
    expectSignedWithFigures(
      splitTemplate(100, "B04", "exemplary_models").sheets.find((s) => s.name === "Biểu 04")!,
    );
  });
});

describe("the check sheet of a plan of many own indicators, printed", () => {
  const checkSheet = (plan: WorkbookPlan) => plan.sheets.find((s) => s.name === "Kiểm tra")!;

  it("prints on as many pages as it takes at the scale its width allows, where two pages shrank it to 24 %", () => {
    const sheet = checkSheet(filledTemplate(40));
    const { orientation, tall } = sheet.print!;
    expect(tall).toBeUndefined();
    expect(Math.min(1, printableSize(orientation).width / printedSize(sheet).width)).toBeGreaterThan(0.6);
  });

  it("keeps the four forms' check sheet on its two pages", () => {
    expect(checkSheet(reportPlan()).print!.tall).toBe(2);
  });
});
