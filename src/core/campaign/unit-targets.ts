import type { Indicator, TemplateId } from "../catalog";
import { figureText, percentText } from "../text/figure-text";
import { placedTarget, targetsOf, type Targets } from "../model/targets";
import type { Text } from "../text/text";
import { unitKey } from "../model/units";
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
  for (const { key } of targetsOf(templates, campaign.indicators)) {
    const own = Object.prototype.hasOwnProperty.call(assigned, key) ? assigned[key] : undefined;
    if (own === "na") notApplicable.add(key);
    targets[key] = own === undefined ? (campaign.defaults[key] ?? null) : own === "na" ? null : own;
  }
  return { targets, notApplicable };
}

/** A target a report carries at another figure than the one assigned, both as each language writes them. */
export interface TargetDifference {
  readonly key: string;
  readonly found: Text;
  readonly assigned: Text;
}

/**
 * The targets `carried` (a report's) that differ from those `assigned` to the unit: the roll-up replaces
 * them, and says so; validation says so first. A target not applicable, or blank on either side, differs
 * from nothing.
 */
export function targetDifferences(
  carried: Targets,
  { targets, notApplicable }: UnitTargets,
  indicators: readonly Indicator[] = [],
): TargetDifference[] {
  return Object.keys(targets).flatMap((key) => {
    const [found, assigned] = [carried[key] ?? null, targets[key] ?? null];
    if (found === null || assigned === null || notApplicable.has(key) || Math.abs(found - assigned) < 1e-9)
      return [];
    const show = (v: number) =>
      placedTarget(key, indicators)?.kind === "ratio" ? percentText(v) : figureText(v);
    return [{ key, found: show(found), assigned: show(assigned) }];
  });
}
