import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openpyxlPython } from "../../src/cli/bench/bench-reports";
import type { TypedValue } from "./fill-by-name";

type Cell = string | number | null;

/** Runs a Python script with openpyxl, another program than ours, on a workbook; what it printed. */
function runOpenpyxl(script: string, args: readonly string[]): string {
  const python = openpyxlPython();
  if (!python) throw new Error("these tests need a Python with openpyxl (/usr/bin/python3 has it)");
  return execFileSync(python, [script, ...args], { encoding: "utf8", stdio: "pipe", timeout: 60_000 });
}

/** A defined name's cell as openpyxl reads it (see named-cells.py). */
export interface NamedCell {
  readonly sheet: string;
  readonly address: string;
  /** A formula with its leading "=", or what the cell holds. */
  readonly value: string | number | null;
  readonly locked: boolean;
  readonly protected: boolean;
  readonly validations: readonly { type: string; operator: string | null; formula1: string | null }[];
}

/** Every defined name's cell of the workbook file, by name. */
export const namedCells = (file: string): Record<string, NamedCell> =>
  JSON.parse(runOpenpyxl(path.join(__dirname, "named-cells.py"), [file])) as Record<string, NamedCell>;

/** Adds rows under an Excel table of the workbook file and widens the table over them, in place. */
export function appendTableRows(file: string, table: string, rows: readonly (readonly Cell[])[]): void {
  runOpenpyxl(path.join(__dirname, "append-table-rows.py"), [file, table, JSON.stringify(rows)]);
}

/**
 * A template filled by openpyxl, each input by its defined name, as the bench fills reports: formulas kept
 * and every cached result dropped, so a spreadsheet must recompute them.
 */
export function fillWithOpenpyxl(template: Uint8Array, values: Record<string, TypedValue>): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-openpyxl-"));
  try {
    const [blank, out, jobs] = ["blank.xlsx", "out.xlsx", "jobs.json"].map((f) => path.join(dir, f));
    writeFileSync(blank!, template);
    writeFileSync(jobs!, JSON.stringify([{ template: blank, out, values }]));
    runOpenpyxl(path.resolve(__dirname, "../../scripts/bench/fill-reports.py"), [jobs!]);
    return new Uint8Array(readFileSync(out!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A workbook with cells set by openpyxl, each at its sheet and address, any sheet not there added: a
 * text beginning with "=" is a formula, saved without its result. Then the `merges` ("B3:B5") merged,
 * each keeping its top left cell's value.
 */
export function setWithOpenpyxl(
  workbook: Uint8Array,
  cells: readonly (readonly [sheet: string, address: string, value: Cell])[],
  merges: readonly (readonly [sheet: string, range: string])[] = [],
): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-openpyxl-"));
  try {
    const [input, out, job] = ["in.xlsx", "out.xlsx", "job.json"].map((f) => path.join(dir, f));
    writeFileSync(input!, workbook);
    writeFileSync(job!, JSON.stringify({ in: input, out, cells, merges }));
    runOpenpyxl(path.join(__dirname, "set-cells.py"), [job!]);
    return new Uint8Array(readFileSync(out!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
