import {
  layoutSummary,
  parsePeriod,
  rollup,
  type CampaignUnit,
  type Period,
  type Summary,
} from "../../../src/core";
import { submission, testCampaign, unit } from "../../support/reports";

/** A custom period, as a campaign's TD_Periods dates it. */
const span = (id: string, start: string, end: string): Period => ({
  id,
  start,
  end,
  label: { vi: id, en: id },
});

/** Seed 001's rounds: Đợt I 25/10–31/12/2017 (68 days), Đợt II 01/01–31/3/2018 (90 days). */
const ROUND_1 = span("DOT1", "2017-10-25", "2017-12-31");
const ROUND_2 = span("DOT2", "2018-01-01", "2018-03-31");
const CAMPAIGN = span("CHIENDICH", "2017-10-25", "2018-03-31");

/** A Biểu 03 report: the year's funding budget and what was collected in the round; dues a tenth of each. */
const finance = (code: string, period: Period, budget: number, collected: number) =>
  submission(
    {
      unit: unit(code),
      templates: ["B03"],
      period,
      fills: {
        TD_B03_union_funding_budget: budget,
        TD_B03_union_funding_collected: collected,
        TD_B03_union_dues_budget: budget / 10,
        TD_B03_union_dues_collected: collected / 10,
      },
    },
    `${code}-${period.id}.xlsx`,
  );

const row = (summary: Summary, code: string) => summary.units.find((u) => u.unit.code === code)!;
const budget = (summary: Summary, code: string) => row(summary, code).report.forms.B03!.union_funding!.budget;
const rate = (summary: Summary, code: string) =>
  row(summary, code).attainment.find((a) => a.key === "B03_collection_rate")!;

