import path from "node:path";
import {
  applyTargetOverrides,
  fill,
  isTemplateId,
  isUnitKind,
  isValidUnitCode,
  layoutReport,
  parsePeriod,
  pick,
  TEMPLATE_IDS,
  UNIT_KINDS,
  type TemplateId,
} from "../../core";
import { writeWorkbookPlan } from "../../xlsx";
import { writeAtomically } from "../files";
import { CLI_TEXT, CliError } from "../i18n";
import type { Context } from "../io";

export interface TemplateOptions {
  output: string;
  unitCode: string;
  unitName: string;
  unitKind?: string;
  parentCode?: string;
  period: string;
  templates?: string;
  target?: string[];
}

export function parseTemplateIds(list: string | undefined): TemplateId[] {
  if (!list) return [...TEMPLATE_IDS];
  const ids = list
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const unknown = ids.filter((id) => !isTemplateId(id));
  if (unknown.length > 0 || ids.length === 0)
    throw new CliError(fill(CLI_TEXT.badTemplates, { ids: unknown.join(", ") || list }));
  return TEMPLATE_IDS.filter((id) => ids.includes(id));
}

export function requirePeriod(id: string) {
  const period = parsePeriod(id);
  if (!period) throw new CliError(fill(CLI_TEXT.badPeriod, { period: id }));
  return period;
}

export async function runTemplate(ctx: Context, options: TemplateOptions): Promise<number> {
  const templates = parseTemplateIds(options.templates);
  const period = requirePeriod(options.period);
  if (!isValidUnitCode(options.unitCode))
    throw new CliError(fill(CLI_TEXT.badUnitCode, { code: options.unitCode }));
  if (options.parentCode && !isValidUnitCode(options.parentCode))
    throw new CliError(fill(CLI_TEXT.badUnitCode, { code: options.parentCode }));
  if (options.unitKind && !isUnitKind(options.unitKind))
    throw new CliError(
      fill(CLI_TEXT.badUnitKind, { kind: options.unitKind, kinds: UNIT_KINDS.map((k) => k.key).join(", ") }),
    );
  const { targets, errors } = applyTargetOverrides(templates, options.target ?? []);
  const [problem] = errors;
  if (problem)
    throw new CliError(
      problem.kind === "unknown"
        ? fill(CLI_TEXT.unknownTarget, { key: problem.key })
        : fill(CLI_TEXT.badTargetValue, { key: problem.key, value: problem.value }),
    );
  const unit = {
    code: options.unitCode,
    name: options.unitName,
    ...(options.unitKind && isUnitKind(options.unitKind) ? { kind: options.unitKind } : {}),
    ...(options.parentCode ? { parentCode: options.parentCode } : {}),
  };
  const bytes = await writeWorkbookPlan(layoutReport({ unit, period, templates, targets }));
  await writeAtomically(options.output, bytes);
  ctx.io.out(
    pick(
      fill(CLI_TEXT.templateWritten, {
        file: path.basename(options.output),
        templates: templates.join(", "),
        unit: `${unit.name} (${unit.code})`,
        period: pick(period.label, ctx.lang),
      }),
      ctx.lang,
    ),
  );
  return 0;
}
