import type { WorkbookPlan } from "../core/layout/plan";
import { sheetKey } from "./sheet-names";
import { recordedNames } from "./summary-record";
import { findName } from "./workbook-names";

/** The workbook name listing the sheets the last campaign insert wrote, its guide sheet among them. */
export const CAMPAIGN_RECORD = "TD_CAMPAIGN_SHEETS";

/** A campaign in the workbook: the sheets a replacement deletes (its record goes with them). */
export interface FoundCampaign {
  readonly sheets: readonly Excel.Worksheet[];
}

const tableNames = (plan: WorkbookPlan) =>
  new Set(plan.sheets.flatMap((s) => s.tables ?? []).map((t) => t.name.toUpperCase()));

/**
 * The campaign the workbook holds, if any of its Excel tables has a name the plan's tables take (table
 * names are the workbook's own: a second campaign could not be added beside the first): one more sync.
 * Its sheets are those holding such tables, and those the last campaign insert recorded. Needs the
 * sheets' name and visibility and the names' name and formula loaded.
 */
export async function findCampaign(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
  plan: WorkbookPlan,
): Promise<FoundCampaign | null> {
  const wanted = tableNames(plan);
  if (wanted.size === 0) return null;
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  await context.sync();
  const holding = new Set(
    tables.items.filter((t) => wanted.has(t.name.toUpperCase())).map((t) => sheetKey(t.worksheet.name)),
  );
  if (holding.size === 0) return null;
  const record = findName(names, CAMPAIGN_RECORD);
  for (const name of recordedNames(record?.formula)) holding.add(sheetKey(name));
  return { sheets: sheets.filter((s) => holding.has(sheetKey(s.name))) };
}

export const isCampaignPlan = (plan: WorkbookPlan) => tableNames(plan).size > 0;
