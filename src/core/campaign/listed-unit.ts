import { unitKey } from "../model/units";
import type { Campaign } from "./types";

/** Looks a unit up in the campaign's list by its code, as any spelling of it. */
export const listedUnit = (campaign: Campaign) => {
  const byKey = new Map(campaign.units.map((u) => [unitKey(u.code), u]));
  return (code: string) => byKey.get(unitKey(code));
};
