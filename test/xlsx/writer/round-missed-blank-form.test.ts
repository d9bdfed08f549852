import { layoutSummary, parsePeriod, rollup, type Indicator, type Period } from "../../../src/core";
import { ownCampaign } from "../../support/own-indicators";
import { submission, unit } from "../../support/reports";
import { summaryReadBack } from "../../support/summary-read-back";

// "Số liệu để trống" said of a province that missed Đợt 1 that Biểu 05's figures were of the round it did
// not report, where its Đợt 2 summary left them blank: the form's two own plans, optional, unknown there
// (its district's quarters changed units), and a plan is the year's latest round's, Đợt 2's.
const PLANS: Indicator[] = ["plan_a", "plan_b"].map((code) => ({
  code,
  name: { vi: `Kế hoạch ${code}`, en: `Plan ${code}` },
  kind: "plan",
  unit: "đồng",
  required: false,
}));
const quarter = (q: 3 | 4): Period => ({
  id: `2025-Q${q}`,
  start: q === 3 ? "2025-07-01" : "2025-10-01",
  end: q === 3 ? "2025-09-30" : "2025-12-31",
  label: { vi: `Quý ${q}/2025`, en: `Q${q} 2025` },
});
const b05 = (code: string, period: Period) =>
  submission(
    {
      unit: unit(code),
      period,
      templates: ["B05"],
      indicators: PLANS,
      fills: { TD_B05_plan_a_value: 100, TD_B05_plan_b_value: 200 },
    },
    `${code}-${period.id}.xlsx`,
  );
it("says a form its unit sent blank was sent blank, not of a round it missed", async () => {
  const q3 = await summaryReadBack(quarter(3), [b05("A01", quarter(3)), b05("A02", quarter(3))], "D01");
  const q4 = await summaryReadBack(quarter(4), [b05("A01", quarter(4))], "D01");
  const d2 = await summaryReadBack(parsePeriod("2025-D2")!, [q3, q4], "T01");
  const national = rollup([d2], {
    period: parsePeriod("2025")!,
    campaign: ownCampaign([{ ...unit("T01"), kind: "federation" }], { indicators: PLANS }),
  });
  expect(national.units[0]!.report.forms.B05).toEqual({ plan_a: { value: null }, plan_b: { value: null } });
  expect(national.units[0]!.gaps).toEqual([{ start: "2025-01-01", end: "2025-06-30" }]);
  const sheet = layoutSummary(national).sheets.find((s) => s.name === "Số liệu để trống")!;
  const line = sheet.cells.find((c) => c.value === "T01")!;
  expect(sheet.cells.find((c) => c.row === line.row && c.col === 2)!.value).toBe(
    "Mọi số liệu của biểu (đơn vị không gửi biểu, hoặc để trống cả biểu)",
  );
});
