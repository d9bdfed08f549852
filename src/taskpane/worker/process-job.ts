import {
  layoutSummary,
  parsePeriod,
  rollup,
  RollupError,
  validate,
  type Submission,
  type Text,
} from "../../core";
import { FileError } from "../../xlsx/errors";
import { readSubmission } from "../../xlsx/submission";
import { parseUnitsCsv } from "../../xlsx/units-csv";
import type { FilePayload, JobRequest, JobResult, WorkerMessage } from "./protocol";

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function readAll(
  files: readonly FilePayload[],
  post: (m: WorkerMessage) => void,
): Promise<Submission[]> {
  const submissions: Submission[] = [];
  for (const [i, file] of files.entries()) {
    post({ type: "progress", done: i, total: files.length, file: file.name });
    const source = {
      name: file.name,
      sha256: await sha256(file.bytes),
      modifiedAt: new Date(file.lastModified).toISOString(),
    };
    submissions.push(readSubmission(new Uint8Array(file.bytes), source));
  }
  post({ type: "progress", done: files.length, total: files.length, file: "" });
  return submissions;
}

const BAD_PERIOD: Text = { vi: "Kỳ tổng hợp không hợp lệ.", en: "The period is not valid." };

async function run(request: JobRequest, post: (m: WorkerMessage) => void): Promise<JobResult> {
  const submissions = await readAll(request.files, post);
  if (request.kind === "validate") {
    return {
      kind: "validate",
      files: submissions.map((s) => {
        if ("unreadable" in s)
          return { name: s.source.name, sha256: s.source.sha256, unusable: s.unreadable, findings: [] };
        const report = s.extraction.report;
        return {
          name: s.source.name,
          sha256: s.source.sha256,
          findings: validate(s.extraction),
          ...(report
            ? { unit: { code: report.unit.code, name: report.unit.name }, periodId: report.period.id }
            : {}),
        };
      }),
    };
  }
  const period = request.periodId ? parsePeriod(request.periodId) : undefined;
  if (period === null) throw new RollupError(BAD_PERIOD, []);
  const expectedUnits = request.units ? parseUnitsCsv(request.units.text, request.units.name) : undefined;
  const summary = rollup(submissions, {
    ...(period ? { period } : {}),
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
    if (error instanceof RollupError || error instanceof FileError)
      post({ type: "failed", text: error.text });
    else post({ type: "failed", text: { vi: `Lỗi: ${String(error)}`, en: `Error: ${String(error)}` } });
  }
}
