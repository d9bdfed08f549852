import path from "node:path";
import { readReceived } from "../../pipeline/read-received";
import { NATIVE_ZIP_CODEC } from "../native-zip-codec";
import { folderFiles, median } from "./file-read";

type Read = (bytes: Uint8Array, name: string) => unknown;

function readerOf(lib: string): Read {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- another build's modules, found at run time
  const other = require(path.join(lib, "pipeline/read-received.js")) as { readReceived: typeof readReceived };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same build's zlib codec
  const codec = require(path.join(lib, "cli/native-zip-codec.js")) as {
    NATIVE_ZIP_CODEC: typeof NATIVE_ZIP_CODEC;
  };
  return (bytes, name) => other.readReceived(bytes, { name, sha256: "" }, "rollup", codec.NATIVE_ZIP_CODEC);
}

export interface AgainstFigures {
  /** CPU milliseconds per report (median over rounds): this build, then the other. */
  readonly thisMs: number;
  readonly otherMs: number;
}

/**
 * This build's reading of one report against another build's, in one process, round after round in turn so
 * that a machine's wandering speed slows both alike: the CPU time per report of each (its threads together,
 * as the collector's work is part of a read). Which goes first swaps each round: of two identical builds,
 * the one read second in every round came out 4–7 % faster.
 */
export function oneThreadAgainst(otherLib: string, folder: string, count = 100, rounds = 9): AgainstFigures {
  const files = folderFiles(folder, count);
  const reads: Read[] = [
    (bytes, name) => readReceived(bytes, { name, sha256: "" }, "rollup", NATIVE_ZIP_CODEC),
    readerOf(otherLib),
  ];
  const times: number[][] = [[], []];
  for (const read of reads) for (const f of files) read(f.bytes, f.name);
  for (let r = 0; r < rounds; r++)
    for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = process.cpuUsage();
      for (const f of files) reads[i]!(f.bytes, f.name);
      const used = process.cpuUsage(start);
      times[i]!.push((used.user + used.system) / 1000 / files.length);
    }
  return { thisMs: median(times[0]!), otherMs: median(times[1]!) };
}
