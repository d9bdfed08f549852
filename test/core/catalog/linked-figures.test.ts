import {
  extract,
  formDef,
  getCell,
  indicatorRow,
  layoutSummary,
  periodsOfYear,
  rollup,
  unitTemplates,
  validate,
  type Campaign,
  type Indicator,
  type Period,
  type Submission,
} from "../../../src/core";
import { defaultCampaign } from "../../../src/core";
import { LINKED } from "../../support/linked-indicators";
import { OWN } from "../../support/own-indicators";
import { gridFromPlan } from "../../support/plan-grid";
import { reportGrid, submission, unit, zeroFills } from "../../support/reports";

const [D1, D2, YEAR] = periodsOfYear(2025) as [Period, Period, Period];

const campaign: Campaign = {
  ...defaultCampaign(2025, [
    { code: "X01", name: "Công đoàn X01", bloc: "Cụm 1" },
    { code: "X02", name: "Công đoàn X02", bloc: "Cụm 1" },
  ]),
  indicators: LINKED,
  assigned: new Map([
    ["X01", { B05_safety: 1 }],
    ["X02", { B05_safety: 1 }],
  ]),
  defaults: { B05_special_rate: 1, B05_direct_share: 0.5 },
  scoring: [
    { target: "B05_special_rate", points: 40, method: "proportional" },
    { target: "B05_safety", points: 30, method: "pass_fail" },
    { target: "B05_direct_share", points: 30, method: "pass_fail" },
  ],
};

interface Figures {
  grassroots_unions: number;
  safety_contests: number;
  commended_individuals: number;
  commended_direct_workers: number;
  special: number;
}

const fillsOf = (f: Figures) => ({
  ...zeroFills(["B04"]),
  TD_B04_grassroots_unions_value: f.grassroots_unions,
  TD_B04_safety_contests_value: f.safety_contests,
  TD_B04_commended_individuals_value: f.commended_individuals,
  TD_B04_commended_direct_workers_value: f.commended_direct_workers,
  TD_B05_special_value: f.special,
});

const spec = (code: string, f: Figures, period = D1) => ({
  unit: unit(code),
  period,
  templates: ["B04", "B05"] as const,
  indicators: LINKED,
  fills: fillsOf(f),
});

const report = (code: string, f: Figures, period = D1): Submission =>
  submission(spec(code, f, period), `${code}-${period.id}.xlsx`);

const X01: Figures = {
  grassroots_unions: 20,
  safety_contests: 1,
  commended_individuals: 10,
  commended_direct_workers: 6,
  special: 15,
};
const X02: Figures = {
  grassroots_unions: 5,
  safety_contests: 0,
  commended_individuals: 30,
  commended_direct_workers: 9,
  special: 5,
};

