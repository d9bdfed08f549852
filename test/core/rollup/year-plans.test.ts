import { parsePeriod, rollup, type CampaignUnit } from "../../../src/core";
import { submission, testCampaign, unit } from "../../support/reports";

/**
 * The 2025 restructuring: a district federation dissolved on 30/06 reports Đợt 1 with its year's budget,
 * the commune union founded on 01/07 reports Đợt 2 with its own, an industrial-park union reports both.
 */
const UNITS: CampaignUnit[] = [
  { code: "H01", name: "LĐLĐ huyện 1", kind: "district_legacy", validTo: "2025-06-30" },
  { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
  { code: "K01", name: "Công đoàn KCN", kind: "industrial_park" },
];

const finance = (code: string, period: string, budget: number, collected: number) =>
  submission(
    {
      unit: unit(code),
      templates: ["B03"],
      period: parsePeriod(period)!,
      fills: {
        TD_B03_union_funding_budget: budget,
        TD_B03_union_funding_collected: collected,
        TD_B03_union_dues_budget: budget / 10,
        TD_B03_union_dues_collected: collected / 10,
      },
    },
    `${code}-${period}.xlsx`,
  );

const year = () =>
  rollup(
    [
      finance("H01", "2025-D1", 730_000_000, 300_000_000),
      finance("P01", "2025-D2", 365_000_000, 150_000_000),
      finance("K01", "2025-D1", 100_000_000, 40_000_000),
      finance("K01", "2025-D2", 100_000_000, 70_000_000),
    ],
    { period: parsePeriod("2025")!, campaign: testCampaign({}, UNITS) },
  );

describe("the year's plan of units present for part of it", () => {
  it("counts each unit's budget for the days it existed in the year: budget × days present ÷ days of the year", () => {
    const summary = year();
    const budget = (code: string) =>
      summary.units.find((u) => u.unit.code === code)!.report.forms.B03!.union_funding!.budget;
    // H01: 01/01–30/06 is 181 days; P01: 01/07–31/12 is 184 days; K01 the whole year.
    expect(budget("H01")).toBe(Math.round((730_000_000 * 181) / 365));
    expect(budget("P01")).toBe(Math.round((365_000_000 * 184) / 365));
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
    // A year plan of 2,053,892,998 + 1,952,899,127 đồng over 184 of 365 days: prorated and rounded each
    // on its own, the total printed 1 đồng more than its two items (the demo's summary: 1 đồng less).
    const funding = 2_053_892_998;
    const dues = 1_952_899_127;
    const summary = rollup(
      [
        submission(
          {
            unit: unit("P01"),
            templates: ["B03"],
            period: parsePeriod("2025-D2")!,
            fills: {
              TD_B03_union_funding_budget: funding,
              TD_B03_union_funding_collected: 1,
              TD_B03_union_dues_budget: dues,
              TD_B03_union_dues_collected: 1,
            },
          },
          "P01.xlsx",
        ),
      ],
      { period: parsePeriod("2025")!, campaign: testCampaign({}, UNITS) },
    );
    const b03 = summary.units[0]!.report.forms.B03!;
    const [a, b] = [funding, dues].map((v) => Math.round((v * 184) / 365));
    expect(Math.round(((funding + dues) * 184) / 365)).not.toBe(a! + b!);
    expect([b03.union_funding!.budget, b03.union_dues!.budget]).toEqual([a, b]);
    expect(b03.total!.budget).toBe(a! + b!);
    expect(summary.total.forms.B03!.total!.budget).toBe(a! + b!);
  });
});
