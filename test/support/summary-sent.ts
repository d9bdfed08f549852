import { extract, layoutSummary, type Submission, type Summary } from "../../src/core";
import { gridFromPlan } from "./plan-grid";

/** A summary as the level above receives it: its workbook laid out and read back in memory, no file written. */
export const summarySent = (summary: Summary, source: Submission["source"]): Submission => ({
  source,
  extraction: extract(gridFromPlan(layoutSummary(summary))),
});
