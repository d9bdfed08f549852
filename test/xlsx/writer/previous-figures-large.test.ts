import { cellName, layoutSummary, previousFromGrid, rollup, TEMPLATE_IDS } from "../../../src/core";
import { readSummaryGrid, readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { consistentFills, submission, unit } from "../../support/reports";

// A province's summary read back for the next period, larger than any received report may be: in the long
// tier (test/tiers.js), its 480 reports made and rolled up took a fast file's longest test.

describe("a summary's figures, read back for the next period", () => {
  it("are read from a summary of more cells than a received report may hold", async () => {
    const many = Array.from({ length: 480 }, (_, i) => `U${String(i + 1).padStart(4, "0")}`);
    const big = rollup(
      many.map((code, i) => submission({ unit: unit(code), fills: consistentFills(TEMPLATE_IDS, i) }, code)),
    );
    const file = await writeWorkbookPlan(layoutSummary(big));
    expect(() => readWorkbookGrid(file, "tong-hop-lon.xlsx")).toThrow(/200000|200,000|200\.000/);
    const figures = previousFromGrid(readSummaryGrid(file, "tong-hop-lon.xlsx"))!;
    expect([...figures.units.keys()]).toEqual(many);
    const admitted = cellName("B02", "total", "members_admitted").toUpperCase();
    expect(many.map((code) => figures.units.get(code)!.get(admitted))).toEqual(
      big.units.map((row) => row.report.forms.B02!.total!.members_admitted ?? null),
    );
  }, 60_000);
});
