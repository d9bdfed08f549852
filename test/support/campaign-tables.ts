import { execFileSync } from "node:child_process";
import path from "node:path";
import { openpyxlPython } from "../../src/cli/bench/bench-reports";

type Cell = string | number | null;

/**
 * Writes a table of a campaign workbook anew with openpyxl, as a province types its plan over the rows
 * `campaign init` wrote: its rows replaced by `rows` (an ISO date "2020-10-03" becomes a date cell), its
 * header by `header` when given (TD_Targets headed by the plan's own targets).
 */
export function writeTableRows(
  file: string,
  table: string,
  rows: readonly (readonly Cell[])[],
  header?: readonly string[],
): void {
  const python = openpyxlPython();
  if (!python) throw new Error("these tests need a Python with openpyxl (/usr/bin/python3 has it)");
  execFileSync(
    python,
    [
      path.join(__dirname, "write-table-rows.py"),
      file,
      table,
      JSON.stringify(header ?? null),
      JSON.stringify(rows),
    ],
    { encoding: "utf8", stdio: "pipe", timeout: 60_000 },
  );
}
