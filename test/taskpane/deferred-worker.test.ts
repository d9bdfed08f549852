/**
 * @jest-environment jsdom
 */
import { DeferredWorker } from "../../src/taskpane/worker/deferred-worker";

/** A stand-in for a started Web Worker: records what it is sent and lets the test answer. */
class StartedWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

function later() {
  let start: (worker: StartedWorker) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const started = new Promise<Worker>((resolve, reject) => {
    start = (worker) => resolve(worker as unknown as Worker);
    fail = reject;
  });
  return { started, start, fail };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a worker whose script is still being unpacked", () => {
  it("passes on what it was sent, in order, once started, then straight through; and its answers back", async () => {
    const { started, start } = later();
    const deferred = new DeferredWorker(started);
    const answers: unknown[] = [];
    deferred.onmessage = (event) => answers.push(event.data);
    deferred.postMessage("head");
    deferred.postMessage("files");
    const worker = new StartedWorker();
    worker.sent.push("its script");
    start(worker);
    await settled();
    deferred.postMessage("more files");
    expect(worker.sent).toEqual(["its script", "head", "files", "more files"]);
    worker.onmessage?.({ data: "done" } as MessageEvent);
    expect(answers).toEqual(["done"]);
  });

  it("never runs when stopped before it starts", async () => {
    const { started, start } = later();
    const deferred = new DeferredWorker(started);
    deferred.postMessage("head");
    deferred.terminate();
    const worker = new StartedWorker();
    start(worker);
    await settled();
    expect(worker.terminated).toBe(true);
    expect(worker.sent).toEqual([]);
  });

  it("reports a script that could not be unpacked as the worker's error", async () => {
    const { started, fail } = later();
    const deferred = new DeferredWorker(started);
    const errors: string[] = [];
    deferred.onerror = (event) => errors.push(event.message);
    fail(new Error("ChunkLoadError"));
    await settled();
    expect(errors).toEqual(["Error: ChunkLoadError"]);
  });
});
