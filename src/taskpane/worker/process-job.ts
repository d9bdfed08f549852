import {
  fill,
  findingPlace,
  layoutSummary,
  streamSummary,
  summaryView,
  previousFromGrid,
  checkCampaignGrid,
  readCampaignGrid,
  rollupChecked,
  RollupError,
  type Campaign,
  type Finding,
  type WorkbookGrid,
} from "../../core";
import { rollupOptions, SetupError, type ReadOutcome, type ReadPurpose } from "../../pipeline";
import { readSummaryGrid, readWorkbookGrid, SUMMARY_LIMITS } from "../../xlsx/read-workbook";
import { FileError } from "../../xlsx/errors";
import { checkFileSize, type ReadLimits } from "../../xlsx/limits";
import { parseUnitsCsv } from "../../xlsx/csv/units-csv";
import { writeWorkbookPlan } from "../../xlsx/writer/write-plan";
import { planParts } from "./plan-parts";
import type { FilePayload, JobRequest, WorkerMessage, WorkerResult } from "./protocol";
import { readInThisThread, type ReadFiles } from "./read-files";
import type { ComingFiles } from "./request-parts";
import { JobError } from "./read-payload";
import { WORDS } from "../../core/vocabulary";

const PROGRESS_EVERY_MS = 100;
const DRAWING_HEADSTART_MS = 250;

async function readPrevious(file: FilePayload) {
  const previous = previousFromGrid(await readGrid(file, readSummaryGrid, SUMMARY_LIMITS));
  if (!previous) throw new JobError(fill(WORDS.rollup.notASummary, { file: file.name }));
  return previous;
}

/** Files read for a purpose, with progress posted as each one ends. */
async function readAll(
  files: readonly FilePayload[],
  purpose: ReadPurpose,
  post: (m: WorkerMessage) => void,
  readFiles: ReadFiles,
  coming?: ComingFiles,
): Promise<ReadOutcome[]> {
  if (!globalThis.crypto?.subtle) throw new JobError(WORDS.worker.insecurePage);
  const total = coming?.total ?? files.length;
  post({ type: "progress", done: 0, total, file: "" });
  // Each message is a render of the pane: a few a second are plenty to watch, and the last one always goes.
  let posted = 0;
  const progress = (done: number, file: string) => {
    if (done < total && Date.now() - posted < PROGRESS_EVERY_MS) return;
    posted = Date.now();
    post({ type: "progress", done, total, file });
  };
  return readFiles(files, purpose, progress, coming);
}

/** A workbook the user picked, refused by its size before it is read, then read whole or by `read`. */
async function readGrid(
  file: FilePayload,
  read: (bytes: Uint8Array, name: string) => WorkbookGrid = readWorkbookGrid,
  limits: Partial<ReadLimits> = {},
) {
  checkFileSize(file.file.size, file.name, limits);
  return read(new Uint8Array(await file.file.arrayBuffer()), file.name);
}

/** A campaign read; with `plan`, as the pane's check shows it, its scoring table's warnings too. */
async function checkCampaign(
  file: FilePayload,
  plan = false,
): Promise<{ campaign: Campaign | null; findings: readonly Finding[] }> {
  const grid = await readGrid(file);
  return plan ? checkCampaignGrid(grid) : readCampaignGrid(grid);
}

/** The campaign a roll-up uses; its first error, with its sheet and cell, when it cannot be used. */
async function requireCampaign(file: FilePayload): Promise<Campaign> {
  const { campaign, findings } = await checkCampaign(file);
  if (campaign) return campaign;
  const errors = findings.filter((f) => f.severity === "error");
  const first = errors[0]!;
  throw new JobError(
    fill(errors.length === 1 ? WORDS.worker.badCampaignOne : WORDS.worker.badCampaign, {
      file: file.name,
      count: errors.length,
      // The first error's message names its sheet; its cell is said once, here.
      at: first.cell ? findingPlace(first) : "",
      first: { vi: first.message_vi, en: first.message_en },
    }),
  );
}

async function run(
  request: JobRequest,
  post: (m: WorkerMessage) => void,
  readFiles: ReadFiles,
  coming?: ComingFiles,
): Promise<WorkerResult> {
  if (request.kind === "campaign") {
    await coming?.all;
    return { kind: "campaign", ...(await checkCampaign(request.files[0]!, true)) };
  }
  const campaign =
    request.kind === "rollup" && request.campaign ? await requireCampaign(request.campaign) : undefined;
  const previous =
    request.kind === "rollup" && request.previous ? await readPrevious(request.previous) : undefined;
  if (request.kind === "validate") {
    const outcomes = await readAll(request.files, "validate", post, readFiles, coming);
    return { kind: "validate", files: outcomes.flatMap((o) => (o.purpose === "validate" ? [o.file] : [])) };
  }
  const units = request.units
    ? parseUnitsCsv(new Uint8Array(await request.units.file.arrayBuffer()), request.units.name)
    : undefined;
  const options = rollupOptions({
    ...(campaign ? { campaign } : {}),
    ...(request.periodId ? { periodId: request.periodId } : {}),
    ...(units ? { units } : {}),
    ...(previous ? { previous } : {}),
    ...(request.parent ? { parent: request.parent } : {}),
  });
  const outcomes = await readAll(request.files, "rollup", post, readFiles, coming);
  const checked = outcomes.flatMap((o) => (o.purpose === "rollup" ? [o.checked] : []));
  const summary = rollupChecked(checked, options);
  post({ type: "summary", summary: summaryView(summary) });
  // The pane draws the result meanwhile: on a two-core machine, drawing it while this thread makes the
  // file took twice as long (a 140 ms task instead of 70 ms), and the result matters first.
  await new Promise((resolve) => setTimeout(resolve, DRAWING_HEADSTART_MS));
  if (request.output === "xlsx")
    return {
      kind: "rollup",
      output: { kind: "xlsx", bytes: await writeWorkbookPlan(streamSummary(summary)) },
    };
  const plan = layoutSummary(summary);
  for (const part of planParts(plan)) post(part);
  return { kind: "rollup", output: { kind: "plan", plan: { sheets: [], names: plan.names } } };
}

/**
 * Runs one job and reports progress; every failure the user can act on comes back as a bilingual text.
 * Where `coming` is given, the request's files are still coming in, and are read as they come.
 */
export async function processJob(
  request: JobRequest,
  post: (m: WorkerMessage) => void,
  readFiles: ReadFiles = readInThisThread,
  coming?: ComingFiles,
): Promise<void> {
  try {
    post({ type: "done", result: await run(request, post, readFiles, coming) });
  } catch (error) {
    if (error instanceof RollupError)
      post({
        type: "failed",
        text: error.text,
        rejected: error.rejected.map((r) => ({ name: r.source.name, reason: r.reason })),
      });
    else if (error instanceof FileError || error instanceof JobError || error instanceof SetupError)
      post({ type: "failed", text: error.text, rejected: [] });
    else {
      // The detail is for whoever debugs the page; staff get a reason, not the program's internals.
      console.error(error);
      post({ type: "failed", text: WORDS.worker.unexpected, rejected: [] });
    }
  }
}
