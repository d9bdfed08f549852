import { printedSize, printableSize } from "../../../src/core/layout/page";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { WORDS } from "../../../src/core/vocabulary";
import { fastOutcome } from "../../support/compare-readers";
import { filledTemplate } from "../../support/own-indicators";
import { reportPlan } from "../../support/reports";
import type { WorkbookPlan } from "../../../src/core";

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
