import * as fs from "node:fs";
import * as path from "node:path";
import { PlanAssembler, planParts, CELLS_PER_PART } from "../../src/taskpane/worker/plan-parts";
import { summaryPlan } from "../excel/fakes/plans";

describe("a summary's sheet plan on its way from the worker to the pane", () => {
  it("comes in parts of at most 20,000 cells, a sheet at a time, and is put back together whole", () => {
    const plan = summaryPlan(300);
    const parts = [...planParts(plan)];
    expect(parts.filter((p) => p.type === "plan-sheet")).toHaveLength(plan.sheets.length);
    const cells = parts.map((p) => (p.type === "plan-sheet" ? p.sheet.cells.length : p.cells.length));
    expect(Math.max(...cells)).toBeLessThanOrEqual(CELLS_PER_PART);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(plan.sheets.reduce((n, s) => n + s.cells.length, 0));
    // As the pane receives them: each part copied on its own.
    const assembler = new PlanAssembler();
    for (const part of parts) assembler.add(structuredClone(part));
    expect(assembler.plan(plan.names)).toEqual(plan);
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
    const line = `3,400 units: the whole plan copied in ${whole.toFixed(0)} ms; in ${parts.length} parts, the longest ${Math.max(...each).toFixed(0)} ms`;
    fs.mkdirSync(path.resolve(__dirname, "../../test-output"), { recursive: true });
    fs.writeFileSync(path.resolve(__dirname, "../../test-output/plan-parts.txt"), `${line}\n`);
    console.log(line);
    expect(parts.length).toBeGreaterThan(50);
  }, 120_000);
});
