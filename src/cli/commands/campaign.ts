import path from "node:path";
import {
  countFindings,
  defaultCampaign,
  distinctBlocs,
  fill,
  layoutCampaign,
  pick,
  type ParentUnit,
} from "../../core";
import { identityProblem } from "../../core/report/identity-text";
import { checkedParentCode, typedParentKind } from "../../pipeline";
import { parseUnitsCsv } from "../../xlsx/csv/units-csv";
import { asCliError, checkCampaignFile } from "../campaign-file";
import { readNamedFile, writeAtomically } from "../files";
import { findingLines } from "../finding-line";
import { CliError } from "../i18n";
import { paragraph, type Context, jsonText } from "../io";
import { writeWorkbook } from "../write-workbook";
import { WORDS } from "../../core/vocabulary";

export interface CampaignInitOptions {
  output: string;
  year: string;
  units?: string;
  parentCode?: string;
  parentName?: string;
  parentKind?: string;
}

/**
 * The summarising unit given for TD_Parent: its code and name together, as the table reads it, its kind
 * checked as a roll-up's `--parent-kind` is; none where no part is given (the table is left to fill).
 */
function parentGiven(options: CampaignInitOptions): ParentUnit | undefined {
  const [code, name, kind] = [options.parentCode, options.parentName, options.parentKind].map((o) =>
    o?.trim(),
  );
  if (code === undefined && name === undefined && kind === undefined) return undefined;
  if (!code || !name) throw new CliError(WORDS.cli.parentIncomplete);
  asCliError(() => checkedParentCode(code));
  const reason = identityProblem(name);
  if (reason) throw new CliError(fill(WORDS.cli.badParentName, { name, reason }));
  return { code, name, ...(kind ? { kind: asCliError(() => typedParentKind(kind)) } : {}) };
}

/**
 * Writes a campaign workbook with the defaults of a year, the units of a CSV and the summarising unit
 * (TD_Parent) when they are given.
 */
export async function runCampaignInit(ctx: Context, options: CampaignInitOptions): Promise<number> {
  const year = Number(options.year);
  if (!/^\d{4}$/.test(options.year) || year < 2000 || year > 2100)
    throw new CliError(fill(WORDS.cli.badYear, { year: options.year }));
  const parent = parentGiven(options);
  const units = options.units
    ? parseUnitsCsv(await readNamedFile(options.units), path.basename(options.units))
    : [];
  const campaign = { ...defaultCampaign(year, units), ...(parent ? { parent } : {}) };
  await writeAtomically(options.output, await writeWorkbook(layoutCampaign(campaign)));
  const written = fill(WORDS.cli.campaignWritten, {
    file: path.basename(options.output),
    periods: campaign.periods.length,
    units: units.length,
    rules: campaign.scoring.length,
  });
  ctx.io.out(paragraph(ctx, pick(written, ctx.lang)));
  return 0;
}

/** Checks a campaign workbook. Exit 0: usable; 1: errors found. */
export async function runCampaignCheck(
  ctx: Context,
  file: string,
  options: { json?: boolean },
): Promise<number> {
  const { campaign, findings } = await checkCampaignFile(file, true);
  const { errors, warnings } = countFindings(findings);
  const counts = { file: path.basename(file), errors, warnings };
  if (options.json) {
    ctx.io.out(
      jsonText({
        file: counts.file,
        usable: campaign !== null,
        errors,
        warnings: counts.warnings,
        findings,
        periods: campaign?.periods ?? null,
        units: campaign?.units ?? null,
        blocs: campaign ? distinctBlocs(campaign.units.map((u) => u.bloc)).sort() : null,
      }),
    );
    return campaign ? 0 : 1;
  }
  if (campaign) {
    const blocs = distinctBlocs(campaign.units.map((u) => u.bloc)).length;
    const ok = fill(WORDS.cli.campaignOk, {
      ...counts,
      periods: campaign.periods.length,
      units: campaign.units.length,
      blocs,
    });
    ctx.io.out(paragraph(ctx, pick(ok, ctx.lang), "", "  "));
  } else ctx.io.out(paragraph(ctx, pick(fill(WORDS.cli.campaignBad, counts), ctx.lang), "", "  "));
  for (const line of findingLines(findings, ctx.lang, ctx.io.width)) ctx.io.out(line);
  return campaign ? 0 : 1;
}
