/** @jest-environment node */
import { serveReads } from "../../src/taskpane/worker/serve-reads";
import type { ReadRequest } from "../../src/taskpane/worker/read-pool";
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

describe("a reader of the page's pool", () => {
  it("asks for the next file's bytes while the one before waits, and answers in the order sent", async () => {
    const posted: string[] = [];
    const scope = {
      onmessage: null as ((event: MessageEvent<ReadRequest>) => void) | null,
      postMessage: (outcome: { checked: { source: { name: string } } }) =>
        posted.push(outcome.checked.source.name),
    };
    serveReads(scope as unknown as DedicatedWorkerGlobalScope);
    const asked: string[] = [];
    const first = slowFile("a.xlsx", asked);
    const second = slowFile("b.xlsx", asked);
    for (const { payload } of [first, second])
      scope.onmessage!({ data: { file: payload, purpose: "rollup" } } as MessageEvent<ReadRequest>);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Both were asked for at once; the first has not come yet, so nothing is answered.
    expect(asked).toEqual(["a.xlsx", "b.xlsx"]);
    expect(posted).toEqual([]);
    second.deliver();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(posted).toEqual([]);
    first.deliver();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted).toEqual(["a.xlsx", "b.xlsx"]);
  });
});

describe("a file the browser can no longer read", () => {
  it("is refused at once with why, naming it, in its turn, and the next is read", async () => {
    const posted: ReadOutcome[] = [];
    const scope = {
      onmessage: null as ((event: MessageEvent<ReadRequest>) => void) | null,
      postMessage: (outcome: ReadOutcome) => posted.push(outcome),
    };
    serveReads(scope as unknown as DedicatedWorkerGlobalScope);
    const asked: string[] = [];
    const gone = {
      name: "gone.xlsx",
      file: {
        size: 8,
        lastModified: 0,
        // What Chromium says of a picked file deleted or changed since.
        arrayBuffer: () => Promise.reject(new DOMException("changed", "NotReadableError")),
      },
    } as unknown as ReadRequest["file"];
    const next = slowFile("next.xlsx", asked);
    for (const file of [gone, next.payload])
      scope.onmessage!({ data: { file, purpose: "rollup" } } as MessageEvent<ReadRequest>);
    next.deliver();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted.map((o) => (o.purpose === "rollup" ? o.checked.source.name : ""))).toEqual([
      "gone.xlsx",
      "next.xlsx",
    ]);
    expect(posted[0]).toMatchObject({
      checked: { rule: "file.unreadable", reason: fill(WORDS.worker.fileGone, { file: "gone.xlsx" }) },
    });
  });
});
