import { processJob } from "../../src/taskpane/worker/process-job";
import { readOnPool } from "../../src/taskpane/worker/read-pool";
import { readersFor, startReaders } from "../../src/taskpane/worker/start-readers";
import { becomeJobWorker } from "../../src/taskpane/worker/job-worker";
import { readInThisThread, type ReadFiles } from "../../src/taskpane/worker/read-files";
import type { PreparedRead } from "../../src/taskpane/worker/prepared-read";
import {
  failedRead,
  FILE_TIME_LIMIT_MS,
  READER_START_LIMIT_MS,
  READER_STARTED,
  type ReadOutcome,
} from "../../src/pipeline";
import type { JobRequest, WorkerMessage } from "../../src/taskpane/worker/protocol";
import type { SummaryView } from "../../src/core";
import {
  FIRST_PART,
  gatherParts,
  MAX_PART,
  PART_BUDGET_MS,
  postInParts,
  type RequestPart,
} from "../../src/taskpane/worker/request-parts";
import { JobCancelled, JobFailed, workerJobs, type Progress } from "../../src/taskpane/worker/start-job";

/** A stand-in for a Web Worker: records what it is sent and lets the test answer. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: { message: unknown; transfer?: unknown[] }[] = [];
  terminated = false;
  postMessage(message: unknown, transfer?: unknown[]) {
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
  files: [{ name: "a.xlsx", file: new File([new Uint8Array(4)], "a.xlsx") }],
};

describe("jobs in a worker", () => {
  it("hands the files over unread, reports progress and resolves with the result", async () => {
    const worker = new FakeWorker();
    const progress: Progress[] = [];
    const job = workerJobs(() => worker as unknown as Worker)(request, (p) => progress.push(p));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const whole: JobRequest[] = [];
    const gather = gatherParts((r) => whole.push(r));
    for (const { message } of worker.sent) gather(message as RequestPart);
    expect(whole).toEqual([request]);
    worker.answer({ type: "progress", done: 0, total: 1, file: "a.xlsx" });
    worker.answer({ type: "done", result: { kind: "validate", files: [] } });
    await expect(job.result).resolves.toEqual({ kind: "validate", files: [] });
    expect(progress).toEqual([{ type: "progress", done: 0, total: 1, file: "a.xlsx" }]);
    expect(worker.terminated).toBe(true);
  });

  it("hands a roll-up's summary over before its file, and keeps the worker until the file comes", async () => {
    const worker = new FakeWorker();
    const early: SummaryView[] = [];
    const job = workerJobs(() => worker as unknown as Worker)(
      request,
      () => undefined,
      (s) => early.push(s),
    );
    const summary = { period: { id: "2025-D1" } } as unknown as SummaryView;
    worker.answer({ type: "summary", summary });
    expect(early).toEqual([summary]);
    expect(worker.terminated).toBe(false);
    const output = { kind: "xlsx" as const, bytes: new Uint8Array([1]) };
    worker.answer({ type: "done", result: { kind: "rollup", output } });
    await expect(job.result).resolves.toEqual({ kind: "rollup", summary, output });
    expect(worker.terminated).toBe(true);
  });

  it("refuses a roll-up's file that came without its summary", async () => {
    const worker = new FakeWorker();
    const job = workerJobs(() => worker as unknown as Worker)(request, () => undefined);
    worker.answer({
      type: "done",
      result: { kind: "rollup", output: { kind: "xlsx", bytes: new Uint8Array() } },
    });
    await expect(job.result).rejects.toThrow("without its summary");
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
    const unread = {
      name: "to.xlsx",
      size: 3 * 1024 ** 3,
      lastModified: 0,
      arrayBuffer: () => Promise.reject(new Error("an oversized file must not be read")),
    } as unknown as File;
    const huge = { name: "to.xlsx", file: unread };
    await processJob({ kind: "validate", files: [huge] }, (m) => messages.push(m));
    const done = messages.find((m) => m.type === "done");
    expect(done).toMatchObject({ result: { files: [{ name: "to.xlsx", ready: false }] } });
    const file = done?.type === "done" && done.result.kind === "validate" ? done.result.files[0] : undefined;
    expect(file?.unusable?.vi).toContain("quá lớn");
  });
});

describe("a request in parts", () => {
  const filesOf = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ name: `f${i}.xlsx`, file: new File([], `f${i}.xlsx`) }));

  it("gathers the same request whatever the number of files", async () => {
    for (const count of [0, 1, FIRST_PART, MAX_PART * 2 + 3]) {
      const files = filesOf(count);
      const sent: RequestPart[] = [];
      await postInParts((part) => sent.push(part), { kind: "validate", files });
      expect(Math.max(...sent.map((p) => (p.part === "files" ? p.files.length : 0)))).toBeLessThanOrEqual(
        MAX_PART,
      );
      const whole: JobRequest[] = [];
      const gather = gatherParts((r) => whole.push(r));
      sent.forEach(gather);
      expect(whole).toEqual([{ kind: "validate", files }]);
    }
  });

  it("starts reading a job's files before the last part has come, and reads each as it comes", async () => {
    const files = filesOf(3);
    const sent: RequestPart[] = [];
    await postInParts((part) => sent.push(part), { kind: "validate", files });
    const [head, ...parts] = sent;
    expect(parts.length).toBeGreaterThan(0);
    const read: string[] = [];
    let reading: { files: number; total: number | undefined } | undefined;
    // Reads each file as it comes, in this thread.
    const readEach: ReadFiles = (all, purpose, progress, coming) => {
      reading = { files: all.length, total: coming?.total };
      return readInThisThread(all, purpose, (done, file) => (read.push(file), progress(done, file)), coming);
    };
    const messages: WorkerMessage[] = [];
    const gather = gatherParts((request, coming) => {
      void processJob(request, (m) => messages.push(m), readEach, coming);
    });
    gather(head!);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reading).toEqual({ files: 0, total: 3 });
    const first = { part: "files" as const, files: files.slice(0, 1) };
    const rest = { part: "files" as const, files: files.slice(1) };
    gather(first);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toEqual(["f0.xlsx"]);
    expect(messages.some((m) => m.type === "done")).toBe(false);
    gather(rest);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toEqual(["f0.xlsx", "f1.xlsx", "f2.xlsx"]);
    const done = messages.find((m) => m.type === "done");
    expect(done?.type === "done" && done.result.kind === "validate" && done.result.files.length).toBe(3);
  });

  it("checks a campaign once its file has come after the request's head", async () => {
    const messages: WorkerMessage[] = [];
    const gather = gatherParts((request, coming) => {
      void processJob(request, (m) => messages.push(m), readInThisThread, coming);
    });
    gather({ part: "head", request: { kind: "campaign", files: [] }, files: 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    gather({ part: "files", files: filesOf(1) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // An empty file is no workbook: refused with why, not lost as the page's own failure.
    const failed = messages.find((m) => m.type === "failed");
    expect(failed?.type === "failed" && failed.text.en).toContain("f0.xlsx");
  });

  it("sizes each part so that handing it over holds the page's thread no longer than its budget", async () => {
    // Each file costs the page `cost` ms to hand over (a trip to the disk), on a fast or a busy machine.
    for (const cost of [0.05, 1, 2, 6]) {
      let now = 0;
      const took: number[] = [];
      const post = (part: RequestPart) => {
        if (part.part !== "files") return;
        now += part.files.length * cost;
        took.push(part.files.length * cost);
      };
      await postInParts(post, { kind: "validate", files: filesOf(1000) }, () => now);
      expect(Math.max(...took)).toBeLessThanOrEqual(PART_BUDGET_MS);
      // No more parts than needed: each part but the first few fills most of its budget, or MAX_PART.
      expect(took.length).toBeLessThan(10 + (1000 * cost) / (PART_BUDGET_MS / 2));
    }
  });
});

describe("the worker's progress", () => {
  it("posts a few messages a second, never one per file, and always the last", async () => {
    const messages: WorkerMessage[] = [];
    const files = Array.from({ length: 500 }, (_, i) => ({
      name: `u${i}.xlsx`,
      file: new File([new Uint8Array(4)], `u${i}.xlsx`),
    }));
    // Every file read at once: far faster than the page could repaint for each.
    const readAtOnce: ReadFiles = (all, purpose, progress) => {
      all.forEach((f, i) => progress(i + 1, f.name));
      return Promise.resolve(all.map((f) => failedRead({ name: f.name, sha256: "" }, purpose, "crash")));
    };
    await processJob({ kind: "validate", files }, (m) => messages.push(m), readAtOnce);
    const progress = messages.flatMap((m) => (m.type === "progress" ? [m.done] : []));
    expect(progress.length).toBeLessThan(5);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(500);
  });
});

/** Makes stand-in workers, keeping each in `made`. */
/** Once `worker` has been handed something: a file is fetched and inflated first, which a busy machine slows. */
const handedOver = async (worker: FakeWorker) => {
  while (worker.sent.length === 0) await new Promise((resolve) => setImmediate(resolve));
};

