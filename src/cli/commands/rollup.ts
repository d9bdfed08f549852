import path from "node:path";
import { SingleBar } from "cli-progress";
import {
  fill,
  pick,
  rollupChecked,
  shown,
  RollupError,
  streamSummary,
  type CheckedSubmission,
  type Rejection,
} from "../../core";
import { parseUnitsCsv } from "../../xlsx/csv/units-csv";
import {
  collectInputs,
  readNamedFile,
  refuseReadFileAsOutput,
  refuseUnwritableOutputEarly,
  writeAtomically,
  type InputFile,
} from "../files";
import { noteLeftOut } from "../left-out";
import { rollupOutcome } from "../outcome-line";
import { readForRollup } from "../read-pool";
import { CliError } from "../i18n";
import { paragraph, printDetail, type Context, jsonText } from "../io";
import { summaryToJson } from "../summary-json";
import { formatSummaryTable } from "../summary-table";
import { asCliError, readPreviousSummary, requireCampaign } from "../campaign-file";
import { rollupOptions, summarisingUnit, type RollupSetup } from "../../pipeline";
import { writeWorkbook } from "../write-workbook";
import { WORDS } from "../../core/vocabulary";

export interface RollupCommandOptions {
  /** Where the summary workbook goes; only the JSON report may do without one. */
  output?: string;
  campaign?: string;
  previous?: string;
  jumpFactor?: string;
  units?: string;
  period?: string;
  parentCode?: string;
  parentName?: string;
  parentKind?: string;
  json?: boolean;
}

async function readAll(ctx: Context, files: readonly InputFile[]): Promise<CheckedSubmission[]> {
  const bar = ctx.io.errIsTerminal
    ? new SingleBar({
        format: `${pick(WORDS.cli.reading, ctx.lang)} [{bar}] {value}/{total} {file}`,
        // Words, a 20-column bar, counts and a name of at most 30 fit in 80 columns.
        barsize: 20,
        stream: process.stderr,
      })
    : null;
  bar?.start(files.length, 0, { file: "" });
  // The bar writes to the terminal itself: a file's name in it is shown as every other line is.
  const outcomes = await readForRollup(files, (done, file) => bar?.update(done, { file: shown(file, 30) }));
  bar?.update(files.length, { file: "" });
  bar?.stop();
  for (const o of outcomes) if (o.detail) printDetail(ctx, `${o.checked.source.name}: ${o.detail}`);
  return outcomes.map((o) => o.checked);
}

export async function runRollup(
  ctx: Context,
  inputs: string[],
  options: RollupCommandOptions,
): Promise<number> {
  const { output } = options;
  if (output === undefined && !options.json) throw new CliError(WORDS.cli.outputRequired);
  const read = options.campaign ? await requireCampaign(ctx, options.campaign) : undefined;
  const named = [options.campaign, options.previous, options.units].filter((f): f is string => !!f);
  const found = await collectInputs(inputs, named);
  noteLeftOut(ctx, found);
  if (output !== undefined) {
    await refuseReadFileAsOutput(output, found, named);
    await refuseUnwritableOutputEarly(output);
  }
  const expectedUnits = options.units
    ? parseUnitsCsv(await readNamedFile(options.units), path.basename(options.units))
    : undefined;
  const previous = options.previous ? await readPreviousSummary(options.previous) : undefined;
  const setup: RollupSetup = {
    ...(read ? { campaign: read } : {}),
    ...(options.period ? { periodId: options.period } : {}),
    ...(expectedUnits ? { units: expectedUnits } : {}),
    ...(previous ? { previous } : {}),
    parent: {
      ...(options.parentCode !== undefined ? { code: options.parentCode } : {}),
      ...(options.parentName !== undefined ? { name: options.parentName } : {}),
      ...(options.parentKind !== undefined ? { kind: options.parentKind } : {}),
    },
    ...(options.jumpFactor !== undefined ? { jumpFactor: options.jumpFactor } : {}),
  };
  // A summary goes upward under its unit's name: never under a placeholder nobody chose.
  if (output !== undefined && !summarisingUnit(setup)) throw new CliError(WORDS.cli.noParent);
  const rollupSetup = asCliError(() => rollupOptions(setup));
  let summary;
  try {
    // The files as read are let go once rolled up: the summary keeps what it needs of them.
    summary = rollupChecked(await readAll(ctx, found.files), rollupSetup);
  } catch (error) {
    if (!(error instanceof RollupError)) throw error;
    printRejected(ctx, error.rejected);
    // The core's words serve the page too; here the period is given by an option.
    throw new CliError(error.text === WORDS.rollup.noPeriod ? WORDS.cli.givePeriod : error.text);
  }
  if (summary.units.length === 0) {
    printRejected(ctx, summary.rejected);
    throw new CliError(WORDS.cli.nothingRolledUp);
  }
  const unwritten =
    output === undefined
      ? null
      : await writeWorkbook(streamSummary(summary))
          .then((bytes) => writeAtomically(output, bytes))
          .then(
            () => null,
            (error: unknown) => error,
          );
  // A summary the disk had no room for still tells what the roll-up found (missing units, files refused):
  // staff learned nothing of a province's thousands of reports read, and then the reason it was not written.
  // Not to scripts, which would take the JSON for a summary written.
  if (unwritten && options.json) throw unwritten;
  if (options.json) ctx.io.out(jsonText(summaryToJson(summary)));
  else {
    ctx.io.out(formatSummaryTable(summary, ctx.lang, ctx.io.width));
    if (!unwritten)
      ctx.io.out(paragraph(ctx, pick(fill(WORDS.cli.summaryWritten, { file: output! }), ctx.lang)));
    ctx.io.out(paragraph(ctx, pick(rollupOutcome(summary, found.files.length), ctx.lang)));
  }
  if (unwritten) throw unwritten;
  return summary.rejected.length > 0 ? 1 : 0;
}

function printRejected(ctx: Context, rejected: readonly Rejection[]): void {
  for (const r of rejected) ctx.io.err(paragraph(ctx, `${r.source.name}: ${pick(r.reason, ctx.lang)}`, "✗ "));
}
