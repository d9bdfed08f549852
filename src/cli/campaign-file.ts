import path from "node:path";
import {
  checkCampaignGrid,
  fill,
  previousFromGrid,
  readCampaignGrid,
  type Campaign,
  type Period,
  type PreviousFigures,
  type WorkbookGrid,
} from "../core";
import { periodOf, SetupError } from "../pipeline";
import { NATIVE_ZIP_CODEC } from "./native-zip-codec";
import type { ReadLimits } from "../xlsx/limits";
import { readNamedFile } from "./files";
import { findingLines } from "./finding-line";
import { CliError } from "./i18n";
import type { Context } from "./io";
import { WORDS } from "../core/vocabulary";

/**
 * A workbook the user names (not a received report): refused by its size before it is read, then read
 * by `read` under the caps it reads with.
 */
async function readWorkbookFile(
  file: string,
  read: (bytes: Uint8Array, name: string) => WorkbookGrid,
  limits: Partial<ReadLimits> = {},
) {
  const bytes = await readNamedFile(file, limits);
  return read(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path.basename(file));
}

// The readers are loaded when a command names a workbook: a roll-up without one reads only in its
// threads, and its own thread spared their loading (a twentieth of a second) while they read.

/**
 * Reads and checks a campaign workbook, read whole; the findings name each table, sheet and cell. With
 * `plan`, as `campaign check` does, it also warns of what its scoring table likely did not mean.
 */
export async function checkCampaignFile(file: string, plan = false) {
  const { readWorkbookGrid } = await import("../xlsx/read-workbook");
  const grid = await readWorkbookFile(file, readWorkbookGrid);
  return plan ? checkCampaignGrid(grid) : readCampaignGrid(grid);
}

/** A campaign a command can use: any error in it is printed and stops the command (exit 2). */
export async function requireCampaign(ctx: Context, file: string): Promise<Campaign> {
  const { campaign, findings } = await checkCampaignFile(file);
  for (const line of findingLines(findings, ctx.lang, ctx.io.width)) ctx.io.err(line);
  if (!campaign) throw new CliError(fill(WORDS.cli.campaignUnusable, { file: path.basename(file) }));
  return campaign;
}

/** A period of the campaign by its id, or a default period (2025-D1, 2025) when there is no campaign. */
export function requireCampaignPeriod(campaign: Campaign | undefined, id: string): Period {
  return asCliError(() => periodOf(campaign, id));
}

/** Runs the pipeline's checks of the user's choices; what they refuse is a usage error (exit 2). */
export function asCliError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof SetupError) throw new CliError(error.text);
    throw error;
  }
}

/** The previous period's summary, for each unit's change; refused when it is not a summary of ours. */
export async function readPreviousSummary(file: string): Promise<PreviousFigures> {
  const { readSummaryGrid, SUMMARY_LIMITS } = await import("../xlsx/read-workbook");
  const read = (bytes: Uint8Array, name: string) => readSummaryGrid(bytes, name, NATIVE_ZIP_CODEC);
  const previous = previousFromGrid(await readWorkbookFile(file, read, SUMMARY_LIMITS));
  if (!previous) throw new CliError(fill(WORDS.rollup.notASummary, { file: path.basename(file) }));
  return previous;
}
