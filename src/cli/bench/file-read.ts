import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { unzipSync } from "fflate";
import { readReceived } from "../../pipeline";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface FileReadFigures {
  readonly kib: number;
  /** Read, guard, extract, validate and reduce one file, in one thread. */
  readonly readMs: number;
  /** Only inflating every part of the same file: the floor any reader stands on. */
  readonly unzipMs: number;
}

/** Medians over the first `count` files of a folder, after a warm-up round. */
export function fileRead(folder: string, count = 200): FileReadFigures {
  const files = readdirSync(folder)
    .slice(0, count)
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(folder, name))) }));
  const time = (run: (f: (typeof files)[number]) => unknown) => {
    for (const f of files) run(f);
    return median(
      files.map((f) => {
        const t = performance.now();
        run(f);
        return performance.now() - t;
      }),
    );
  };
  return {
    kib: files.reduce((s, f) => s + f.bytes.length, 0) / files.length / 1024,
    readMs: time((f) => readReceived(f.bytes, { name: f.name, sha256: "" }, "rollup")),
    unzipMs: time((f) => unzipSync(f.bytes)),
  };
}
