import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openpyxlPython } from "../../../src/cli/bench/bench-reports";
import type { Format } from "./cases";
import { judge, type Judged } from "./judge";
import { runScript, SOFFICE, UNO_PYTHON, writeFilled } from "./make-corpus";

/** A change (a key of SEEN_CHANGES in libreoffice_changes.py or openpyxl-clerk.py) made to the filled report. */
export interface MadeCase {
  readonly program: "LibreOffice" | "openpyxl";
  readonly change: string;
  readonly format: Format;
}

const idOf = ({ program, change, format }: MadeCase) => `${program}-${change}-${format}`;

/**
 * The filled report of the honest corpus with each change made by its program's own commands (LibreOffice in
 * an en-US profile), saved in its format, in `dir`: each file's bytes, or what went wrong in the program.
 */
export async function clerkMade(
  dir: string,
  cases: readonly MadeCase[],
): Promise<(made: MadeCase) => Uint8Array | string> {
  const source = await writeFilled(dir);
  const of = (program: MadeCase["program"]) =>
    cases
      .filter((c) => c.program === program)
      .map((c) => ({ id: idOf(c), change: c.change, format: c.format }));
  const failed: Record<string, string | null> = {};
  const [office, scripted] = [of("LibreOffice"), of("openpyxl")];
  if (office.length > 0) {
    const runs = [{ locale: "en-US", cases: office }];
    const jobs = { soffice: SOFFICE, source, outDir: dir, runs };
    Object.assign(
      failed,
      runScript(UNO_PYTHON, "libreoffice-clerk.py", jobs, path.join(dir, "lo.json"), 300_000),
    );
  }
  if (scripted.length > 0) {
    const python = openpyxlPython();
    if (!python) throw new Error("these files need a Python with openpyxl (/usr/bin/python3 has it)");
    const jobs = { source, outDir: dir, cases: scripted };
    Object.assign(failed, runScript(python, "openpyxl-clerk.py", jobs, path.join(dir, "py.json"), 120_000));
  }
  return (made) =>
    failed[idOf(made)] ?? new Uint8Array(readFileSync(path.join(dir, `${idOf(made)}.${made.format}`)));
}

const FORMATS: readonly Format[] = ["xlsx", "xls", "ods"];

/** A change made by LibreOffice's own commands, saved in each of its formats. */
export const byLibreOffice = (change: string): MadeCase[] =>
  FORMATS.map((format) => ({ program: "LibreOffice", change, format }));

/** A change made by an openpyxl script, saved as .xlsx. */
export const byOpenpyxl = (change: string): MadeCase => ({ program: "openpyxl", change, format: "xlsx" });

/**
 * Makes the cases once for a test file (in `beforeAll`, removed in `afterAll`): each one's bytes, and its
 * verdict as the roll-up reads it; a case its program failed to make fails the test that asks for it.
 */
export function madeOnce(
  name: string,
  cases: readonly MadeCase[],
): { bytes: (made: MadeCase) => Uint8Array; judged: (made: MadeCase) => Judged } {
  let dir: string;
  let made: (c: MadeCase) => Uint8Array | string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), `thidua-${name}-`));
    made = await clerkMade(dir, cases);
  }, 400_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bytes = (c: MadeCase) => {
    const file = made(c);
    if (typeof file === "string") throw new Error(`${c.program} failed: ${file}`);
    return file;
  };
  return { bytes, judged: (c) => judge(bytes(c), `r.${c.format}`) };
}
