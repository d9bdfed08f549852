import type { TemplateId } from "../catalog";
import { targetsOf, type Targets } from "../targets";
import { unitKey } from "../units";
import type { Campaign } from "./types";

export interface UnitTargets {
  readonly targets: Targets;
  /** Keys of the targets the province marked "not applicable" (`-`) for the unit. */
  readonly notApplicable: ReadonlySet<string>;
}

/** The targets the province assigned a unit: its own row of the targets table, else the `*` defaults. */
export function unitTargets(
  campaign: Campaign,
  unitCode: string,
  templates: readonly TemplateId[],
): UnitTargets {
  const assigned = campaign.assigned.get(unitKey(unitCode)) ?? {};
  const targets: Targets = {};
  const notApplicable = new Set<string>();
  for (const { key } of targetsOf(templates)) {
    const own = Object.prototype.hasOwnProperty.call(assigned, key) ? assigned[key] : undefined;
    if (own === "na") notApplicable.add(key);
    targets[key] = own === undefined ? (campaign.defaults[key] ?? null) : own === "na" ? null : own;
  }
  return { targets, notApplicable };
}
