import { layoutSummary, parsePeriod, rollup, type Submission } from "../../../src/core";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { OWN } from "../../support/own-indicators";
import { submission, unit } from "../../support/reports";

// The level above's total of a plan is blank where a province's summary of rounds whose units changed left
// it blank (rollup.plans_unknown). Biểu 03's budget was, but a plan of the province's own indicators (Biểu
// 05, one figure a row) added the other provinces' plans against every province's payments, and the
// total's rate over it read 1,000 % for 100 %.
const YEAR = parsePeriod("2025")!;

/** A unit's Biểu 05 of `period`: a plan of 100 and 100 paid against it. */
const b05 = (code: string, period: string) =>
  submission(
    {
      unit: unit(code),
      period: parsePeriod(period)!,
      templates: ["B05"],
      indicators: OWN,
      fills: {
        TD_B05_training_value: 1,
        TD_B05_clubs_value: 1,
        TD_B05_fund_plan_value: 100,
        TD_B05_fund_paid_value: 50,
      },
    },
    `${code}-${period}.xlsx`,
  );

/** The province's summary of `units` for `period`, written and read back as the level above receives it. */
async function provinceSummary(period: string, units: readonly Submission[], province: string) {
  const summary = rollup(units, {
    period: parsePeriod(period)!,
    parent: { ...unit(province), kind: "federation" },
  });
  return readSubmission(await writeWorkbookPlan(layoutSummary(summary)), {
    name: `tong-hop-${province}-${period}.xlsx`,
    sha256: `sha-${province}-${period}`,
  });
}

it("leaves the level above's total of an own plan blank where a province's plan is unknown", async () => {
  const d1 = await provinceSummary("2025-D1", [b05("H01", "2025-D1"), b05("X01", "2025-D1")], "T01");
  const d2 = await provinceSummary("2025-D2", [b05("X01", "2025-D2")], "T01");
  const other = await provinceSummary("2025", [b05("Y01", "2025")], "T02");
  const national = rollup([d1, d2, other], { period: YEAR, parent: { ...unit("TLD"), kind: "federation" } });
  const t01 = national.units.find((u) => u.unit.code === "T01")!;
  expect(t01.warnings.map((w) => w.rule)).toContain("rollup.plans_unknown");
  const form = national.total.forms.B05!;
  expect(form.fund_paid!.value).toBeGreaterThan(
    national.units.find((u) => u.unit.code === "T02")!.report.forms.B05!.fund_paid!.value!,
  );
  expect([form.fund_plan!.value, form.fund_rate!.value]).toEqual([null, null]);
});
