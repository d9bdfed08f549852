import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sheetjsSum } from "./sheetjs-sum";

/**
 * The peer a developer would write in Node: a plain single-threaded loop in which SheetJS reads every
 * report of a folder and the TD_ names' figures are summed. Run as its own process; prints JSON.
 */
const folder = process.argv[2]!;
const start = performance.now();
const files = readdirSync(folder).sort();
const sum = files.reduce((s, name) => s + sheetjsSum(readFileSync(path.join(folder, name))), 0);
process.stdout.write(
  `${JSON.stringify({ files: files.length, sum, seconds: (performance.now() - start) / 1000 })}\n`,
);
