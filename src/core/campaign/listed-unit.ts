import type { Existence } from "../model/budget-year";
import { unitKey } from "../model/units";
import { nameKey } from "../text/fold";
import type { Campaign, CampaignUnit } from "./types";

/** Looks a unit up in the campaign's list by its code, as any spelling of it. */
export const listedUnit = (campaign: Campaign) => {
  const byKey = new Map(campaign.units.map((u) => [unitKey(u.code), u]));
  return (code: string) => byKey.get(unitKey(code));
};

/**
 * The one unit of `units` named `name` under another code than `code`: a unit whose code staff changed
 * in the list after its template went out. A name is no proof, so it is only said, never used.
 */
export function sameNamedUnder(
  units: readonly CampaignUnit[],
  code: string,
  name: string,
): CampaignUnit | undefined {
  const key = nameKey(name);
  if (key === "") return undefined;
  const named = units.filter((u) => unitKey(u.code) !== unitKey(code) && nameKey(u.name) === key);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether `typed` names the unit itself, by its code or its name in any spelling: what a list's Chuyển đến
 * từ must not (a unit moves in from another).
 */
export const namesUnitItself = (typed: string, unit: { readonly code: string; readonly name: string }) =>
  unitKey(typed) === unitKey(unit.code) || nameKey(typed) === nameKey(unit.name);

/**
 * The days the list dates a unit, and where it moved in from when its start is a move: what its
 * budget is counted by, and what its template's budget note tells it to type.
 */
export const existenceOf = (unit: CampaignUnit | undefined): Existence => ({
  ...(unit?.validFrom ? { from: unit.validFrom } : {}),
  ...(unit?.validTo ? { to: unit.validTo } : {}),
  ...(unit?.validFrom && unit.movedInFrom ? { movedInFrom: unit.movedInFrom } : {}),
});
