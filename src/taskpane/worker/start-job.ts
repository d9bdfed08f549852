import type { SummaryView, Text } from "../../core";
import type { JobWorker } from "./deferred-worker";
import type { JobRequest, JobResult, RejectedFile, WorkerMessage } from "./protocol";
import { PlanAssembler } from "./plan-parts";
import { postInParts } from "./request-parts";

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

export interface RunningJob {
  readonly result: Promise<JobResult>;
  readonly cancel: () => void;
}

/** Called once a roll-up's summary is known, before its file is made; the job's result follows. */
export type OnSummary = (summary: SummaryView) => void;

export type StartJob = ((
  request: JobRequest,
  onProgress: (p: Progress) => void,
  onSummary?: OnSummary,
) => RunningJob) & {
  /**
   * Starts the next job's worker now, where jobs run in workers: it loads its code, and starts its
   * readers, while the user still picks files, so the job starts reading when it is asked for.
   */
  readonly prepare?: () => void;
};

/** Thrown (as the rejection) when a job ends with a message for the user. */
export class JobFailed extends Error {
  constructor(
    readonly text: Text,
    readonly rejected: readonly RejectedFile[],
  ) {
    super(text.en);
  }
}

export class JobCancelled extends Error {}

/**
 * What a job's messages mean for whoever waits on it, in the order they come: shared by the worker runner
 * and any stand-in, so that no runner can drop part of a message (the files refused with their reasons)
 * or put a roll-up's result together differently.
 */
export function settler(to: {
  onProgress: (p: Progress) => void;
  onSummary?: OnSummary | undefined;
  resolve: (result: JobResult) => void;
  reject: (error: Error) => void;
}): (message: WorkerMessage) => void {
  let summary: SummaryView | null = null;
  const plan = new PlanAssembler();
  return (message) => {
    if (message.type === "progress") to.onProgress(message);
    else if (message.type === "summary") {
      summary = message.summary;
      to.onSummary?.(summary);
    } else if (message.type === "plan-sheet" || message.type === "plan-rows") plan.add(message);
    else if (message.type === "failed") to.reject(new JobFailed(message.text, message.rejected));
    else if (message.result.kind !== "rollup") to.resolve(message.result);
    else if (summary) {
      const output = message.result.output;
      to.resolve({
        kind: "rollup",
        summary,
        output: output.kind === "plan" ? { kind: "plan", ...plan.plan(output.plan.names) } : output,
      });
    } else to.reject(new Error("a roll-up's file came without its summary"));
  };
}

/** Jobs that cannot run here: each fails at once with `text`, the page's reason, in place of a worker's error. */
export const refusedJobs =
  (text: Text): StartJob =>
  () => ({ result: Promise.reject(new JobFailed(text, [])), cancel: () => undefined });

/**
 * Runs each job in a fresh worker from `createWorker` (the one `prepare` started, when there is one);
 * cancelling terminates the worker at once, mid-file if need be.
 */
export function workerJobs(createWorker: () => JobWorker): StartJob {
  let prepared: JobWorker | null = null;
  const start = (request: JobRequest, onProgress: (p: Progress) => void, onSummary?: OnSummary) => {
    const worker = prepared ?? createWorker();
    prepared = null;
    let reject: (error: Error) => void = () => undefined;
    const result = new Promise<JobResult>((resolve, fail) => {
      reject = fail;
      const settle = settler({ onProgress, onSummary, resolve, reject: fail });
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        if (event.data.type === "done" || event.data.type === "failed") worker.terminate();
        settle(event.data);
      };
      worker.onerror = (event) => {
        worker.terminate();
        fail(new Error(event.message));
      };
    });
    void postInParts((part) => worker.postMessage(part), request);
    return {
      result,
      cancel: () => {
        worker.terminate();
        reject(new JobCancelled());
      },
    };
  };
  const prepare = () => {
    if (prepared) return;
    const worker = createWorker();
    // One that fails before a job takes it (its script not loaded) is never taken.
    worker.onerror = () => {
      if (prepared === worker) prepared = null;
      worker.terminate();
    };
    prepared = worker;
  };
  return Object.assign(start, { prepare });
}
