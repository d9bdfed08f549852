import type { Campaign, CampaignUnit } from "../campaign/types";
import type { Period } from "../model/period";
import { unitKey } from "../model/units";
import { dueOf } from "../campaign/due-dates";
import type { ExpectedStatus, ExpectedUnitStatus, Rejection, UnitRow } from "./types";

/** Every expected unit's status: received (with when, and how late), rejected, or missing. */
export function submissionStatuses(
  expected: readonly CampaignUnit[] | null,
  units: readonly UnitRow[],
  rejected: readonly Rejection[],
  period: Period,
  campaign: Campaign,
): { expected: ExpectedUnitStatus[] | null; missing: CampaignUnit[] } {
  if (!expected) return { expected: null, missing: [] };
  const received = new Map(units.map((u) => [unitKey(u.unit.code), u]));
  const rejectedKeys = new Set(rejected.map((r) => (r.unitCode ? unitKey(r.unitCode) : "")));
  const statuses = [...expected]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((unit): ExpectedUnitStatus => {
      const key = unitKey(unit.code);
      const row = received.get(key);
      const status: ExpectedStatus = row ? "received" : rejectedKeys.has(key) ? "rejected" : "missing";
      return {
        unit,
        status,
        // A unit that sent nothing was due when its kind's or its own date says, as one that sent was.
        due: row?.due ?? dueOf(campaign, period, period, unit) ?? null,
        received: row?.received ?? null,
        daysLate: row?.daysLate ?? null,
      };
    });
  return { expected: statuses, missing: statuses.filter((s) => s.status !== "received").map((s) => s.unit) };
}
