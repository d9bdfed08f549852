import type { SheetPlan, WorkbookPlan } from "../../core/layout/plan";
import type { CellMatrix } from "../../host/excel-ready/cell-matrix";
import { prepareSheet, type PreparedSheet } from "../../host/excel-ready/prepared-sheet";

/**
 * A summary's sheet plan as it travels from the worker to the pane: a sheet at a time, prepared for Excel
 * here (see PreparedSheet), its contents in slices of rows. The pane copies each message in a task of its
 * own; one message of a 3,400-unit plan (1.45 million cells) held the pane's thread for 1,425 ms in
 * Chromium, and preparing its sheets there up to 1.2 s more.
 */
export type PlanPart =
  | { readonly type: "plan-sheet"; readonly sheet: SheetPlan; readonly prepared: PreparedSheet }
  | { readonly type: "plan-rows"; readonly rows: CellMatrix["formulas"] };

/** Cells per message: a few tens of milliseconds to copy. */
export const CELLS_PER_PART = 20_000;

/** The parts of `plan`'s sheets, in order, without their cells (the prepared contents replace them). */
export function* planParts(plan: WorkbookPlan, cellsPerPart = CELLS_PER_PART): Generator<PlanPart> {
  for (const sheet of plan.sheets) {
    const prepared = prepareSheet(sheet.cells);
    const rows = prepared.matrix?.formulas ?? [];
    const perPart = Math.max(1, Math.floor(cellsPerPart / Math.max(1, rows[0]?.length ?? 1)));
    const first = prepared.matrix && { ...prepared.matrix, formulas: rows.slice(0, perPart) };
    yield { type: "plan-sheet", sheet: { ...sheet, cells: [] }, prepared: { ...prepared, matrix: first } };
    for (let at = perPart; at < rows.length; at += perPart)
      yield { type: "plan-rows", rows: rows.slice(at, at + perPart) };
  }
}

/** Puts the parts back together, in the order they came; each message's rows are its own, kept as they are. */
export class PlanAssembler {
  private readonly sheets: { sheet: SheetPlan; prepared: PreparedSheet; rows: (string | number)[][] }[] = [];

  add(part: PlanPart): void {
    if (part.type === "plan-sheet") {
      const rows = [...(part.prepared.matrix?.formulas ?? [])];
      this.sheets.push({ sheet: part.sheet, prepared: part.prepared, rows });
    } else {
      const last = this.sheets[this.sheets.length - 1];
      if (!last?.prepared.matrix) throw new Error("a plan's rows came before their sheet");
      for (const row of part.rows) last.rows.push(row);
    }
  }

  /** The plan (its sheets without cells) and each sheet's prepared form, in the same order. */
  plan(names: WorkbookPlan["names"]): { plan: WorkbookPlan; prepared: PreparedSheet[] } {
    return {
      plan: { sheets: this.sheets.map((s) => s.sheet), names },
      prepared: this.sheets.map(({ prepared, rows }) => ({
        ...prepared,
        matrix: prepared.matrix && { ...prepared.matrix, formulas: rows },
      })),
    };
  }
}
