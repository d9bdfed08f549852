import { parsePeriod, type CampaignUnit, type Summary } from "../../src/core";
import { submission, unit } from "./reports";

/** The 2025 reorganisation: a district dissolved on 30/06, a commune founded on 01/07, a park union all year. */
export const REORGANISED_UNITS: CampaignUnit[] = [
  { code: "H01", name: "LĐLĐ huyện 1", kind: "district_legacy", validTo: "2025-06-30" },
  { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
  { code: "K01", name: "Công đoàn KCN", kind: "industrial_park" },
];

/** A union founded on 01/03/2025 and merged away on 30/09/2025: 214 days, its budget covering 306. */
export const SHORT_LIVED: CampaignUnit = {
  code: "M01",
  name: "Công đoàn dự án",
  kind: "grassroots_direct",
  validFrom: "2025-03-01",
  validTo: "2025-09-30",
};

/**
 * A unit's Biểu 03 for `period`: the funding budget it types and what it collected, dues a tenth of each;
 * `older`, made by a build before `budget_basis`, whose form asked a dated unit for the year's budget.
 */
export const finance = (code: string, period: string, budget: number, collected: number, older = false) =>
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
      ...(older ? { olderBasis: true } : {}),
    },
    `${code}-${period}${older ? "-older" : ""}.xlsx`,
  );

/** A unit's row of a roll-up. */
export const unitRow = (summary: Summary, code: string) => summary.units.find((u) => u.unit.code === code)!;

/** A unit's funding budget as the roll-up counts it. */
export const fundingBudget = (summary: Summary, code: string) =>
  unitRow(summary, code).report.forms.B03!.union_funding!.budget;

/** A unit's collection rate judged against its target. */
export const collectionRate = (summary: Summary, code: string) =>
  unitRow(summary, code).attainment.find((a) => a.key === "B03_collection_rate")!;
