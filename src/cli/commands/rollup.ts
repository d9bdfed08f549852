import path from "node:path";
import { SingleBar } from "cli-progress";
import { fill, isValidUnitCode, layoutSummary, pick, rollup, RollupError, type Submission } from "../../core";
import { parseUnitsCsv, writeWorkbookPlan } from "../../xlsx";
import { collectInputs, readFileSubmission, readTextFile, writeAtomically } from "../files";
import { CLI_TEXT, CliError } from "../i18n";
import { oneLine, printDetail, type Context } from "../io";
import { summaryToJson } from "../summary-json";
import { formatSummaryTable } from "../summary-table";
import { readPreviousSummary, requireCampaign, requireCampaignPeriod } from "../campaign-file";

export interface RollupCommandOptions {
  output: string;
  campaign?: string;
  previous?: string;
  jumpFactor?: string;
  units?: string;
  period?: string;
  parentCode?: string;
  parentName?: string;
  json?: boolean;
}

async function readAll(ctx: Context, files: readonly string[]): Promise<Submission[]> {
  const bar = ctx.io.errIsTerminal
    ? new SingleBar({
        format: `${pick(CLI_TEXT.reading, ctx.lang)} [{bar}] {value}/{total} {file}`,
        stream: process.stderr,
      })
    : null;
  bar?.start(files.length, 0, { file: "" });
  const submissions: Submission[] = [];
  for (const file of files) {
    bar?.update(submissions.length, { file: path.basename(file) });
    const submission = await readFileSubmission(file);
    if ("detail" in submission) printDetail(ctx, `${path.basename(file)}: ${submission.detail}`);
    submissions.push(submission);
  }
  bar?.update(files.length, { file: "" });
  bar?.stop();
  return submissions;
}

export async function runRollup(
  ctx: Context,
  inputs: string[],
  options: RollupCommandOptions,
): Promise<number> {
  const read = options.campaign ? await requireCampaign(ctx, options.campaign) : undefined;
  const period = options.period ? requireCampaignPeriod(read, options.period) : undefined;
  const files = await collectInputs(inputs);
  if (files.includes(path.resolve(options.output)))
    throw new CliError(fill(CLI_TEXT.wouldOverwriteInput, { path: options.output }));
  const expectedUnits = options.units
    ? parseUnitsCsv(await readTextFile(options.units), path.basename(options.units))
    : undefined;
  const parent = options.parentCode
    ? {
        code: options.parentCode,
        name: options.parentName ?? options.parentCode,
        kind: "federation" as const,
      }
    : undefined;

  if (options.parentCode && !isValidUnitCode(options.parentCode))
    throw new CliError(fill(CLI_TEXT.badUnitCode, { code: options.parentCode }));
  if (options.jumpFactor !== undefined && !(Number(options.jumpFactor) > 1))
    throw new CliError(fill(CLI_TEXT.badJumpFactor, { value: options.jumpFactor }));
  const previous = options.previous ? await readPreviousSummary(options.previous) : undefined;
  const submissions = await readAll(ctx, files);
  let summary;
  try {
    const campaign = read && expectedUnits ? { ...read, units: expectedUnits } : read;
    const jumpFactor = options.jumpFactor === undefined ? undefined : Number(options.jumpFactor);
    summary = rollup(submissions, {
      ...(period ? { period } : {}),
      ...(campaign ? { campaign } : {}),
      ...(previous ? { previous } : {}),
      ...(jumpFactor ? { jumpFactor } : {}),
      ...(expectedUnits ? { expectedUnits } : {}),
      ...(parent ? { parent } : {}),
    });
  } catch (error) {
    if (!(error instanceof RollupError)) throw error;
    for (const r of error.rejected) ctx.io.err(oneLine(`✗ ${r.source.name}: ${pick(r.reason, ctx.lang)}`));
    throw new CliError(error.text);
  }
  await writeAtomically(options.output, await writeWorkbookPlan(layoutSummary(summary)));
  if (options.json) ctx.io.out(JSON.stringify(summaryToJson(summary), null, 2));
  else {
    ctx.io.out(formatSummaryTable(summary, ctx.lang));
    ctx.io.out(pick(fill(CLI_TEXT.summaryWritten, { file: options.output }), ctx.lang));
  }
  return 0;
}
