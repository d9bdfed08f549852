import { parsePeriod, rollup, type Indicator } from "../../../src/core";
import { OWN } from "../../support/own-indicators";
import { consistentFills, submission, unit } from "../../support/reports";
import { summaryReadBack } from "../../support/summary-read-back";

// The level above's total of a plan is blank where a province's summary of rounds whose units changed left
// it blank (rollup.plans_unknown). Biểu 03's budget was, but a plan of the province's own indicators (Biểu
// 05, one figure a row) added the other provinces' plans against every province's payments, and the
// total's rate over it read 1,000 % for 100 %.
const YEAR = parsePeriod("2025")!;
const NATIONAL = { period: YEAR, parent: { ...unit("TLD"), kind: "federation" as const } };

/** A unit's Biểu 05 of `period` with `indicators`: a plan of 100 and 50 paid against it. */
const b05 = (code: string, period: string, indicators: readonly Indicator[] = OWN) =>
  submission(
    {
      unit: unit(code),
      period: parsePeriod(period)!,
      templates: ["B05"],
      indicators,
      fills: {
        TD_B05_training_value: 1,
        TD_B05_clubs_value: 1,
        TD_B05_fund_plan_value: 100,
        TD_B05_fund_paid_value: 50,
      },
    },
    `${code}-${period}.xlsx`,
  );

it("leaves the level above's total of an own plan blank where a province's plan is unknown", async () => {
  const d1 = await summaryReadBack("2025-D1", [b05("H01", "2025-D1"), b05("X01", "2025-D1")], "T01");
  const d2 = await summaryReadBack("2025-D2", [b05("X01", "2025-D2")], "T01");
  const other = await summaryReadBack("2025", [b05("Y01", "2025")], "T02");
  const national = rollup([d1, d2, other], NATIONAL);
  const t01 = national.units.find((u) => u.unit.code === "T01")!;
  expect(t01.warnings.map((w) => w.rule)).toContain("rollup.plans_unknown");
  const form = national.total.forms.B05!;
  expect(form.fund_paid!.value).toBeGreaterThan(
    national.units.find((u) => u.unit.code === "T02")!.report.forms.B05!.fund_paid!.value!,
  );
  expect([form.fund_plan!.value, form.fund_rate!.value]).toEqual([null, null]);
});

// The same plan marked optional (Bắt buộc: không) was read as 0 where a province's year summary left it
// blank, its district's rounds having changed units: the national total's plan was the other province's
// 100 against 200 paid by both, 200 %, where the plan of the whole is unknown.
it("reads an optional own plan a province's summary leaves blank as unknown, never 0", async () => {
  const optional = OWN.map((i) => (i.code === "fund_plan" ? { ...i, required: false } : i));
  const d1 = await summaryReadBack(
    "2025-D1",
    [b05("H01", "2025-D1", optional), b05("X01", "2025-D1", optional)],
    "D01",
  );
  const d2 = await summaryReadBack("2025-D2", [b05("X01", "2025-D2", optional)], "D01");
  const t01 = await summaryReadBack("2025", [d1, d2], "T01");
  const t02 = await summaryReadBack("2025", [b05("Y01", "2025", optional)], "T02");
  const national = rollup([t01, t02], NATIONAL);
  const province = national.units.find((u) => u.unit.code === "T01")!.report.forms.B05!;
  expect([province.fund_plan!.value, province.fund_paid!.value]).toEqual([null, 150]);
  const form = national.total.forms.B05!;
  expect([form.fund_plan!.value, form.fund_paid!.value, form.fund_rate!.value]).toEqual([null, 200, null]);
  // A unit's own optional plan left blank is still 0, as its form says (a row it need not fill).
  const unitBlank = submission(
    {
      unit: unit("Y02"),
      period: YEAR,
      templates: ["B05"],
      indicators: optional,
      fills: { TD_B05_training_value: 1, TD_B05_fund_paid_value: 50 },
    },
    "Y02-2025.xlsx",
  );
  const province2 = rollup([b05("Y01", "2025", optional), unitBlank], { period: YEAR });
  expect(province2.total.forms.B05!.fund_plan!.value).toBe(100);
});

// A row of Biểu 05 linked to Biểu 03's dues budget: the national Biểu 03's budget was blank (a province's
// budget unknown, its X02 without Đợt 2) where its Biểu 05 added the linked rows of the provinces that
// knew theirs, 468,210,014 đồng, T02's alone, against every province's dues.
it("takes the level above's linked budget from its own Biểu 03, blank where that is", async () => {
  const linked: Indicator[] = [
    ...OWN,
    {
      code: "dues_budget",
      name: { vi: "Dự toán đoàn phí", en: "Dues budget" },
      kind: "figure",
      required: true,
      source: { template: "B03", row: "union_dues", col: "budget" },
    },
  ];
  const report = (code: string, period: string, seed: number) =>
    submission(
      {
        unit: unit(code),
        period: parsePeriod(period)!,
        templates: ["B03", "B05"],
        indicators: linked,
        fills: {
          ...consistentFills(["B03"], seed),
          TD_B05_training_value: 1,
          TD_B05_fund_plan_value: 100,
          TD_B05_fund_paid_value: 50,
        },
      },
      `${code}-${period}.xlsx`,
    );
  const d1 = await summaryReadBack("2025-D1", [report("H01", "2025-D1", 3), report("X01", "2025-D1", 5)]);
  const d2 = await summaryReadBack("2025-D2", [report("X01", "2025-D2", 5)]);
  const other = await summaryReadBack("2025", [report("Y01", "2025", 9)], "T02");
  const national = rollup([d1, d2, other], NATIONAL);
  const t02 = national.units.find((u) => u.unit.code === "T02")!.report.forms.B05!;
  expect(t02.dues_budget!.value).toBeGreaterThan(0);
  const total = national.total.forms;
  expect([total.B03!.union_dues!.budget, total.B05!.dues_budget!.value]).toEqual([null, null]);
  // Both provinces' budgets known, the linked row is Biểu 03's total, as the form the level above signs shows it.
  const known = rollup([other, await summaryReadBack("2025", [report("Z01", "2025", 4)], "T03")], NATIONAL);
  expect(known.total.forms.B05!.dues_budget!.value).toBe(known.total.forms.B03!.union_dues!.budget);
  expect(known.total.forms.B03!.union_dues!.budget).toBeGreaterThan(t02.dues_budget!.value!);
});
