import * as fs from "node:fs";
import * as path from "node:path";
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

  it("costs the pane a copy per part, not one copy of the whole plan (figures in test-output)", () => {
    const plan = summaryPlan(3400);
    const time = (copy: () => unknown) => {
      const start = performance.now();
      copy();
      return performance.now() - start;
    };
    const whole = time(() => structuredClone(plan));
    const parts = [...planParts(plan)];
    const each = parts.map((part) => time(() => structuredClone(part)));
    const line = `3,400 units: the whole plan copied in ${whole.toFixed(0)} ms; prepared, in ${parts.length} parts, the longest ${Math.max(...each).toFixed(0)} ms`;
    fs.mkdirSync(path.resolve(__dirname, "../../test-output"), { recursive: true });
    fs.writeFileSync(path.resolve(__dirname, "../../test-output/plan-parts.txt"), `${line}\n`);
    console.log(line);
    expect(parts.length).toBeGreaterThan(50);
  }, 120_000);
});
