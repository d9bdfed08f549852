import { finding, sortFindings, type Finding } from "../findings/finding";
import { figureText } from "../text/figure-text";
import { fill } from "../text/text";
import { targetOf } from "./campaign-columns";
import { Checker } from "./campaign-checker";
import { tableRows } from "./table-cells";
import type { Campaign } from "./types";
import type { SheetTable, WorkbookGrid } from "../grid/grid";
import { CAMPAIGN_TABLES, campaignTables, readCampaign, type CampaignCheck } from "./read-campaign";
import { WORDS } from "../vocabulary";

/** The points a plan's scoring table gives, as the seed plans write them ("thang điểm 100"). */
const PLAN_POINTS = 100;

/** Whether a table of levels gives any unit one for the target: by the `*` row, or one of its own. */
function givesLevel(levels: Pick<Campaign, "defaults" | "assigned">, key: string): boolean {
  if (typeof levels.defaults[key] === "number") return true;
  return [...levels.assigned.values()].some((own) => typeof own[key] === "number");
}

/** Whether any unit is given a level of the target, for every period or for one (a row with its Mã kỳ). */
const isGiven = (campaign: Campaign, key: string): boolean =>
  givesLevel(campaign, key) ||
  [...(campaign.periodTargets?.values() ?? [])].some((levels) => givesLevel(levels, key));

/**
 * What a usable campaign's scoring table says that its author likely did not mean: a row for a target no
 * unit is given (no level on the `*` row, none of its own), whose points then count for no one; points
 * that do not add to 100. Warnings, each at its cell: scores stay out of 100 all the same, as points
 * earned over points possible.
 */
export function scoringWarnings(campaign: Campaign, table: SheetTable): Finding[] {
  const check = new Checker(table);
  for (const row of tableRows(table).rows) {
    const target = targetOf(row.text("target"), campaign.indicators);
    const rule = target && campaign.scoring.find((r) => r.target === target.key);
    if (rule && !isGiven(campaign, rule.target))
      check.warn("target_not_given", WORDS.campaign.targetNotGiven, row, "target", {
        value: target.label,
        points: figureText(rule.points),
      });
  }
  const total = campaign.scoring.reduce((sum, rule) => sum + rule.points, 0);
  if (campaign.scoring.length > 0 && Math.abs(total - PLAN_POINTS) > 1e-9)
    check.findings.push(
      finding(
        "warning",
        "campaign.points_not_100",
        fill(WORDS.campaign.pointsNot100, { table: table.sheet, total: figureText(total) }),
        { sheet: table.sheet, cell: table.ref },
      ),
    );
  return check.findings;
}

/**
 * A campaign workbook checked as `campaign check` and the pane's check do: read as every command reads
 * it, and, when usable, its scoring table looked over for what its author likely did not mean.
 */
export function checkCampaign(find: (name: string) => SheetTable | undefined): CampaignCheck {
  const read = readCampaign(find);
  const table = find(CAMPAIGN_TABLES.scoring.name);
  if (!read.campaign || !table) return read;
  return { ...read, findings: sortFindings([...read.findings, ...scoringWarnings(read.campaign, table)]) };
}

/** checkCampaign of a workbook as any reader gave it. */
export const checkCampaignGrid = (grid: WorkbookGrid): CampaignCheck => checkCampaign(campaignTables(grid));
