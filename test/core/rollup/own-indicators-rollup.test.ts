import {
  extract,
  layoutSummary,
  parsePeriod,
  rollup,
  validate,
  type Campaign,
  type Indicator,
  type Submission,
  type Summary,
} from "../../../src/core";
import { OWN, ownCampaign } from "../../support/own-indicators";
import { gridFromPlan } from "../../support/plan-grid";
import { submission, unit } from "../../support/reports";

const [D1, D2, YEAR] = ["2025-D1", "2025-D2", "2025"].map((id) => parsePeriod(id)!) as [
  ReturnType<typeof parsePeriod> & {},
  ReturnType<typeof parsePeriod> & {},
  ReturnType<typeof parsePeriod> & {},
];

const campaign: Campaign = ownCampaign(
  [
    { code: "X01", name: "Công đoàn X01", bloc: "Cụm 1" },
    { code: "X02", name: "Công đoàn X02", bloc: "Cụm 1" },
  ],
  {
    assigned: new Map([
      ["X01", { B05_training: 10 }],
      ["X02", { B05_training: 8 }],
    ]),
    defaults: { B05_fund_rate: 0.6 },
    scoring: [
      { target: "B05_training", points: 60, method: "proportional" },
      { target: "B05_fund_rate", points: 40, method: "pass_fail" },
    ],
  },
);

type Figures = Record<"training" | "clubs" | "fund_plan" | "fund_paid", number>;

/** A unit's report of Biểu 05 alone for a round, with the figures of its own indicators. */
function report(
  code: string,
  period = D1,
  figures: Figures,
  indicators: readonly Indicator[] = OWN,
): Submission {
  const fills = Object.fromEntries(Object.entries(figures).map(([k, v]) => [`TD_B05_${k}_value`, v]));
  return submission(
    { unit: unit(code), period, templates: ["B05"], indicators, fills },
    `${code}-${period.id}.xlsx`,
  );
}

const X01 = { training: 12, clubs: 4, fund_plan: 100_000_000, fund_paid: 90_000_000 };
const X02 = { training: 6, clubs: 7, fund_plan: 10_000_000, fund_paid: 1_000_000 };

const b05 = (summary: Summary) => summary.total.forms.B05!;

describe("the province's own indicators rolled up", () => {
  it("adds each by its kind, recomputes the ratio from the totals, and scores the targets assigned", () => {
    const summary = rollup([report("X01", D1, X01), report("X02", D1, X02)], { campaign, period: D1 });
    expect(summary.rejected).toEqual([]);
    expect(b05(summary)).toEqual({
      training: { value: 18 },
      clubs: { value: 11 },
      fund_plan: { value: 110_000_000 },
      fund_paid: { value: 91_000_000 },
      // 91 ÷ 110, never the mean of 0.9 and 0.1.
      fund_rate: { value: 91 / 110 },
    });
    const x02 = summary.units.find((u) => u.unit.code === "X02")!;
    expect(
      x02.attainment.filter((a) => a.template === "B05").map((a) => [a.key, a.result, a.target, a.met]),
    ).toEqual([
      ["B05_training", 6, 8, false],
      ["B05_clubs", 7, null, null],
      ["B05_fund_plan", 10_000_000, null, null],
      ["B05_fund_paid", 1_000_000, null, null],
      ["B05_fund_rate", 0.1, 0.6, false],
    ]);
    // 60 × 6 ÷ 8 for training, nothing for the rate.
    expect(x02.score).toBe(45);
    const total = summary.totalAttainment.find((a) => a.key === "B05_training")!;
    expect([total.result, total.target, total.met]).toEqual([18, 18, true]);
  });

  it("combines a unit's rounds into the year as the catalog's figures: flows add, the stock and the plan are the latest round's", () => {
    const d2 = { training: 3, clubs: 5, fund_plan: 100_000_000, fund_paid: 8_000_000 };
    const summary = rollup([report("X01", D1, X01), report("X01", D2, d2)], { campaign, period: YEAR });
    expect(summary.units[0]!.report.forms.B05).toEqual({
      training: { value: 15 },
      clubs: { value: 5 },
      fund_plan: { value: 100_000_000 },
      fund_paid: { value: 98_000_000 },
      fund_rate: { value: 0.98 },
    });
  });

  it("refuses a report whose Biểu 05 lists other indicators than the campaign, naming the file", () => {
    const other = OWN.map((i) => (i.code === "clubs" ? { ...i, kind: "flow" as const } : i));
    const summary = rollup([report("X01", D1, X01), report("X02", D1, X02, other)], { campaign, period: D1 });
    expect(summary.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["X02-2025-D1.xlsx", "rollup.other_indicators"],
    ]);
    expect(summary.rejected[0]!.reason.vi).toContain("Tệp X02-2025-D1.xlsx: Biểu 05 của đơn vị X02");
    expect(b05(summary).training).toEqual({ value: 12 });
  });

  it("carries Biểu 05 in the parent-level report, which rolls up again to the same totals", () => {
    const summary = rollup([report("X01", D1, X01), report("X02", D1, X02)], {
      campaign,
      period: D1,
      parent: { code: "LDLD_T", name: "LĐLĐ tỉnh", kind: "federation" },
    });
    const extraction = extract(gridFromPlan(layoutSummary(summary)));
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
    const again = rollup([{ source: { name: "tong-hop.xlsx", sha256: "sha-t" }, extraction }], {
      period: D1,
    });
    expect(again.indicators).toEqual(OWN);
    expect(b05(again)).toEqual(b05(summary));
  });
});
