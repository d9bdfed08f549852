import type { SheetPlan } from "../core/layout/plan";

export const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export interface PlacedSheet {
  readonly plan: SheetPlan;
  readonly sheet: Excel.Worksheet;
  /** The name the sheet ends with, which may differ from the plan's. */
  readonly name: string;
}

/** Brings the user to what was just written: the first sheet meant to be seen. */
export function activateFirstVisible(placed: readonly PlacedSheet[]): void {
  placed.find((p) => p.plan.visibility === "visible")?.sheet.activate();
}