describe("a plan belongs to its budget year", () => {
  it("judges a campaign across a year end against the 2017 budget plus the 2018 budget (seed 001)", () => {
    // A01 existed all along: its 2017 budget 1,200,000,000 đồng, its 2018 budget 1,300,000,000; it
    // collected 1,000,000,000 in Đợt I and 400,000,000 in Đợt II. Before, 1.4 billion ÷ the 2018 budget
    // alone, 1.3 billion, read 107.7 %, Đạt; it is 1.4 ÷ (1.2 + 1.3) = 56 %.
    const units: CampaignUnit[] = [{ code: "A01", name: "CĐCS A01", kind: "grassroots_direct" }];
    const summary = rollup(
      [
        finance("A01", ROUND_1, 1_200_000_000, 1_000_000_000),
        finance("A01", ROUND_2, 1_300_000_000, 400_000_000),
      ],
      { period: CAMPAIGN, campaign: { ...testCampaign({}, units), periods: [ROUND_1, ROUND_2, CAMPAIGN] } },
    );
    expect(budget(summary, "A01")).toBe(2_500_000_000);
    expect(summary.total.forms.B03!.total!.budget).toBe(2_750_000_000);
    expect(rate(summary, "A01").result).toBeCloseTo(0.56, 12);
    expect(rate(summary, "A01").met).toBe(false);
    // The summary says so under the total rows of the overview and of TH Biểu 03.
    expect(summary.plans.years).toEqual([2017, 2018]);
    const notes = (sheet: string) =>
      layoutSummary(summary)
        .sheets.find((s) => s.name === sheet)!
        .cells.map((c) => String(c.value ?? ""))
        .filter((text) =>
          text.startsWith("Dự toán (kế hoạch năm) của kỳ này là tổng dự toán các năm 2017, 2018"),
        );
    expect(notes("TH Biểu 03")).toHaveLength(1);
    expect(notes("Tổng hợp")).toHaveLength(1);
  });

  it("sums the five years' budgets of a five-year review, not the last year's alone (seed 004)", () => {
    // Budgets 2016–2020: 100, 110, 120, 130, 140 million đồng (600 million); collected 86 % of each year's:
    // 86 + 94.6 + 103.2 + 111.8 + 120.4 = 516 million. Before, 516 ÷ 140 read 368.6 %; it is 516 ÷ 600 = 86 %.
    const review = span("5NAM", "2016-01-01", "2020-12-31");
    const budgets = [100, 110, 120, 130, 140].map((m) => m * 1_000_000);
    const files = budgets.map((b, i) => finance("TP01", parsePeriod(String(2016 + i))!, b, b * 0.86));
    const summary = rollup(files, { period: review, campaign: { ...testCampaign({}), periods: [review] } });
    expect(budget(summary, "TP01")).toBe(600_000_000);
    expect(rate(summary, "TP01").result).toBeCloseTo(0.86, 12);
  });

  it("prorates a year's budget to the days the unit existed in that year, not to the period's days", () => {
    // A unit founded on 01/01/2018 in the campaign 25/10/2017–31/3/2018 existed all of 2018: its whole
    // 2018 budget, 365,000,000 (before: 90/158 of it, 207,911,392). One dissolved on 28/02/2018, with no
    // founding date, existed all 365 days of 2017 and 59 days of 2018: 730,000,000 + 365,000,000 × 59 ÷
    // 365 = 789,000,000 (before: the 2018 budget alone × 127/158 days of the period, 293,386,076).
    const units: CampaignUnit[] = [
      { code: "N01", name: "CĐCS mới", kind: "grassroots_direct", validFrom: "2018-01-01" },
      { code: "G01", name: "CĐCS giải thể", kind: "grassroots_direct", validTo: "2018-02-28" },
    ];
    const summary = rollup(
      [
        finance("N01", ROUND_2, 365_000_000, 90_000_000),
        finance("G01", ROUND_1, 730_000_000, 100_000_000),
        finance("G01", ROUND_2, 365_000_000, 50_000_000),
      ],
      { period: CAMPAIGN, campaign: { ...testCampaign({}, units), periods: [ROUND_1, ROUND_2, CAMPAIGN] } },
    );
    expect(budget(summary, "N01")).toBe(365_000_000);
    expect(budget(summary, "G01")).toBe(789_000_000);
  });

  it("warns that a report spanning years holds one year's budget, taken as its last year's", () => {
    // One report of the whole campaign 25/10/2017–31/3/2018: its budget is read as 2018's, and 2017's
    // is unknown — said to the officer, as the rate it gives is against one year's budget.
    const summary = rollup([finance("A01", CAMPAIGN, 1_300_000_000, 1_400_000_000)], {
      period: CAMPAIGN,
      campaign: { ...testCampaign({}), periods: [ROUND_1, ROUND_2, CAMPAIGN] },
    });
    const said = row(summary, "A01").warnings.find((w) => w.rule === "rollup.budget_year_assumed")!;
    expect(said.message_vi).toContain("được tính là của năm 2018; dự toán năm 2017 không có");
    expect(said.message_en).toContain("taken as 2018's; no budget of 2017 is known");
    // Rounds each within a year say nothing.
    const rounds = rollup([finance("A01", ROUND_1, 1000, 100), finance("A01", ROUND_2, 1000, 100)], {
      period: CAMPAIGN,
      campaign: { ...testCampaign({}), periods: [ROUND_1, ROUND_2, CAMPAIGN] },
    });
    expect(row(rounds, "A01").warnings.map((w) => w.rule)).not.toContain("rollup.budget_year_assumed");
  });

  it("prorates by the days of a leap year in a leap year", () => {
    // Dissolved on 31/8/2020: 244 of 2020's 366 days. 366,000,000 × 244 ÷ 366 = 244,000,000.
    const units: CampaignUnit[] = [
      { code: "G02", name: "LĐLĐ huyện", kind: "district_legacy", validTo: "2020-08-31" },
    ];
    const summary = rollup([finance("G02", parsePeriod("2020")!, 366_000_000, 244_000_000)], {
      period: parsePeriod("2020")!,
      campaign: { ...testCampaign({}, units), periods: [parsePeriod("2020")!] },
    });
    expect(budget(summary, "G02")).toBe(244_000_000);
    expect(rate(summary, "G02").met).toBe(true);
  });

  it("prorates in a single round too: districts dissolved on 30/6 and wards founded on 01/7 reporting the year", () => {
    // Each sends one report of the year and collects over its own half: the districts with their year's
    // budget, 365,000,000, collecting 181,000,000; the wards with the budget assigned for 01/07–31/12,
    // 184,000,000, collecting it. Before, every district read 49.6 %, Chưa đạt; each budget now counts
    // its days: 181/365 of the districts', the whole of the wards' (it covers only their days), 100 %, Đạt.
    const units: CampaignUnit[] = [
      { code: "H01", name: "LĐLĐ huyện 1", kind: "district_legacy", validTo: "2025-06-30" },
      { code: "H02", name: "LĐLĐ huyện 2", kind: "district_legacy", validTo: "2025-06-30" },
      { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
      { code: "P02", name: "Công đoàn phường 2", kind: "commune", validFrom: "2025-07-01" },
      { code: "P03", name: "Công đoàn phường 3", kind: "commune", validFrom: "2025-07-01" },
    ];
    const year = parsePeriod("2025")!;
    const files = units.map((u) =>
      u.validTo
        ? finance(u.code, year, 365_000_000, 181_000_000)
        : finance(u.code, year, 184_000_000, 184_000_000),
    );
    const summary = rollup(files, { period: year, campaign: testCampaign({}, units) });
    expect(units.map((u) => budget(summary, u.code))).toEqual([
      181_000_000, 181_000_000, 184_000_000, 184_000_000, 184_000_000,
    ]);
    expect(units.map((u) => rate(summary, u.code).met)).toEqual([true, true, true, true, true]);
    expect(summary.total.forms.B03!.union_funding!.budget).toBe(2 * 181_000_000 + 3 * 184_000_000);
  });
});
