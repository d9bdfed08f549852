import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as XLSX from "@e965/xlsx";

/**
 * The peer a developer would write in Node: a plain single-threaded loop in which SheetJS reads every
 * report of a folder and the TD_ names' figures are summed. Run as its own process; prints JSON.
 */
function total(file: string): number {
  const book = XLSX.read(readFileSync(file));
  let sum = 0;
  for (const name of book.Workbook?.Names ?? []) {
    if (!name.Name.startsWith("TD_")) continue;
    const bang = name.Ref.lastIndexOf("!");
    const sheet = name.Ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const value = book.Sheets[sheet]?.[name.Ref.slice(bang + 1).replace(/\$/g, "")]?.v;
    if (typeof value === "number") sum += value;
  }
  return sum;
}

const folder = process.argv[2]!;
const start = performance.now();
const files = readdirSync(folder).sort();
const sum = files.reduce((s, name) => s + total(path.join(folder, name)), 0);
process.stdout.write(
  `${JSON.stringify({ files: files.length, sum, seconds: (performance.now() - start) / 1000 })}\n`,
);
