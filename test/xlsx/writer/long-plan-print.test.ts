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

  it("prints Biểu 05 one page wide at the scale its width allows, its signature block whole on a page", () => {
    const sheet = filledTemplate(40).sheets.find((s) => s.name === "Biểu 05")!;
    const { orientation, tall, breaks = [] } = sheet.print!;
    expect(tall).toBeUndefined();
    const size = printedSize(sheet);
    const scale = Math.min(1, printableSize(orientation).width / size.width);
    expect(scale).toBeGreaterThan(0.6);
    // Page by page as it prints: each page's rows fit it, and no page ends inside the signature block.
    const date = sheet.cells.find((c) => c.value === WORDS.print.dateLine.vi)!.row;
    const heights = new Map(sheet.rowHeights!.map(({ row, height }) => [row, height]));
    const last = sheet.print!.area!.bottom;
    const page = printableSize(orientation).height / scale;
    const { top, bottom } = sheet.print!.repeatRows!;
    let repeated = 0;
    for (let row = top; row <= bottom; row++) repeated += heights.get(row) ?? 15;
    let [used, room, pageStart] = [0, page, 0];
    const starts: number[] = [0];
    for (let row = 0; row <= last; row++) {
      const height = heights.get(row) ?? 15;
      if ((breaks.includes(row) || used + height > room) && row > pageStart) {
        starts.push(row);
        [used, room, pageStart] = [0, page - repeated, row];
      }
      used += height;
    }
    expect(starts.filter((row) => row > date && row <= last)).toEqual([]);
    expect(starts.length).toBeGreaterThan(1);
  });
});

// The same with a campaign splitting a row of Biểu 02 by sector (TD_Rows, up to 100 sub-rows): at 50, the
// form printed at 25 % on its one page and the honest report was refused.
function splitTemplate(count: number): WorkbookPlan {
  const subRows: SubRow[] = Array.from({ length: count }, (_, i) => ({
    template: "B02",
    parent: "private",
    key: `private_s${i + 1}`,
    name: { vi: `Doanh nghiệp ngành dệt may, da giày, điện tử số ${i + 1}`, en: `Sector ${i + 1}` },
  }));
  const unit = { code: "CD_A01", name: "Công đoàn A01", kind: "commune" as const, parentCode: "LDLD_T" };
  const campaign = { ...defaultCampaign(2025, [unit]), subRows };
  const [source] = unitTemplates(campaign, findPeriod(campaign, "2025-D1")!);
  return layoutReport({ ...source!, forms: sampleForms(TEMPLATE_IDS, 7, { subRows }) });
}

describe("a campaign splitting a row of Biểu 02 into many sub-rows, printed", () => {
  it("accepts the honest report of 50 sub-rows, as printed legibly", async () => {
    const outcome = fastOutcome(await writeWorkbookPlan(splitTemplate(50)));
    expect(outcome.read).toBe(true);
    expect(outcome.read && outcome.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(
      [],
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
