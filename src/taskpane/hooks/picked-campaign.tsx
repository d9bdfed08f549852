import { createContext, useContext, useState, type ReactNode } from "react";
import type { Campaign, Finding } from "../../core";

/** The campaign workbook staff picked, as read: null when unusable, with what is wrong with it. */
export interface PickedCampaign {
  readonly file: File;
  readonly campaign: Campaign | null;
  readonly findings: readonly Finding[];
}

type Picked = readonly [PickedCampaign | null, (picked: PickedCampaign | null) => void];

const PickedContext = createContext<Picked>([null, () => undefined]);

/** One campaign for every view: picked on Biểu mẫu, it is the roll-up's too, until it is cleared. */
export function PickedCampaignProvider({ children }: { readonly children: ReactNode }) {
  const state = useState<PickedCampaign | null>(null);
  return <PickedContext.Provider value={state}>{children}</PickedContext.Provider>;
}

export const usePickedCampaign = (): Picked => useContext(PickedContext);
