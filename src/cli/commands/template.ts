import path from "node:path";
import {
  applyTargetOverrides,
  campaignTemplates,
  fill,
  isUnitKind,
  isValidUnitCode,
  layoutReport,
  parsePeriod,
  pick,
  TEMPLATE_IDS,
  UNIT_KINDS,
  unitKey,
  unitTemplates,
  type MetaSource,
  type TemplateId,
} from "../../core";
import { requireCampaign, requireCampaignPeriod } from "../campaign-file";
import { writeAtomically } from "../files";
import { CliError } from "../i18n";
import { paragraph, type Context } from "../io";
import { writeWorkbook } from "../write-workbook";
import { WORDS } from "../../core/vocabulary";

export interface TemplateOptions {
  output: string;
  campaign?: string;
  unitCode: string;
  unitName?: string;
  unitKind?: string;
  parentCode?: string;
  period: string;
  templates?: string;
  target?: string[];
}

/** The forms `list` names, of those `all` holds (a campaign's Biểu 05 besides the catalog's); all by default. */
export function parseTemplateIds(
  list: string | undefined,
  all: readonly TemplateId[] = TEMPLATE_IDS,
): TemplateId[] {
  if (!list) return [...all];
  const ids = list
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const unknown = ids.filter((id) => !(all as readonly string[]).includes(id));
  if (unknown.length > 0 || ids.length === 0)
    throw new CliError(fill(WORDS.cli.badTemplates, { ids: unknown.join(", ") || list }));
  return all.filter((id) => ids.includes(id));
}

export function requirePeriod(id: string) {
  const period = parsePeriod(id);
  if (!period) throw new CliError(fill(WORDS.cli.badPeriod, { period: id }));
  return period;
}

/** A unit's template from the campaign: its own assigned targets, the period's due date. */
async function fromCampaign(ctx: Context, file: string, options: TemplateOptions) {
  const campaign = await requireCampaign(ctx, file);
  const templates = parseTemplateIds(options.templates, campaignTemplates(campaign.indicators));
  const period = requireCampaignPeriod(campaign, options.period);
  const source = unitTemplates(campaign, period, templates).find(
    (s) => unitKey(s.unit.code) === unitKey(options.unitCode),
  );
  if (!source)
    throw new CliError(fill(WORDS.cli.unitNotInCampaign, { code: options.unitCode, period: period.label }));
  return source;
}

export async function runTemplate(ctx: Context, options: TemplateOptions): Promise<number> {
  const source = options.campaign
    ? await fromCampaign(ctx, options.campaign, options)
    : typed(options, parseTemplateIds(options.templates));
  const { templates } = source;
  const bytes = await writeWorkbook(layoutReport(source));
  await writeAtomically(options.output, bytes);
  ctx.io.out(
    paragraph(
      ctx,
      pick(
        fill(WORDS.cli.templateWritten, {
          file: path.basename(options.output),
          templates: templates.join(", "),
          unit: `${source.unit.name} (${source.unit.code})`,
          period: source.period.label,
        }),
        ctx.lang,
      ),
    ),
  );
  return 0;
}

/** A template from what was typed on the command line, for use without a campaign workbook. */
function typed(options: TemplateOptions, templates: TemplateId[]): MetaSource {
  const period = requirePeriod(options.period);
  if (!isValidUnitCode(options.unitCode))
    throw new CliError(fill(WORDS.cli.badUnitCode, { code: options.unitCode }));
  if (options.parentCode && !isValidUnitCode(options.parentCode))
    throw new CliError(fill(WORDS.cli.badUnitCode, { code: options.parentCode }));
  if (options.unitKind && !isUnitKind(options.unitKind))
    throw new CliError(
      fill(WORDS.cli.badUnitKind, { kind: options.unitKind, kinds: UNIT_KINDS.map((k) => k.key).join(", ") }),
    );
  const { targets, notApplicable, errors } = applyTargetOverrides(templates, options.target ?? []);
  const [problem] = errors;
  if (problem)
    throw new CliError(
      problem.kind === "unknown"
        ? fill(WORDS.cli.unknownTarget, { key: problem.key })
        : fill(WORDS.cli.badTargetValue, { key: problem.key, value: problem.value }),
    );
  if (!options.unitName) throw new CliError(WORDS.cli.unitNameNeeded);
  const unit = {
    code: options.unitCode,
    name: options.unitName,
    ...(options.unitKind && isUnitKind(options.unitKind) ? { kind: options.unitKind } : {}),
    ...(options.parentCode ? { parentCode: options.parentCode } : {}),
  };
  return { unit, period, templates, targets, ...(notApplicable.size > 0 ? { notApplicable } : {}) };
}
