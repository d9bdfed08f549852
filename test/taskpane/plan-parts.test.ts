import { prepareSheet } from "../../src/host/excel-ready/prepared-sheet";
import { CELLS_PER_PART, PlanAssembler, planParts } from "../../src/taskpane/worker/plan-parts";
import { summaryPlan } from "../excel/fakes/plans";

const cellsIn = (rows: readonly (readonly unknown[])[]) => rows.reduce((n, row) => n + row.length, 0);

describe("a summary's sheet plan on its way from the worker to the pane", () => {
  it("comes a sheet at a time, prepared for Excel, its contents in parts of at most 20,000 cells", () => {
    const plan = summaryPlan(300);
    const parts = [...planParts(plan)];
    expect(parts.filter((p) => p.type === "plan-sheet")).toHaveLength(plan.sheets.length);
    const sizes = parts.map((p) =>
      p.type === "plan-sheet" ? cellsIn(p.prepared.matrix?.formulas ?? []) : cellsIn(p.rows),
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CELLS_PER_PART);
    // As the pane receives them: each part copied on its own, then put back together.
    const assembler = new PlanAssembler();
    for (const part of parts) assembler.add(structuredClone(part));
    const { plan: arrived, prepared } = assembler.plan(plan.names);
    expect(arrived).toEqual({ ...plan, sheets: plan.sheets.map((s) => ({ ...s, cells: [] })) });
    expect(prepared).toEqual(plan.sheets.map((s) => prepareSheet(s.cells)));
  });
});
