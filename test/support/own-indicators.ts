import { defaultCampaign, type Campaign } from "../../src/core";
import { INDICATORS } from "../../src/cli/demo/demo-province";

/** The demo province's own indicators, one of each kind: a flow, a stock, a plan, and a ratio of a flow over the plan. */
export const OWN = INDICATORS;

/** The default campaign of 2025 with the units given and the indicators above. */
export function ownCampaign(units: Campaign["units"], extra: Partial<Campaign> = {}): Campaign {
  return { ...defaultCampaign(2025, units), indicators: OWN, ...extra };
}
