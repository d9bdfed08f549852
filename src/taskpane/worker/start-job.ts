import type { Text } from "../../core";
import type { JobRequest, JobResult, RejectedFile, WorkerMessage } from "./protocol";

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
    readonly rejected: readonly RejectedFile[] = [],
  ) {
    super(text.en);
  }
}

export class JobCancelled extends Error {}

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
        const message = event.data;
        if (message.type === "progress") onProgress(message);
        else {
          worker.terminate();
          if (message.type === "done") resolve(message.result);
          else fail(new JobFailed(message.text, message.rejected));
        }
      };
      worker.onerror = (event) => {
        worker.terminate();
        fail(new Error(event.message));
      };
    });
    worker.postMessage(
      request,
      request.files.map((f) => f.bytes),
    );
    return {
      result,
      cancel: () => {
        worker.terminate();
        reject(new JobCancelled());
      },
    };
  };
