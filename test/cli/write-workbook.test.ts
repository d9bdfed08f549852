import { unzipSync } from "fflate";
import { streamSummary } from "../../src/core";
import { readSummaryGrid, writeWorkbookPlan } from "../../src/xlsx";
import { writeWorkbook } from "../../src/cli/write-workbook";
import { manyUnitsSummary } from "../support/summaries";

const modified = new Date("2025-07-01T00:00:00Z");

describe("the CLI's workbooks, deflated by Node's zlib", () => {
  // 1,200 units: the units sheet's XML is over two megabytes, deflated in three chunks of a megabyte (the
  // writer's batch) one after another.
  const summary = manyUnitsSummary(1200, 4);
  /** The CLI's workbook of it, written once for both tests: seconds of work, and the same bytes each time. */
  let written: Promise<Uint8Array> | undefined;
  const cliWorkbook = () => (written ??= writeWorkbook(streamSummary(summary), { modified }));

  it("hold the very parts fflate writes, a part of many chunks included", async () => {
    const native = await cliWorkbook();
    const fflate = await writeWorkbookPlan(streamSummary(summary), { modified });
    const ours = unzipSync(native);
    const theirs = unzipSync(fflate);
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    const largest = Math.max(...Object.values(theirs).map((part) => part.length));
    expect(largest).toBeGreaterThan(2 << 20);
    for (const name of Object.keys(theirs))
      expect({ name, same: Buffer.compare(ours[name]!, theirs[name]!) === 0 }).toEqual({ name, same: true });
  }, 120_000);

  it("are read back as the summary they hold", async () => {
    const grid = readSummaryGrid(await cliWorkbook(), "tong-hop.xlsx");
    expect(grid.sheets.length).toBeGreaterThan(3);
  }, 120_000);
});
