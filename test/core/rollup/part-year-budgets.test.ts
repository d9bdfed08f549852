import { parsePeriod, planNotes, rollup, type Summary } from "../../../src/core";
import { finance, REORGANISED_UNITS } from "../../support/reorganised-units";
import { testCampaign } from "../../support/reports";

const UNITS = REORGANISED_UNITS;

const warned = (summary: Summary, rule: string) =>
  summary.units.filter((u) => u.warnings.some((w) => w.rule === rule)).map((u) => u.unit.code);

const messages = (summary: Summary, code: string, rule: string) =>
  summary.units.find((u) => u.unit.code === code)!.warnings.filter((w) => w.rule === rule);

// Reports made before `budget_basis`: their form asked a dated unit for the year's budget.
describe("a unit the list dates part of the year whose collection is far above its prorated budget", () => {
  const year = (communeBudget: number, communeCollected: number) =>
    rollup(
      [
        finance("P01", "2025", communeBudget, communeCollected, true),
        finance("K01", "2025-D1", 100_000_000, 40_000_000),
        finance("K01", "2025-D2", 100_000_000, 70_000_000),
      ],
      { period: parsePeriod("2025")!, campaign: testCampaign({}, UNITS) },
    );

  it("is warned of: a budget typed for its half year is prorated again (a staff round: 216.7 %, Đạt, nothing said)", () => {
    // The commune was assigned 600,000,000 đồng for 01/07–31/12 and collected 655,000,000 (109 %).
    const summary = year(600_000_000, 655_000_000);
    const funding = summary.units.find((u) => u.unit.code === "P01")!.report.forms.B03!.union_funding!;
    expect(funding.budget).toBe(Math.round((600_000_000 * 184) / 365));
    expect(funding.collection_rate).toBeGreaterThan(2);
    expect(warned(summary, "rollup.budget_prorated_twice")).toEqual(["P01"]);
    const [first] = messages(summary, "P01", "rollup.budget_prorated_twice");
    expect(first!.message_vi).toContain("184/365 ngày của năm 2025");
    expect(first!.message_vi).toContain("01/7/2025 – 31/12/2025");
    expect(first!.message_en).toContain("prorated twice");
  });

  it("says nothing of a whole year's budget typed as the form asks, nor of a unit present all year", () => {
    // 365,000,000 for the year is 184,000,000 for its days: 150,000,000 collected is 81.5 %.
    const summary = year(365_000_000, 150_000_000);
    expect(warned(summary, "rollup.budget_prorated_twice")).toEqual([]);
  });

  it("warns in rounds combined too, and not of a round rolled up alone where the budget holds", () => {
    const rounds = rollup([finance("P01", "2025-D2", 600_000_000, 655_000_000, true)], {
      period: parsePeriod("2025")!,
      campaign: testCampaign({}, UNITS),
    });
    expect(warned(rounds, "rollup.budget_prorated_twice")).toEqual(["P01"]);
    const honest = rollup([finance("H01", "2025-D1", 730_000_000, 300_000_000)], {
      period: parsePeriod("2025-D1")!,
      campaign: testCampaign({}, UNITS),
    });
    expect(warned(honest, "rollup.budget_prorated_twice")).toEqual([]);
  });
});

describe("a year rolled up without a units list, some units reporting one round only", () => {
  const files = () => [
    finance("H01", "2025-D1", 730_000_000, 300_000_000),
    finance("P01", "2025-D2", 365_000_000, 150_000_000),
    finance("K01", "2025-D1", 100_000_000, 40_000_000),
    finance("K01", "2025-D2", 100_000_000, 70_000_000),
  ];

  it("names the units whose budgets count whole though their rounds cover part of the year", () => {
    const summary = rollup(files(), { period: parsePeriod("2025")! });
    // Nothing dates them: their budgets stay whole (no invented dates), and the warning says why.
    expect(summary.total.forms.B03!.union_funding!.budget).toBe(730_000_000 + 365_000_000 + 100_000_000);
    expect(warned(summary, "rollup.budget_whole_undated")).toEqual(["H01", "P01"]);
    const [district] = messages(summary, "H01", "rollup.budget_whole_undated");
    expect(district!.message_vi).toContain("01/01/2025 – 30/6/2025");
    expect(district!.message_vi).toContain("01/7/2025 – 31/12/2025");
    expect(district!.message_en).toContain("valid_from, valid_to");
    // The total row's own note says its budget counts them whole, where an officer reads the figure.
    expect(summary.plans.undated).toEqual(["H01", "P01"]);
    const [note] = planNotes(summary.plans, summary.templates);
    expect(note!.vi).toContain("Dự toán năm của H01, P01 tính cả năm");
  });

  it("says nothing with a list that dates them, nor of a round rolled up alone", () => {
    const listed = rollup(files(), { period: parsePeriod("2025")!, campaign: testCampaign({}, UNITS) });
    expect(warned(listed, "rollup.budget_whole_undated")).toEqual([]);
    expect(listed.plans.undated).toEqual([]);
    const round = rollup([finance("H01", "2025-D1", 730_000_000, 300_000_000)], {
      period: parsePeriod("2025-D1")!,
    });
    expect(warned(round, "rollup.budget_whole_undated")).toEqual([]);
  });
});
