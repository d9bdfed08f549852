import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { nativeUnzip } from "./file-read";

/** The floor under every reader: Node's zlib inflates every part of every report of a folder, nothing more. */
const folder = process.argv[2]!;
const start = performance.now();
const files = readdirSync(folder).sort();
for (const name of files) nativeUnzip({ name, bytes: new Uint8Array(readFileSync(path.join(folder, name))) });
process.stdout.write(
  `${JSON.stringify({ files: files.length, seconds: (performance.now() - start) / 1000 })}\n`,
);
