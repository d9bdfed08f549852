import { unzipSync } from "fflate";
import { layoutSummary, parsePeriod, rollup, streamSummary, TEMPLATE_IDS } from "../../../src/core";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { consistentFills, submission, unit } from "../../support/reports";

const summary = rollup(
  ["P01", "P02", "P03"].map((code, i) =>
    submission(
      { unit: unit(code), period: parsePeriod("2025-D1")!, fills: consistentFills(TEMPLATE_IDS, i + 1) },
      `${code}.xlsx`,
    ),
  ),
);
const modified = new Date("2025-07-01T00:00:00Z");
const parts = (bytes: Uint8Array) => unzipSync(bytes);

describe("a summary laid out sheet by sheet as the writer takes it", () => {
  it("has the sheets and names of the whole plan, in its order", () => {
    const whole = layoutSummary(summary);
    const streamed = streamSummary(summary);
    expect([...streamed.sheets]).toEqual(whole.sheets);
    expect(streamed.names).toEqual(whole.names);
  });

  it("is written to the same workbook as the whole plan", async () => {
    const whole = parts(await writeWorkbookPlan(layoutSummary(summary), { modified }));
    const streamed = parts(await writeWorkbookPlan(streamSummary(summary), { modified }));
    expect(Object.keys(streamed)).toEqual(Object.keys(whole));
    for (const name of Object.keys(whole))
      expect({ name, bytes: streamed[name] }).toEqual({ name, bytes: whole[name] });
  });
});
