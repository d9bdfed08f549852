import { processJob } from "../../src/taskpane/worker/process-job";
import type { JobRequest, WorkerMessage } from "../../src/taskpane/worker/protocol";
import { JobCancelled, JobFailed, workerJobs, type Progress } from "../../src/taskpane/worker/start-job";

/** A stand-in for a Web Worker: records what it is sent and lets the test answer. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: { message: unknown; transfer: unknown[] }[] = [];
  terminated = false;
  postMessage(message: unknown, transfer: unknown[]) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: WorkerMessage) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
}

const request: JobRequest = {
  kind: "validate",
  files: [{ name: "a.xlsx", bytes: new ArrayBuffer(4), lastModified: 0, size: 4 }],
};

describe("jobs in a worker", () => {
  it("transfers the files' bytes, reports progress and resolves with the result", async () => {
    const worker = new FakeWorker();
    const progress: Progress[] = [];
    const job = workerJobs(() => worker as unknown as Worker)(request, (p) => progress.push(p));
    expect(worker.sent[0]!.transfer).toEqual([request.files[0]!.bytes]);
    worker.answer({ type: "progress", done: 0, total: 1, file: "a.xlsx" });
    worker.answer({ type: "done", result: { kind: "validate", files: [] } });
    await expect(job.result).resolves.toEqual({ kind: "validate", files: [] });
    expect(progress).toEqual([{ type: "progress", done: 0, total: 1, file: "a.xlsx" }]);
    expect(worker.terminated).toBe(true);
  });

  it("rejects with the worker's message, and cancelling terminates the worker at once", async () => {
    const failing = new FakeWorker();
    const failed = workerJobs(() => failing as unknown as Worker)(request, () => undefined);
    failing.answer({ type: "failed", text: { vi: "Hỏng", en: "Broken" }, rejected: [] });
    await expect(failed.result).rejects.toBeInstanceOf(JobFailed);

    const slow = new FakeWorker();
    const job = workerJobs(() => slow as unknown as Worker)(request, () => undefined);
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(JobCancelled);
    expect(slow.terminated).toBe(true);
  });
});

describe("the worker's file reading", () => {
  it("refuses an oversized file by its size, without its bytes", async () => {
    const messages: WorkerMessage[] = [];
    const huge = { name: "to.xlsx", bytes: new ArrayBuffer(0), lastModified: 0, size: 3 * 1024 ** 3 };
    await processJob({ kind: "validate", files: [huge] }, (m) => messages.push(m));
    const done = messages.find((m) => m.type === "done");
    expect(done).toMatchObject({ result: { files: [{ name: "to.xlsx", ready: false }] } });
    const file = done?.type === "done" && done.result.kind === "validate" ? done.result.files[0] : undefined;
    expect(file?.unusable?.vi).toContain("quá lớn");
  });
});
