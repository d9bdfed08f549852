import path from "node:path";
import { campaignTemplates, dmy, fill, layoutReport, pick, unitTemplates } from "../../core";
import { requireCampaign, requireCampaignPeriod } from "../campaign-file";
import { writeAtomically } from "../files";
import { paragraph, type Context } from "../io";
import { parseTemplateIds } from "./template";
import { writeWorkbook } from "../write-workbook";
import { WORDS } from "../../core/vocabulary";

/** One blank report per unit expected in the period, named by unit code, each with its own targets. */
export async function runTemplates(
  ctx: Context,
  options: { campaign: string; period: string; output: string; templates?: string },
): Promise<number> {
  const campaign = await requireCampaign(ctx, options.campaign);
  const templates = parseTemplateIds(options.templates, campaignTemplates(campaign.indicators));
  const period = requireCampaignPeriod(campaign, options.period);
  const sources = unitTemplates(campaign, period, templates);
  for (const source of sources) {
    const file = path.join(options.output, `${source.unit.code}-${period.id}.xlsx`);
    await writeAtomically(file, await writeWorkbook(layoutReport(source)));
  }
  const written = fill(WORDS.cli.templatesWritten, {
    count: sources.length,
    period: pick(period.label, ctx.lang),
    dir: options.output,
    // Each unit's own (TD_Deadlines can give a kind or a unit another): every date the forms carry.
    due:
      [...new Set(sources.flatMap((s) => (s.period.due ? [s.period.due] : [])))].sort().map(dmy).join(", ") ||
      "—",
  });
  ctx.io.out(paragraph(ctx, pick(written, ctx.lang)));
  return 0;
}
