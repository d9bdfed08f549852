import type { SheetPlan } from "../core/layout/plan";

export const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** Excel refuses to delete a very hidden sheet; hidden is enough to delete it unseen. Needs visibility loaded. */
export function deleteSheet(sheet: Excel.Worksheet): void {
  if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
  sheet.delete();
}

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
