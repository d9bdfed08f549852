import * as fs from "node:fs";
import * as path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, PAYLOAD_LIMIT } from "./fakes/fake-excel";
import { summaryPlan } from "./fakes/plans";

const MB = 1024 * 1024;

/** Writes a summary of `units` units into a fresh fake workbook and measures every request. */
async function measure(units: number) {
  const plan = summaryPlan(units);
  const excel = installFakeExcel();
  // How long the thread that writes is held at a time: the pane's, in Excel. The fake applies each
  // command as it is queued, which Office.js leaves to Excel, so this is more than the pane would spend.
  const held = monitorEventLoopDelay({ resolution: 5 });
  held.enable();
  const { syncs, largestPayload } = await excel.count(() =>
    createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx"),
  );
  held.disable();
  const total = excel.payloads.reduce((a, b) => a + b, 0);
  return {
    units,
    syncs,
    largestPayload,
    total,
    longestHeldMs: held.max / 1e6,
    suspended: excel.suspendedSyncs.size,
    calculations: excel.calculations,
  };
}

describe("the fake Excel's request limit", () => {
  it("refuses a request over 5 MB, as Excel on the web does", async () => {
    installFakeExcel();
    const tooLarge = Excel.run(async (context) => {
      const column = Array.from({ length: 100 }, () => ["x".repeat(60_000)]);
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 100, 1).formulas = column;
      await context.sync();
    });
    await expect(tooLarge).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("a summary's requests stay within Excel on the web's limits", () => {
  const rows: Awaited<ReturnType<typeof measure>>[] = [];

  afterAll(() => {
    const lines = rows.map(
      (r) =>
        `${r.units} units: ${r.syncs} syncs, largest request ${(r.largestPayload / MB).toFixed(2)} MB, all requests ${(r.total / MB).toFixed(2)} MB, thread held at most ${r.longestHeldMs.toFixed(0)} ms at a time`,
    );
    fs.mkdirSync(path.resolve(__dirname, "../../test-output"), { recursive: true });
    fs.writeFileSync(
      path.resolve(__dirname, "../../test-output/summary-payload.txt"),
      `${lines.join("\n")}\n`,
    );
    console.log(lines.join("\n"));
  });

  it.each([100, 1_000, 3_400])(
    "writes %i units in requests under 3 MB, more syncs only for more data",
    async (units) => {
      const measured = await measure(units);
      rows.push(measured);
      expect(measured.largestPayload).toBeLessThan(3 * MB);
      expect(measured.largestPayload).toBeLessThan(PAYLOAD_LIMIT);
      // Look, build and swap; every further sync carries at least a megabyte of the data on average.
      expect(measured.syncs - 3).toBeLessThanOrEqual(Math.ceil(measured.total / MB));
      // Excel does not recalculate while the build's requests are sent; the summary is calculated once, at the end.
      expect(measured.suspended).toBe(measured.syncs - 2);
      expect(measured.calculations).toEqual(["Recalculate"]);
    },
    120_000,
  );
});
