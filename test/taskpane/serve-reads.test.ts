/** @jest-environment node */
import { serveReads } from "../../src/taskpane/worker/serve-reads";
import { readOnPool, type ReadRequest } from "../../src/taskpane/worker/read-pool";
import { startReaders } from "../../src/taskpane/worker/start-readers";
import type { PreparedRead } from "../../src/taskpane/worker/prepared-read";
import type { ReadOutcome } from "../../src/pipeline";
import { fill } from "../../src/core";
import { WORDS } from "../../src/core/vocabulary";

/** A picked file whose bytes arrive when the test says so, noting when they were asked for. */
function slowFile(name: string, asked: string[]) {
  let deliver: () => void = () => undefined;
  const bytes = new Promise<ArrayBuffer>((resolve) => (deliver = () => resolve(new ArrayBuffer(8))));
  const file = {
    size: 8,
    lastModified: 0,
    arrayBuffer: () => {
      asked.push(name);
      return bytes;
    },
  };
  return { payload: { name, file } as unknown as ReadRequest["file"], deliver: () => deliver() };
}

/** A reader worker that keeps what it is sent, unanswered. */
function silentReader(sent: PreparedRead[]) {
  return () =>
    ({
      postMessage: (read: PreparedRead) => sent.push(read),
      terminate: () => undefined,
    }) as unknown as Worker;
}

/** A reader worker served by serveReads in this thread, as a browser would run it in its own. */
function inThisThread(): Worker {
  const worker = { onmessage: null as ((event: MessageEvent) => void) | null, terminate: () => undefined };
  const scope = {
    onmessage: null as ((event: MessageEvent<PreparedRead>) => void) | null,
    postMessage: (outcome: ReadOutcome) =>
      queueMicrotask(() => worker.onmessage?.({ data: outcome } as MessageEvent)),
  };
  serveReads(scope as unknown as DedicatedWorkerGlobalScope);
  return Object.assign(worker, {
    postMessage: (read: PreparedRead) =>
      queueMicrotask(() => scope.onmessage!({ data: read } as MessageEvent)),
  }) as unknown as Worker;
}

/** Waits until `done` holds, for at most two seconds. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 2_000; waited += 5)
    await new Promise((resolve) => setTimeout(resolve, 5));
}

const sentName = (read: PreparedRead) =>
  "bytes" in read.fetched
    ? read.fetched.source.name
    : read.fetched.outcome.purpose === "rollup"
      ? read.fetched.outcome.checked.source.name
      : "";

describe("the page's pool of readers", () => {
  it("fetches the next file's bytes while the one before waits, and hands them over in the order sent", async () => {
    const sent: PreparedRead[] = [];
    const readFiles = readOnPool(silentReader(sent), startReaders(silentReader(sent), 2));
    const asked: string[] = [];
    const first = slowFile("a.xlsx", asked);
    const second = slowFile("b.xlsx", asked);
    void readFiles([first.payload, second.payload], "rollup", () => undefined);
    // Both are asked for at once; the first has not come yet, so nothing is handed over.
    await until(() => asked.length === 2);
    expect(asked).toEqual(["a.xlsx", "b.xlsx"]);
    second.deliver();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
    first.deliver();
    await until(() => sent.length === 2);
    expect(sent.map(sentName)).toEqual(["a.xlsx", "b.xlsx"]);
  });
});

describe("a file the browser can no longer read", () => {
  it("is refused at once with why, naming it, in its turn, and the next is read", async () => {
    const gone = {
      name: "gone.xlsx",
      file: {
        size: 8,
        lastModified: 0,
        // What Chromium says of a picked file deleted or changed since.
        arrayBuffer: () => Promise.reject(new DOMException("changed", "NotReadableError")),
      },
    } as unknown as ReadRequest["file"];
    const next = slowFile("next.xlsx", []);
    const readFiles = readOnPool(inThisThread, startReaders(inThisThread, 2));
    const outcomes = readFiles([gone, next.payload], "rollup", () => undefined);
    next.deliver();
    const posted = await outcomes;
    expect(posted.map((o) => (o.purpose === "rollup" ? o.checked.source.name : ""))).toEqual([
      "gone.xlsx",
      "next.xlsx",
    ]);
    expect(posted[0]).toMatchObject({
      checked: { rule: "file.unreadable", reason: fill(WORDS.worker.fileGone, { file: "gone.xlsx" }) },
    });
  });
});
