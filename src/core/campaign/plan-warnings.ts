import { finding, sortFindings, type Finding } from "../findings/finding";
import { placedTarget } from "../model/targets";
import { figureText } from "../text/figure-text";
import { fill, shortList } from "../text/text";
import { targetOf } from "./campaign-columns";
import { Checker } from "./campaign-checker";
import { tableRows } from "./table-cells";
import type { Campaign } from "./types";
import { unitKey } from "../model/units";
import type { SheetTable, WorkbookGrid } from "../grid/grid";
import {
  CAMPAIGN_TABLES,
  campaignTables,
  readCampaign,
  unreadTables,
  type CampaignCheck,
} from "./read-campaign";
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
 * A period's `*` row giving a target to units whose own rows mark it "not applicable" for every period:
 * the period's row outranks the annual ones, a unit's "-" included, so in that period they are given it —
 * rarely what staff raising the common level for Đợt 2 mean for a union the target cannot apply to.
 * Warned at the period's `*` row, naming the units and how to keep them out.
 */
export function periodRowWarnings(campaign: Campaign, table: SheetTable): Finding[] {
  const check = new Checker(table);
  for (const row of tableRows(table).rows) {
    const period = row.text("period").trim().toUpperCase();
    const levels = row.text("unit") === "*" && period ? campaign.periodTargets?.get(period) : undefined;
    if (!levels) continue;
    for (const [key, level] of Object.entries(levels.defaults)) {
      if (typeof level !== "number") continue;
      const marked = [...campaign.assigned]
        .filter(([unit, own]) => own[key] === "na" && !(key in (levels.assigned.get(unit) ?? {})))
        .map(([unit]) => campaign.units.find((u) => unitKey(u.code) === unit)?.code ?? unit);
      if (marked.length > 0)
        check.warn(
          "period_row_outranks_not_applicable",
          WORDS.campaign.periodRowOutranksNotApplicable,
          row,
          "unit",
          {
            period: row.text("period").trim(),
            value: placedTarget(key, campaign.indicators)?.label ?? key,
            units: shortList(marked),
          },
        );
    }
  }
  return check.findings;
}

/**
 * A campaign workbook checked as `campaign check` and the pane's check do: read as every command reads
 * it, and, when usable, its scoring table looked over for what its author likely did not mean.
 */
export function checkCampaign(
  find: (name: string) => SheetTable | undefined,
  unread?: (name: string) => string | undefined,
): CampaignCheck {
  const read = readCampaign(find, unread);
  const table = find(CAMPAIGN_TABLES.scoring.name);
  const targets = find(CAMPAIGN_TABLES.targets.name);
  if (!read.campaign || !table) return read;
  const warnings = [
    ...scoringWarnings(read.campaign, table),
    ...(targets ? periodRowWarnings(read.campaign, targets) : []),
  ];
  return { ...read, findings: sortFindings([...read.findings, ...warnings]) };
}

/** checkCampaign of a workbook as any reader gave it. */
export const checkCampaignGrid = (grid: WorkbookGrid): CampaignCheck =>
  checkCampaign(campaignTables(grid), unreadTables(grid));
