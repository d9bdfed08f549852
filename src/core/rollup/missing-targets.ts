import { unitTargets } from "../campaign/unit-targets";
import type { Campaign, CampaignUnit } from "../campaign/types";
import { formDef } from "../catalog";
import { getCell } from "../form/form";
import type { Period } from "../model/period";
import { targetsOf } from "../model/targets";
import type { TargetResult } from "./types";

/**
 * The total row's count targets, each saying what the units counted without a report (missing, or every
 * file refused) were assigned: their results are unknown, never 0, so the total's target stays the
 * reporting units' and is assessed against their result alone, and the basis lets a note give the target
 * assigned to every unit (a staff round: the year's target left the missing units out, and nothing said so).
 * A target of a figure at a date counts a missing unit present on that date, as the result would.
 */
export function withMissingTargets(
  results: readonly TargetResult[],
  missing: readonly CampaignUnit[],
  campaign: Campaign,
  period: Period,
): TargetResult[] {
  const { indicators } = campaign;
  if (missing.length === 0) return [...results];
  return results.map((r) => {
    const target = targetsOf([r.template], indicators).find((t) => t.key === r.key);
    if (!target || target.combine !== "sum" || r.target === null) return r;
    const { aggregation } = getCell(formDef(r.template, indicators), target.row, target.col);
    const present = (u: CampaignUnit) =>
      aggregation === "stock_end"
        ? !u.validTo || u.validTo >= period.end
        : aggregation !== "stock_start" || !u.validFrom || u.validFrom <= period.start;
    const assigned = missing.filter(present).flatMap((u) => {
      const own = unitTargets(campaign, u.code, [r.template]).targets[r.key];
      return typeof own === "number" ? [{ code: u.code, target: own }] : [];
    });
    if (assigned.length === 0) return r;
    const units = assigned.map((a) => a.code);
    const total = assigned.reduce((sum, a) => sum + a.target, 0);
    return { ...r, basis: { leftOut: [], ...r.basis, missing: { units, target: total } } };
  });
}
