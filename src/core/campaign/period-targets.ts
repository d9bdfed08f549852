import type { Assigned, Campaign } from "./types";

/**
 * The campaign as it stands in one period: the targets its TD_Targets rows set for that period (a 90-day
 * sprint's, a five-year review's) over those set for every period. A period's row outranks every
 * all-period row: a target its `*` row sets is every unit's in that period, a unit's own all-period figure
 * included (a year's 200 admissions are not a sprint's); what its rows leave blank stays as for every
 * period. Without rows for the period, the campaign as it is.
 */
export function campaignForPeriod(campaign: Campaign, periodId: string): Campaign {
  const own = campaign.periodTargets?.get(periodId.trim().toUpperCase());
  if (!own) return campaign;
  const overridden = (targets: Readonly<Record<string, Assigned>>) =>
    Object.fromEntries(Object.entries(targets).filter(([key]) => !(key in own.defaults)));
  const assigned = new Map([...campaign.assigned].map(([unit, targets]) => [unit, overridden(targets)]));
  for (const [unit, targets] of own.assigned) assigned.set(unit, { ...assigned.get(unit), ...targets });
  return { ...campaign, defaults: { ...campaign.defaults, ...own.defaults }, assigned };
}
