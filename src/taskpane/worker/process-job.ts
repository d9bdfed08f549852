import {
  checkFile,
  fill,
  findPeriod,
  layoutSummary,
  parsePeriod,
  previousFromGrid,
  readCampaignGrid,
  rollup,
  RollupError,
  type Campaign,
  type Finding,
  type Submission,
  type Text,
} from "../../core";
import { ROLLUP_MESSAGES } from "../../core/rollup/messages";
import { both, en, vi } from "../../core/vocabulary";
import { readWorkbookGrid } from "../../xlsx/read-grid";
import { FileError } from "../../xlsx/errors";
import { checkFileSize } from "../../xlsx/limits";
import { readSubmission } from "../../xlsx/submission";
import { parseUnitsCsv } from "../../xlsx/units-csv";
import type { FilePayload, JobRequest, JobResult, WorkerMessage } from "./protocol";

const WORKER_TEXT = both(vi.worker, en.worker);

async function sha256(bytes: ArrayBuffer): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new JobError(WORKER_TEXT.insecurePage);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function readPrevious(file: FilePayload) {
  const previous = previousFromGrid(readGrid(file));
  if (!previous) throw new JobError(fill(ROLLUP_MESSAGES.notASummary, { file: file.name }));
  return previous;
}

/** A problem the user can act on, raised inside the worker. */
class JobError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

async function readPayload(file: FilePayload): Promise<Submission> {
  try {
    checkFileSize(file.size, file.name);
  } catch (error) {
    if (error instanceof FileError)
      return { source: { name: file.name, sha256: "" }, unreadable: error.text };
    throw error;
  }
  const modifiedAt = new Date(file.lastModified).toISOString();
  return readSubmission(new Uint8Array(file.bytes), {
    name: file.name,
    sha256: await sha256(file.bytes),
    modifiedAt,
    receivedAt: modifiedAt,
  });
}

async function readAll(
  files: readonly FilePayload[],
  post: (m: WorkerMessage) => void,
): Promise<Submission[]> {
  const submissions: Submission[] = [];
  for (const [i, file] of files.entries()) {
    post({ type: "progress", done: i, total: files.length, file: file.name });
    submissions.push(await readPayload(file));
  }
  post({ type: "progress", done: files.length, total: files.length, file: "" });
  return submissions;
}

function readGrid(file: FilePayload) {
  checkFileSize(file.size, file.name);
  return readWorkbookGrid(new Uint8Array(file.bytes), file.name);
}

function checkCampaign(file: FilePayload): { campaign: Campaign | null; findings: readonly Finding[] } {
  return readCampaignGrid(readGrid(file));
}

/** The campaign a roll-up uses; its first error, with its sheet and cell, when it cannot be used. */
function requireCampaign(file: FilePayload): Campaign {
  const { campaign, findings } = checkCampaign(file);
  if (campaign) return campaign;
  const errors = findings.filter((f) => f.severity === "error");
  const first = errors[0]!;
  throw new JobError(
    fill(WORKER_TEXT.badCampaign, {
      file: file.name,
      count: errors.length,
      at: first.sheet ? `${first.sheet}!${first.cell ?? ""}` : "—",
      first: { vi: first.message_vi, en: first.message_en },
    }),
  );
}

async function run(request: JobRequest, post: (m: WorkerMessage) => void): Promise<JobResult> {
  if (request.kind === "campaign") return { kind: "campaign", ...checkCampaign(request.files[0]!) };
  const campaign =
    request.kind === "rollup" && request.campaign ? requireCampaign(request.campaign) : undefined;
  const previous = request.kind === "rollup" && request.previous ? readPrevious(request.previous) : undefined;
  const submissions = await readAll(request.files, post);
  if (request.kind === "validate") return { kind: "validate", files: submissions.map(checkFile) };
  const id = request.periodId;
  const period = id ? (campaign ? findPeriod(campaign, id) : parsePeriod(id)) : undefined;
  if (period === null || (id && !period)) throw new JobError(WORKER_TEXT.badPeriod);
  const expectedUnits = request.units ? parseUnitsCsv(request.units.text, request.units.name) : undefined;
  const summary = rollup(submissions, {
    ...(period ? { period } : {}),
    ...(campaign ? { campaign: expectedUnits ? { ...campaign, units: expectedUnits } : campaign } : {}),
    ...(previous ? { previous } : {}),
    ...(expectedUnits ? { expectedUnits } : {}),
    ...(request.parent ? { parent: { ...request.parent, kind: "federation" as const } } : {}),
  });
  return { kind: "rollup", summary, plan: layoutSummary(summary) };
}

/** Runs one job and reports progress; every failure the user can act on comes back as a bilingual text. */
export async function processJob(request: JobRequest, post: (m: WorkerMessage) => void): Promise<void> {
  try {
    post({ type: "done", result: await run(request, post) });
  } catch (error) {
    if (error instanceof RollupError)
      post({
        type: "failed",
        text: error.text,
        rejected: error.rejected.map((r) => ({ name: r.source.name, reason: r.reason })),
      });
    else if (error instanceof FileError || error instanceof JobError)
      post({ type: "failed", text: error.text });
    else post({ type: "failed", text: fill(WORKER_TEXT.unexpected, { detail: String(error) }) });
  }
}
