import type { Text } from "../../core";
import type { JobRequest, JobResult, RejectedFile, WorkerMessage } from "./protocol";
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

export type StartJob = (request: JobRequest, onProgress: (p: Progress) => void) => RunningJob;

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
 * What a job's message means for whoever waits on it; shared by the worker runner and any stand-in,
 * so that no runner can drop part of a message (the files refused with their reasons).
 */
export function settle(
  message: WorkerMessage,
  to: {
    onProgress: (p: Progress) => void;
    resolve: (result: JobResult) => void;
    reject: (error: JobFailed) => void;
  },
): void {
  if (message.type === "progress") to.onProgress(message);
  else if (message.type === "done") to.resolve(message.result);
  else to.reject(new JobFailed(message.text, message.rejected));
}

/**
 * Runs each job in a fresh worker from `createWorker`; cancelling terminates the worker at once,
 * mid-file if need be.
 */
export const workerJobs =
  (createWorker: () => Worker): StartJob =>
  (request, onProgress) => {
    const worker = createWorker();
    let reject: (error: Error) => void = () => undefined;
    const result = new Promise<JobResult>((resolve, fail) => {
      reject = fail;
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        if (event.data.type !== "progress") worker.terminate();
        settle(event.data, { onProgress, resolve, reject: fail });
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
