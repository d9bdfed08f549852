import { findPeriod, layoutReport, unitTemplates, type CampaignUnit } from "../../../src/core";
import { readReceived } from "../../../src/pipeline/read-received";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { fillByName } from "../../support/fill-by-name";
import { consistentFills, testCampaign } from "../../support/reports";

/** The 2025 reorganisation: a district dissolved on 30/06, a commune founded on 01/07, a park union all year. */
const UNITS: CampaignUnit[] = [
  { code: "H01", name: "LĐLĐ huyện 1", kind: "district_legacy", validTo: "2025-06-30" },
  { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
  { code: "K01", name: "Công đoàn KCN", kind: "industrial_park" },
];

/** The notes under each unit's Biểu 03 in its template for `periodId`, by unit code. */
function budgetNotes(periodId: string): Record<string, string[]> {
  const campaign = testCampaign({}, UNITS);
  const sources = unitTemplates(campaign, findPeriod(campaign, periodId)!);
  return Object.fromEntries(
    sources.map((source) => {
      const sheet = layoutReport(source).sheets.find((s) => s.name === "Biểu 03")!;
      const notes = sheet.cells.filter((c) => c.style === "note").map((c) => String(c.value));
      return [source.unit.code, notes];
    }),
  );
}

describe("the template of a unit the list dates part of the budget year", () => {
  it("tells the clerk under Biểu 03 to type the year's budget, and how to turn one of its own days into it", () => {
    // A commune founded on 01/07 typed the budget assigned for its half year and the roll-up prorated it
    // again: 216.7 %, Đạt (a staff round). Nothing on the form said which budget to type.
    const notes = budgetNotes("2025-D2");
    expect(notes.P01).toHaveLength(2);
    const [vi, en] = notes.P01!;
    expect(vi).toContain("01/7/2025 – 31/12/2025");
    expect(vi).toContain("184/365 ngày của năm 2025");
    expect(vi).toContain("nhập dự toán của cả năm 2025");
    expect(vi).toContain("× 365 ÷ 184");
    expect(en).toContain("type the budget of the whole year 2025");
    // The district dissolved on 30/06 is told the same over its 181 days.
    expect(budgetNotes("2025").H01![0]).toContain("181/365 ngày của năm 2025");
  });

  it("says nothing to a unit present all year", () => {
    expect(budgetNotes("2025-D2").K01).toEqual([]);
    expect(budgetNotes("2025-D1").K01).toEqual([]);
  });
});

// The note is the template's own text: a clerk's honest report of a dated unit, filled and read back, must be
// ready to send, as any unit's is (the note names dates other than the period's: the year, 01/7–31/12).
describe("a dated unit's template, filled", () => {
  it.each([
    ["2025-D2", "P01"],
    ["2025", "P01"],
    ["2025", "H01"],
  ])("is read back ready to send (%s, %s), its note on Biểu 03", async (periodId, code) => {
    const campaign = testCampaign({}, UNITS);
    const source = unitTemplates(campaign, findPeriod(campaign, periodId)!).find(
      (s) => s.unit.code === code,
    )!;
    const plan = layoutReport(source);
    expect(plan.sheets.find((s) => s.name === "Biểu 03")!.cells.some((c) => c.style === "note")).toBe(true);
    const filled = fillByName(await writeWorkbookPlan(plan), consistentFills(source.templates, 3));
    const outcome = readReceived(filled, { name: `${code}.xlsx`, sha256: "" }, "validate");
    if (outcome.purpose !== "validate") throw new Error("read for validation");
    expect(outcome.file.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(outcome.file.ready).toBe(true);
  });
});
