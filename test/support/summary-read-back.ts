import { layoutSummary, parsePeriod, rollup, type Period, type Submission } from "../../src/core";
import { readSubmission, writeWorkbookPlan } from "../../src/xlsx";
import { unit } from "./reports";

/**
 * The summary `province` makes of `units` for `period`, written and read back as the level above receives
 * it: a report in the same template, rolled up again.
 */
export async function summaryReadBack(
  period: string | Period,
  units: readonly Submission[],
  province = "T01",
): Promise<Submission> {
  const of = typeof period === "string" ? parsePeriod(period)! : period;
  const summary = rollup(units, {
    period: of,
    parent: { ...unit(province), kind: "federation" },
  });
  return readSubmission(await writeWorkbookPlan(layoutSummary(summary)), {
    name: `tong-hop-${province}-${of.id}.xlsx`,
    sha256: `sha-${province}-${of.id}`,
  });
}
