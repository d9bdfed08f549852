import * as fs from "node:fs";
import * as path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createExcelHost } from "../../../src/excel";
import { prepareSheet } from "../../../src/host/excel-ready/prepared-sheet";
import type { SummaryOutput } from "../../../src/host/workbook-host";
import { installFakeExcel, PAYLOAD_LIMIT } from "../fakes/fake-excel";
import { frozen } from "../../support/frozen";
import { summaryPlan } from "../fakes/plans";

export const MB = 1024 * 1024;

/**
 * A summary as the pane receives it: its sheets prepared for Excel in the roll-up's worker, their cells left
 * behind; frozen, so the write cannot change it.
 */
function received(units: number): SummaryOutput {
  const full = summaryPlan(units);
  const prepared = full.sheets.map((sheet) => prepareSheet(sheet.cells));
  return frozen({
    kind: "plan",
    plan: { ...full, sheets: full.sheets.map((s) => ({ ...s, cells: [] })) },
    prepared,
  });
}

/** Writes `output`, and how long the writing thread was held at most at a time, in milliseconds. */
async function written<T>(write: () => Promise<T>): Promise<{ result: T; heldMs: number }> {
  const held = monitorEventLoopDelay({ resolution: 5 });
  held.enable();
  const result = await write();
  held.disable();
  return { result, heldMs: held.max / 1e6 };
}

/**
 * All of a summary's requests, at most, in bytes: 17.98 MB at 3,400 units (5.52 MB at 1,000) while each
 * number format was sent once per cell; 12.21 MB (3.82 MB) once it is sent once per rectangle.
 */
const TOTAL_PAYLOAD: Readonly<Record<number, number>> = { 100: 0.8 * MB, 1_000: 4.2 * MB, 3_400: 13 * MB };

/** Writes a summary of `units` units into a fresh fake workbook as the pane does, and measures every request. */
export async function measure(units: number) {
  const output = received(units);
  const excel = installFakeExcel();
  // The fake applies each command as it is queued, which Office.js leaves to Excel: the thread is held
  // longer here than the pane's would be (the bench's pane-write measures the pane's own).
  const {
    result: { syncs, largestPayload },
    heldMs,
  } = await written(() => excel.count(() => createExcelHost().writeSummary(output, "tong-hop.xlsx")));
  const total = excel.payloads.reduce((a, b) => a + b, 0);
  return {
    units,
    syncs,
    largestPayload,
    total,
    longestHeldMs: heldMs,
    suspended: excel.suspendedSyncs.size,
    calculations: excel.calculations,
  };
}

/**
 * The summaries of `sizes` units stay within Excel on the web's limits; each size's requests are printed and
 * written to test-output/`output` (docs/add-in-and-page.md quotes them).
 */
export function writesWithinLimits(sizes: readonly number[], output: string): void {
  const rows: Awaited<ReturnType<typeof measure>>[] = [];

  afterAll(() => {
    const lines = rows.map(
      (r) =>
        `${r.units} units: ${r.syncs} syncs, largest request ${(r.largestPayload / MB).toFixed(2)} MB, all requests ${(r.total / MB).toFixed(2)} MB, thread held at most ${r.longestHeldMs.toFixed(0)} ms at a time`,
    );
    fs.mkdirSync(path.resolve(__dirname, "../../../test-output"), { recursive: true });
    fs.writeFileSync(path.resolve(__dirname, "../../../test-output", output), `${lines.join("\n")}\n`);
    console.log(lines.join("\n"));
  });

  it.each(sizes)(
    "writes %i units in requests under 3 MB, more syncs only for more data, each number format once per rectangle",
    async (units) => {
      const measured = await measure(units);
      rows.push(measured);
      expect(measured.largestPayload).toBeLessThan(3 * MB);
      expect(measured.largestPayload).toBeLessThan(PAYLOAD_LIMIT);
      expect(measured.total).toBeLessThan(TOTAL_PAYLOAD[units]!);
      // Look, build and swap; every further sync carries at least a megabyte of the data on average.
      expect(measured.syncs - 3).toBeLessThanOrEqual(Math.ceil(measured.total / MB));
      // Excel does not recalculate while the build's requests are sent; the summary is calculated once, at the end.
      expect(measured.suspended).toBe(measured.syncs - 2);
      expect(measured.calculations).toEqual(["Recalculate"]);
    },
    120_000,
  );
}
