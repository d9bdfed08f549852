import type { Indicator, TemplateId } from "../catalog";
import { figureText, percentText } from "../text/figure-text";
import { placedTarget, targetsOf, type Targets } from "../model/targets";
import type { Text } from "../text/text";
import { unitKey } from "../model/units";
import type { Report } from "../report/report";
import { WORDS } from "../vocabulary";
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
    const given = own ?? campaign.defaults[key] ?? null;
    if (given === "na") notApplicable.add(key);
    targets[key] = given === "na" ? null : given;
  }
  return { targets, notApplicable };
}

/**
 * Without a campaign, the built-in targets of a summary rolled up again (a province's, at the level above):
 * a count assigned to each unit adds up over the `units` it sums, as the summary's own total target adds
 * its units' (1 house each for 16 units is 16 for the province, not 1); a threshold stays as it is.
 */
export function summedDefaults(
  assigned: UnitTargets,
  units: number,
  templates: readonly TemplateId[],
  indicators: readonly Indicator[] = [],
): UnitTargets {
  const targets: Targets = { ...assigned.targets };
  for (const { key, combine } of targetsOf(templates, indicators)) {
    const given = targets[key];
    if (combine === "sum" && typeof given === "number") targets[key] = given * units;
  }
  return { targets, notApplicable: assigned.notApplicable };
}

/**
 * Without the province's campaign, the built-in targets with those the unit's own forms say do not apply
 * to it ("Không áp dụng", signed and stamped): nobody assigned the built-in ones either.
 */
export function withMarkedNotApplicable(
  assigned: UnitTargets,
  marked: ReadonlySet<string> | undefined,
): UnitTargets {
  if (!marked || marked.size === 0) return assigned;
  const targets: Targets = { ...assigned.targets };
  for (const key of marked) if (Object.prototype.hasOwnProperty.call(targets, key)) targets[key] = null;
  return { targets, notApplicable: new Set([...assigned.notApplicable, ...marked]) };
}

/**
 * A target a report carries at another figure than the one assigned, both as each language writes them;
 * `assigned` null where none is: the figure the file carries is then assessed against nothing.
 */
export interface TargetDifference {
  readonly key: string;
  readonly found: Text;
  readonly assigned: Text | null;
}

/**
 * The targets a report carries (`carried`, and those its forms mark not applicable) that differ from those
 * `assigned` to the unit: the roll-up replaces them, and says so; validation says so first. "Không áp
 * dụng" differs from a figure either way. A figure the file carries where none is assigned differs too
 * (staff who gave a unit its target on its template, and rolled up without the campaign, saw its result
 * with no Đạt/Chưa đạt and no word why); a target blank in the file, or "không áp dụng" where none is
 * assigned, differs from nothing.
 */
export function targetDifferences(
  carried: Pick<Report, "targets" | "notApplicable">,
  { targets, notApplicable }: UnitTargets,
  indicators: readonly Indicator[] = [],
): TargetDifference[] {
  const shown = (key: string, value: number | "na" | null): Text | null => {
    if (value === "na") return WORDS.form.notApplicable;
    if (value === null) return null;
    return placedTarget(key, indicators)?.kind === "ratio" ? percentText(value) : figureText(value);
  };
  return Object.keys(targets).flatMap((key) => {
    const found = carried.notApplicable?.has(key) ? "na" : (carried.targets[key] ?? null);
    const given = notApplicable.has(key) ? "na" : (targets[key] ?? null);
    const same = typeof found === "number" && typeof given === "number" && Math.abs(found - given) < 1e-9;
    // Written out only where they differ: a roll-up asks for every target of every unit's files.
    if (same || found === given) return [];
    const [foundText, assignedText] = [shown(key, found), shown(key, given)];
    if (foundText === null || (assignedText === null && found === "na")) return [];
    return [{ key, found: foundText, assigned: assignedText }];
  });
}
