import { runExcel } from "./excel-run";
import type { WorkbookPlan } from "../core/layout/plan";
import { CampaignExists, ReportExists } from "../host/report-exists";
import { CAMPAIGN_RECORD, findCampaign, isCampaignPlan } from "./existing-campaign";
import type { InsertOptions, InsertResult } from "../host/workbook-host";
import { findReport } from "./existing-report";
import { buildSheets, lookAtWorkbook, swapIn } from "./staging";
import { findRecord, recordFormula, recordsLeft } from "./summary-record";
import { refuseBreakingReferences } from "./references-check";
import { nameEntries } from "./swap-names";

/**
 * Inserts a report plan's sheets into the open workbook in three syncs, however large the plan: look
 * (sheets, names, structure protection), build every sheet in new sheets, swap. A user's sheet is
 * never overwritten (a taken name gets " (2)"). A workbook that already holds a report (our metadata
 * sheet) costs one more sync to read it, and is refused with a ReportExists before anything changes,
 * unless `replace` is asked: then that report's sheets and TD_ names go, but only in the swap, once
 * the build has synced, and the new sheets take their names. A campaign plan (one with Excel tables)
 * is checked the same way against a campaign already there (a CampaignExists), in one more sync.
 * Whatever fails, the workbook holds the whole previous report or campaign or the whole new one (see
 * swapIn). Replacing stops with a ReferencesWouldBreak, nothing changed, when what of the user's on
 * the other sheets points at the sheets replaced, unless `breakReferences` is asked (see
 * refuseBreakingReferences). Returns the names used, in plan order.
 */
export async function insertReport(
  plan: WorkbookPlan,
  _fileName?: string,
  options: InsertOptions = {},
): Promise<InsertResult> {
  return runExcel(async (context) => {
    const { sheets, names } = await lookAtWorkbook(context);
    const existing = await findExisting(context, sheets, names, plan);
    if (existing && !options.replace) throw existing.refusal;
    const replaced = existing?.sheets ?? [];
    if (!options.breakReferences)
      await refuseBreakingReferences(
        context,
        sheets,
        names,
        replaced,
        isCampaignPlan(plan) ? "campaign" : "report",
      );
    const built = await buildSheets(context, plan.sheets, sheets, replaced);
    const written = built.staged.map((s) => s.name);
    const records = [
      ...recordsLeft(findRecord(built.names), written),
      ...(isCampaignPlan(plan) ? [{ name: CAMPAIGN_RECORD, formula: recordFormula(written) }] : []),
    ];
    await swapIn(context, built, nameEntries(plan, built.staged, records), {
      keep: isCampaignPlan(plan) ? "campaign" : "report",
    });
    return { sheets: written };
  });
}

/**
 * What the plan would replace: a campaign's tables, for a campaign (Excel's table names are the
 * workbook's, so a second one cannot go beside the first); the report, for a report. A campaign goes
 * into a workbook that holds a report, and the other way round, replacing nothing.
 */
async function findExisting(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
  plan: WorkbookPlan,
) {
  if (isCampaignPlan(plan)) {
    const found = await findCampaign(context, sheets, names, plan);
    return found && { ...found, refusal: new CampaignExists(found.sheets.map((s) => s.name)) };
  }
  const found = await findReport(context, sheets, names);
  return found && { ...found, refusal: new ReportExists(found.report) };
}
