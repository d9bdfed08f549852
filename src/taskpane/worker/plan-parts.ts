import type { PlanCell, SheetPlan, WorkbookPlan } from "../../core/layout/plan";

/**
 * A summary's sheet plan as it travels from the worker to the pane: a sheet at a time, its cells in
 * slices. The pane copies each message in a task of its own; one message of a 3,400-unit plan (1.45
 * million cells) held the pane's thread for 1,425 ms in Chromium.
 */
export type PlanPart =
  | { readonly type: "plan-sheet"; readonly sheet: SheetPlan }
  | { readonly type: "plan-cells"; readonly cells: readonly PlanCell[] };

/** Cells per message: a few tens of milliseconds to copy. */
export const CELLS_PER_PART = 20_000;

/** The parts of `plan`'s sheets, in order; the names go with the job's last message. */
export function* planParts(plan: WorkbookPlan, cellsPerPart = CELLS_PER_PART): Generator<PlanPart> {
  for (const sheet of plan.sheets) {
    yield { type: "plan-sheet", sheet: { ...sheet, cells: sheet.cells.slice(0, cellsPerPart) } };
    for (let at = cellsPerPart; at < sheet.cells.length; at += cellsPerPart)
      yield { type: "plan-cells", cells: sheet.cells.slice(at, at + cellsPerPart) };
  }
}

/** Puts the parts back together, in the order they came. */
export class PlanAssembler {
  private readonly sheets: { sheet: SheetPlan; cells: PlanCell[] }[] = [];

  add(part: PlanPart): void {
    if (part.type === "plan-sheet") this.sheets.push({ sheet: part.sheet, cells: [...part.sheet.cells] });
    else {
      const last = this.sheets[this.sheets.length - 1];
      if (!last) throw new Error("a plan's cells came before their sheet");
      for (const cell of part.cells) last.cells.push(cell);
    }
  }

  plan(names: WorkbookPlan["names"]): WorkbookPlan {
    return { sheets: this.sheets.map(({ sheet, cells }) => ({ ...sheet, cells })), names };
  }
}
