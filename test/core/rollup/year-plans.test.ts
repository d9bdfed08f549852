import { parsePeriod, rollup } from "../../../src/core";
import { finance, REORGANISED_UNITS } from "../../support/reorganised-units";
import { submission, testCampaign, unit } from "../../support/reports";

/**
 * The 2025 restructuring: a district federation dissolved on 30/06 reports Đợt 1 with its year's budget,
 * the commune union founded on 01/07 Đợt 2 with the budget assigned for 01/07–31/12, an industrial-park
 * union both.
 */
const UNITS = REORGANISED_UNITS;

const year = () =>
  rollup(
    [
      finance("H01", "2025-D1", 730_000_000, 300_000_000),
      finance("P01", "2025-D2", 184_000_000, 150_000_000),
      finance("K01", "2025-D1", 100_000_000, 40_000_000),
      finance("K01", "2025-D2", 100_000_000, 70_000_000),
    ],
    { period: parsePeriod("2025")!, campaign: testCampaign({}, UNITS) },
  );

describe("the year's plan of units present for part of it", () => {
  it("counts each unit's budget for the days it existed over the days the budget covers", () => {
    const summary = year();
    const budget = (code: string) =>
      summary.units.find((u) => u.unit.code === code)!.report.forms.B03!.union_funding!.budget;
    // H01: 01/01–30/06 is 181 of the year's 365 days; P01's budget covers its own 01/07–31/12; K01 the year.
    expect(budget("H01")).toBe(Math.round((730_000_000 * 181) / 365));
    expect(budget("P01")).toBe(184_000_000);
    expect(budget("K01")).toBe(100_000_000);
    expect(summary.total.forms.B03!.union_funding!.budget).toBe(362_000_000 + 184_000_000 + 100_000_000);
    // Collections are flows: every round adds.
    expect(summary.total.forms.B03!.union_funding!.collected).toBe(300_000_000 + 150_000_000 + 110_000_000);
  });

  it("gives a round's roll-up the same year's plan: a round is progress towards the unit's own year", () => {
    // H01, dissolved on 30/06, carries 181/365 of its year's budget in Đợt 1 as in the year (before, its
    // whole year's 730,000,000 in Đợt 1 and half of it in the year: 300,000,000 read 41 % then 83 %).
    const round = rollup([finance("H01", "2025-D1", 730_000_000, 300_000_000)], {
      period: parsePeriod("2025-D1")!,
      campaign: testCampaign({}, UNITS),
    });
    expect(round.total.forms.B03!.union_funding!.budget).toBe(Math.round((730_000_000 * 181) / 365));
    expect(round.total.forms.B03!.union_funding!.budget).toBe(
      year().units.find((u) => u.unit.code === "H01")!.report.forms.B03!.union_funding!.budget,
    );
  });

  it("keeps a prorated total budget the sum of its prorated items, each in whole đồng (red team, round 21)", () => {
    // A year plan of 2,053,892,998 + 1,952,899,127 đồng over 181 of 365 days (the district dissolved on
    // 30/06): prorated and rounded each on its own, the total printed 1 đồng off its two items.
    const funding = 2_053_892_998;
    const dues = 1_952_899_127;
    const summary = rollup(
      [
        submission(
          {
            unit: unit("H01"),
            templates: ["B03"],
            period: parsePeriod("2025-D1")!,
            fills: {
              TD_B03_union_funding_budget: funding,
              TD_B03_union_funding_collected: 1,
              TD_B03_union_dues_budget: dues,
              TD_B03_union_dues_collected: 1,
            },
          },
          "H01.xlsx",
        ),
      ],
      { period: parsePeriod("2025")!, campaign: testCampaign({}, UNITS) },
    );
    const b03 = summary.units[0]!.report.forms.B03!;
    const [a, b] = [funding, dues].map((v) => Math.round((v * 181) / 365));
    expect(Math.round(((funding + dues) * 181) / 365)).not.toBe(a! + b!);
    expect([b03.union_funding!.budget, b03.union_dues!.budget]).toEqual([a, b]);
    expect(b03.total!.budget).toBe(a! + b!);
    expect(summary.total.forms.B03!.total!.budget).toBe(a! + b!);
  });
});