describe("a linked row of Biểu 05: a built-in figure given a target, and divided", () => {
  it("writes the linked cell as a locked formula naming the built-in figure", () => {
    const def = formDef("B05", LINKED);
    const cell = getCell(def, "safety", "value");
    expect(cell.formula).toEqual({ ref: { template: "B04", row: "safety_contests", col: "value" } });
    // Combined as its source: the CĐCS count a stock, the contests a flow.
    expect(getCell(def, "cdcs", "value").aggregation).toBe("stock_end");
    expect(cell.aggregation).toBe("flow");
    const grid = reportGrid(spec("X01", X01));
    const b05 = grid.sheets.find((s) => s.name === "Biểu 05")!;
    const formulas = [...b05.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas).toEqual(
      expect.arrayContaining([
        "TD_B04_grassroots_unions_value",
        "TD_B04_safety_contests_value",
        "TD_B04_commended_direct_workers_value",
        "TD_B04_commended_individuals_value",
      ]),
    );
  });

  it("reads a unit's honest report: each linked cell is its source, the own ratio divides it", () => {
    const extraction = extract(reportGrid(spec("X01", X01)));
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
    expect(extraction.report!.forms.B05).toEqual({
      cdcs: { value: 20 },
      special: { value: 15 },
      special_rate: { value: 0.75 },
      safety: { value: 1 },
      direct: { value: 6 },
      commended: { value: 10 },
      direct_share: { value: 0.6 },
    });
  });

  it("refuses a tampered link: another figure, or a number typed over the formula", () => {
    for (const formula of ["TD_B04_mai_am_total_value", null]) {
      const grid = reportGrid({ ...spec("X01", X01), formulas: { TD_B05_safety_value: formula } });
      const errors = validate(extract(grid)).filter((f) => f.severity === "error");
      expect(errors.map((e) => [e.rule, e.cell])).toEqual([["cell.formula_tampered", expect.any(String)]]);
      expect(errors[0]!.message_vi).toContain("TD_B04_safety_contests_value");
    }
  });

  it("rolls up linked rows as their sources, ratios from Σ numerators ÷ Σ denominators, and scores them", () => {
    const summary = rollup([report("X01", X01), report("X02", X02)], { campaign, period: D1 });
    expect(summary.rejected).toEqual([]);
    expect(summary.total.forms.B05).toEqual({
      cdcs: { value: 25 },
      special: { value: 20 },
      // 20 ÷ 25, not the mean of 0.75 and 1.
      special_rate: { value: 0.8 },
      safety: { value: 1 },
      direct: { value: 15 },
      commended: { value: 40 },
      // 15 ÷ 40, not the mean of 0.6 and 0.3.
      direct_share: { value: 0.375 },
    });
    expect(summary.total.forms.B05!.cdcs).toEqual(summary.total.forms.B04!.grassroots_unions);
    const x02 = summary.units.find((u) => u.unit.code === "X02")!;
    expect(
      x02.attainment
        .filter((a) => a.template === "B05" && a.target !== null)
        .map((a) => [a.key, a.result, a.target, a.met]),
    ).toEqual([
      ["B05_special_rate", 1, 1, true],
      ["B05_safety", 0, 1, false],
      ["B05_direct_share", 0.3, 0.5, false],
    ]);
    // 40 for the rate met, nothing for the contest not held nor the share under a half.
    expect(x02.score).toBe(40);
    const x01 = summary.units.find((u) => u.unit.code === "X01")!;
    // 40 × 0.75 ÷ 1, 30, 30.
    expect(x01.score).toBe(90);
    const total = summary.totalAttainment.find((a) => a.key === "B05_safety")!;
    expect([total.result, total.target, total.met]).toEqual([1, 2, false]);
  });

  it("combines rounds as the sources: the CĐCS count the latest round's, the flows added", () => {
    const d2 = { ...X01, grassroots_unions: 22, safety_contests: 2, special: 4 };
    const summary = rollup([report("X01", X01), report("X01", d2, D2)], { campaign, period: YEAR });
    const b05 = summary.units[0]!.report.forms.B05!;
    expect([b05.cdcs, b05.special, b05.special_rate, b05.safety]).toEqual([
      { value: 22 },
      { value: 19 },
      { value: 19 / 22 },
      { value: 3 },
    ]);
  });

  it("carries the links in the parent-level report, which reads back honest and rolls up to the same totals", () => {
    const summary = rollup([report("X01", X01), report("X02", X02)], {
      campaign,
      period: D1,
      parent: { code: "LDLD_T", name: "LĐLĐ tỉnh", kind: "federation" },
    });
    const plan = layoutSummary(summary);
    // The linked cells' cached results, which a program showing them displays, are the province's Biểu 04 figures.
    const linked = plan.sheets
      .flatMap((sheet) => sheet.cells)
      .filter(
        (c) => c.formula === "TD_B04_grassroots_unions_value" || c.formula === "TD_B04_safety_contests_value",
      );
    expect(linked.map((c) => c.value)).toEqual([25, 1]);
    const extraction = extract(gridFromPlan(plan));
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
    const again = rollup([{ source: { name: "tong-hop.xlsx", sha256: "sha-t" }, extraction }], {
      period: D1,
    });
    expect(again.indicators).toEqual(LINKED);
    expect(again.total.forms.B05).toEqual(summary.total.forms.B05);
  });

  it("leaves a campaign without linked rows as it was: its metadata rows carry no source column", () => {
    expect(OWN.some((i) => i.source)).toBe(false);
    expect(OWN.map((i) => indicatorRow(i).length)).toEqual(OWN.map(() => 8));
    expect(indicatorRow(LINKED[0]!)).toEqual([
      "cdcs",
      "Số CĐCS",
      "Grassroots unions",
      "figure",
      "",
      "",
      "",
      "yes",
      "B04_grassroots_unions_value",
    ]);
  });

  it("writes a template of Biểu 05 alone with the forms its linked rows read", () => {
    const sources = unitTemplates(campaign, D1, ["B05"]);
    expect(sources[0]!.templates).toEqual(["B04", "B05"]);
    expect(unitTemplates({ ...campaign, indicators: OWN }, D1, ["B05"])[0]!.templates).toEqual(["B05"]);
  });

  it("takes a linked plan figure over rounds as its source is taken: the latest round's budget, never summed", () => {
    const budget: Indicator = {
      code: "dues_budget",
      name: { vi: "Dự toán đoàn phí", en: "Dues budget" },
      kind: "figure",
      required: true,
      source: { template: "B03", row: "union_dues", col: "budget" },
    };
    const round = (period: typeof D1, amount: number) =>
      submission(
        {
          unit: unit("X01"),
          period,
          templates: ["B03", "B05"],
          indicators: [budget],
          fills: { ...zeroFills(["B03"]), TD_B03_union_dues_budget: amount },
        },
        `X01-${period.id}.xlsx`,
      );
    const summary = rollup([round(D1, 1_000_000), round(D2, 1_200_000)], {
      campaign: { ...campaign, indicators: [budget], assigned: new Map(), defaults: {}, scoring: [] },
      period: YEAR,
    });
    expect(summary.rejected).toEqual([]);
    const forms = summary.units[0]!.report.forms;
    expect(forms.B03!.union_dues!.budget).toBe(1_200_000);
    expect(forms.B05!.dues_budget).toEqual({ value: 1_200_000 });
  });
});