const fakeWorkers = (made: FakeWorker[]) => () => {
  const worker = new FakeWorker();
  made.push(worker);
  return worker as unknown as Worker;
};

describe("workers started ahead", () => {
  it("runs the next job in the worker prepared for it, and never in one that failed before", async () => {
    const made: FakeWorker[] = [];
    const startJob = workerJobs(fakeWorkers(made));
    startJob.prepare!();
    startJob.prepare!();
    expect(made).toHaveLength(1);
    startJob(request, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(made).toHaveLength(1);
    expect(made[0]!.sent.length).toBeGreaterThan(0);

    startJob.prepare!();
    const failed = made[1]!;
    failed.onerror?.({ message: "script not loaded" } as ErrorEvent);
    expect(failed.terminated).toBe(true);
    startJob(request, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(made).toHaveLength(3);
    expect(failed.sent).toEqual([]);
    expect(made[2]!.sent.length).toBeGreaterThan(0);
  });

  it("leaves a core to the page's thread and the browser's compilers: one reader on two cores", () => {
    expect([1, 2, 3, 4, 8, 9, 64].map(readersFor)).toEqual([1, 1, 2, 3, 7, 8, 8]);
    const made: FakeWorker[] = [];
    startReaders(fakeWorkers(made), 2);
    expect(made).toHaveLength(1);
  });

  it("starts a job worker's readers before its own code loads, and serves what was sent meanwhile", async () => {
    const made: FakeWorker[] = [];
    const answers: WorkerMessage[] = [];
    const scope = {
      navigator: { hardwareConcurrency: 2 },
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: (message: WorkerMessage) => answers.push(message),
    };
    becomeJobWorker(scope as unknown as DedicatedWorkerGlobalScope, fakeWorkers(made));
    expect(made).toHaveLength(1);
    await postInParts((part) => scope.onmessage!({ data: part } as MessageEvent), request);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The job's code waits for its reader to run, and the request for the job's code.
    expect(answers).toEqual([]);
    made[0]!.answer(READER_STARTED as never);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(made).toHaveLength(1);
    const sent = made[0]!.sent.map(({ message }) => message as PreparedRead);
    expect(sent.map((read) => ("bytes" in read.fetched ? read.fetched.source.name : ""))).toEqual(["a.xlsx"]);
    expect(answers[0]).toEqual({ type: "progress", done: 0, total: 1, file: "" });
  });

  it("fails the job when its own code does not load, where the page would wait for it forever", async () => {
    const made: FakeWorker[] = [];
    const tasks: (() => void)[] = [];
    const scope = {
      navigator: { hardwareConcurrency: 2 },
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: () => undefined,
      setTimeout: (task: () => void) => tasks.push(task),
    };
    const unloaded = new Error("Failed to execute 'importScripts' on 'WorkerGlobalScope'");
    becomeJobWorker(scope as unknown as DedicatedWorkerGlobalScope, fakeWorkers(made), () =>
      Promise.reject(unloaded),
    );
    made[0]!.answer(READER_STARTED as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Thrown from a task of its own, the error reaches the page as the worker's error event.
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!).toThrow(unloaded);
  });

  it("starts a job's readers before its files come, and reads with them", async () => {
    const made: FakeWorker[] = [];
    const readFiles = readOnPool(fakeWorkers(made), startReaders(fakeWorkers(made), 3));
    expect(made).toHaveLength(2);
    const files = [request.files[0]!, { ...request.files[0]!, name: "b.xlsx" }];
    const done = readFiles(files, "validate", () => undefined);
    expect(made).toHaveLength(2);
    // Each file is handed over once fetched, its bytes moved rather than copied.
    for (const worker of made) await handedOver(worker);
    for (const worker of made) {
      expect(worker.sent).toHaveLength(1);
      const { message, transfer } = worker.sent[0]! as { message: PreparedRead; transfer: ArrayBuffer[] };
      if (!("bytes" in message.fetched)) throw new Error("the file was not fetched");
      expect(transfer).toEqual([message.fetched.bytes.buffer]);
      const name = message.fetched.source.name;
      // A reader that says it runs after its first file was sent: no answer to it.
      worker.answer(READER_STARTED as never);
      worker.answer(failedRead({ name, sha256: "" }, "validate", "crash") as never);
    }
    expect((await done).map((o) => (o.purpose === "validate" ? o.file.name : ""))).toEqual([
      "a.xlsx",
      "b.xlsx",
    ]);
  });
});

describe("a file's time in the page's readers", () => {
  // Only the pool's clocks are faked: fetching a file and handing it over go on as in a browser.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] }));
  afterEach(() => jest.useRealTimers());

  const refusal = (outcome: ReadOutcome) => (outcome.purpose === "validate" ? outcome.file.unusable?.en : "");

  /** Reads one file on one reader started ahead, which says it runs as `running` says. */
  async function readOne(running: "before the files came" | "later" | "never", answerAfterMs: number) {
    const made: FakeWorker[] = [];
    const readers = startReaders(fakeWorkers(made), 2);
    if (running === "before the files came") made[0]!.answer(READER_STARTED as never);
    const done = readOnPool(fakeWorkers(made), readers)([request.files[0]!], "validate", () => undefined);
    await handedOver(made[0]!);
    if (running === "later") {
      // Slow to start, as on a machine loaded past its cores: longer than a file may take.
      await jest.advanceTimersByTimeAsync(FILE_TIME_LIMIT_MS + 5_000);
      made[0]!.answer(READER_STARTED as never);
    }
    await jest.advanceTimersByTimeAsync(answerAfterMs);
    made[0]!.answer(failedRead({ name: "a.xlsx", sha256: "" }, "validate", "memory") as never);
    return (await done).map(refusal);
  }

  it("counts no file's time while its reader starts, and all of it once it runs", async () => {
    expect(await readOne("later", FILE_TIME_LIMIT_MS - 1_000)).toEqual([expect.stringMatching(/memory/)]);
    expect(await readOne("later", FILE_TIME_LIMIT_MS + 1_000)).toEqual([
      expect.stringMatching(/took over 10 seconds/),
    ]);
  });

  it("counts it from the first on a reader that said it runs before the files came", async () => {
    expect(await readOne("before the files came", FILE_TIME_LIMIT_MS + 1_000)).toEqual([
      expect.stringMatching(/took over 10 seconds/),
    ]);
  });

  it("refuses the file, not for its own fault, when its reader never starts", async () => {
    expect(await readOne("never", READER_START_LIMIT_MS + 1_000)).toEqual([
      expect.stringMatching(/the reader did not start within 60 seconds/),
    ]);
  });
});
