import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { inflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { readReceived } from "../../pipeline/read-received";
import { DEFAULT_LIMITS } from "../../xlsx";
import { zipEntries } from "../../xlsx/zip/zip-entries";
import { NATIVE_ZIP_CODEC } from "../native-zip-codec";
import { sheetjsSum } from "./sheetjs-sum";

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface FileReadFigures {
  readonly kib: number;
  /** Read, guard, extract, validate and reduce one file, in one thread, as the CLI does (Node's zlib). */
  readonly readMs: number;
  /** The same with fflate, as the page's and the add-in's readers do. */
  readonly scriptReadMs: number;
  /** Only inflating every part of the same file with Node's zlib: the floor the CLI's reader stands on. */
  readonly unzipMs: number;
  /** Only inflating every part with fflate's unzipSync: the page's floor. */
  readonly scriptUnzipMs: number;
  /**
   * The SheetJS loop's work on the same file (read it whole, sum the TD_ names): beside the reader's own
   * time, a ratio that does not depend on how many cores a machine has.
   */
  readonly sheetjsMs: number;
}

type File = { readonly name: string; readonly bytes: Uint8Array };

/** The first `count` files of a folder, read into memory. */
export const folderFiles = (folder: string, count: number): File[] =>
  readdirSync(folder)
    .slice(0, count)
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(folder, name))) }));

export function nativeUnzip(file: File): void {
  for (const entry of zipEntries(file.bytes, file.name, DEFAULT_LIMITS))
    if (entry.method === 8)
      inflateRawSync(file.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize));
}

/** Medians over the first `count` files of a folder, after a warm-up round. */
export function fileRead(folder: string, count = 200): FileReadFigures {
  const files = folderFiles(folder, count);
  const time = (run: (f: File) => unknown) => {
    for (const f of files) run(f);
    return median(
      files.map((f) => {
        const t = performance.now();
        run(f);
        return performance.now() - t;
      }),
    );
  };
  const source = (f: File) => ({ name: f.name, sha256: "" });
  return {
    kib: files.reduce((s, f) => s + f.bytes.length, 0) / files.length / 1024,
    readMs: time((f) => readReceived(f.bytes, source(f), "rollup", NATIVE_ZIP_CODEC)),
    scriptReadMs: time((f) => readReceived(f.bytes, source(f), "rollup")),
    unzipMs: time(nativeUnzip),
    scriptUnzipMs: time((f) => unzipSync(f.bytes)),
    sheetjsMs: time((f) => sheetjsSum(f.bytes)),
  };
}
