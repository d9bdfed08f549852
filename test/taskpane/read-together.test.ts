/** @jest-environment node */
import { createHash } from "node:crypto";
import { readOnPool } from "../../src/taskpane/worker/read-pool";
import { startReaders } from "../../src/taskpane/worker/start-readers";
import { fetchPayload } from "../../src/taskpane/worker/read-payload";
import { readTogether, TOGETHER_BYTES, TOGETHER_FILES } from "../../src/taskpane/worker/read-together";
import type { PreparedRead } from "../../src/taskpane/worker/prepared-read";
import type { FilePayload } from "../../src/taskpane/worker/protocol";
import { fill } from "../../src/core";
import { failedRead, READER_STARTED } from "../../src/pipeline";
import { WORDS } from "../../src/core/vocabulary";

/** A picked file of `size` bytes of its own, each of its reads of its own noted in `alone`. */
function picked(name: string, size: number, alone: string[]): FilePayload {
  const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 31 + name.charCodeAt(0)) % 251);
  const file = new File([bytes], name);
  const read = file.arrayBuffer.bind(file);
  file.arrayBuffer = () => {
    alone.push(name);
    return read();
  };
  return { name, file };
}

/** A file as large as `size` says, whose every read fails: gone since it was picked, or too large to read. */
const unreadable = (name: string, size: number): FilePayload => ({
  name,
  file: {
    size,
    lastModified: 0,
    arrayBuffer: () => Promise.reject(new Error(`${name} must not be read`)),
  } as unknown as File,
});

const sha256 = async (file: File) =>
  createHash("sha256")
    .update(new Uint8Array(await new Blob([file]).arrayBuffer()))
    .digest("hex");

/** A reader worker that keeps what it is sent and answers each at once, as failed: only the sending counts here. */
function keepingReader(sent: PreparedRead[]) {
  return () => {
    const worker = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: (read: PreparedRead) => {
        if (sent.length === 0)
          queueMicrotask(() => worker.onmessage?.({ data: READER_STARTED } as MessageEvent));
        sent.push(read);
        const outcome = failedRead({ name: "", sha256: "" }, "rollup", "crash");
        queueMicrotask(() => worker.onmessage?.({ data: outcome } as MessageEvent));
      },
      terminate: () => undefined,
    };
    return worker as unknown as Worker;
  };
}

describe("the page's reading of picked files", () => {
  it("reads a run of small files with one read, each handed to its reader with its own bytes and digest", async () => {
    const alone: string[] = [];
    const files = [
      picked("a.xlsx", 3000, alone),
      picked("b.xlsx", 5000, alone),
      unreadable("huge.xlsx", 3 * 1024 ** 3),
      picked("c.xlsx", 700, alone),
      picked("d.xlsx", 900, alone),
    ];
    const sent: PreparedRead[] = [];
    const readFiles = readOnPool(keepingReader(sent), startReaders(keepingReader(sent), 2));
    await readFiles(files, "rollup", () => undefined);
    expect(sent).toHaveLength(files.length);
    // No file was read on its own: a and b came in one read, c and d in another; huge was refused unread.
    expect(alone).toEqual([]);
    for (const [i, read] of sent.entries()) {
      const file = files[i]!;
      if (file.name === "huge.xlsx") {
        expect("outcome" in read.fetched).toBe(true);
        continue;
      }
      if (!("bytes" in read.fetched)) throw new Error(`${file.name} was not read`);
      expect(read.fetched.source.name).toBe(file.name);
      expect(read.fetched.bytes).toEqual(new Uint8Array(await new Blob([file.file]).arrayBuffer()));
      expect(read.fetched.source.sha256).toBe(await sha256(file.file));
    }
  });

  it("reads each file of a run whose read failed on its own: only the one gone is refused, as gone", async () => {
    const alone: string[] = [];
    const files = [picked("a.xlsx", 100, alone), unreadable("gone.xlsx", 100), picked("c.xlsx", 100, alone)];
    const read = readTogether(files, () => Promise.reject(new Error("a file of the run is gone")));
    const fetched = await Promise.all(files.map((file) => fetchPayload(file, "validate", read)));
    expect(alone).toEqual(["a.xlsx", "c.xlsx"]);
    expect("bytes" in fetched[0]! && fetched[0].source.sha256).toBe(await sha256(files[0]!.file));
    expect("bytes" in fetched[2]! && fetched[2].source.sha256).toBe(await sha256(files[2]!.file));
    const gone = fetched[1]!;
    expect("outcome" in gone && gone.outcome.purpose === "validate" && gone.outcome.file.unusable).toEqual(
      fill(WORDS.worker.fileGone, { file: "gone.xlsx" }),
    );
  });

  it("reads each file on its own where the run gave other than their sizes together (one changed)", async () => {
    const alone: string[] = [];
    const files = [picked("a.xlsx", 100, alone), picked("b.xlsx", 200, alone)];
    const read = readTogether(files, () => Promise.resolve(new ArrayBuffer(250)));
    const bytes = await Promise.all(files.map((file) => read(file.file)));
    expect(alone).toEqual(["a.xlsx", "b.xlsx"]);
    expect(bytes.map((b) => b.byteLength)).toEqual([100, 200]);
  });

  it("reads at most TOGETHER_FILES files and TOGETHER_BYTES bytes together, a larger file alone", async () => {
    const alone: string[] = [];
    const runs: number[] = [];
    const files = [
      ...Array.from({ length: TOGETHER_FILES + 2 }, (_, i) => picked(`s${i}.xlsx`, 10, alone)),
      picked("big.xlsx", TOGETHER_BYTES + 1, alone),
      picked("half1.xlsx", TOGETHER_BYTES / 2, alone),
      picked("half2.xlsx", TOGETHER_BYTES / 2 + 1, alone),
    ];
    const read = readTogether(files, (run) => {
      runs.push(run.length);
      return new Blob(run as File[]).arrayBuffer();
    });
    for (const file of files) expect((await read(file.file)).byteLength).toBe(file.file.size);
    expect(runs).toEqual([TOGETHER_FILES, 2]);
    expect(alone).toEqual(["big.xlsx", "half1.xlsx", "half2.xlsx"]);
  });
});
