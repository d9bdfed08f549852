import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { defaultTargets, layoutReport, parsePeriod, TEMPLATE_IDS } from "../../../src/core";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { openpyxlPython } from "../../../src/cli/bench/bench-reports";
import { fillWithOpenpyxl } from "../openpyxl";
import { CONTROL_CASE, LIBREOFFICE_CASES, OPENPYXL_CASES, type ClerkCase } from "./cases";
import { typedFigures } from "./figures";
import { GNUMERIC_CASES, runGnumeric } from "./gnumeric-clerk";

/** Python-UNO lives in the system's Python, beside the LibreOffice it drives. */
export const UNO_PYTHON = process.env.UNO_PYTHON ?? "/usr/bin/python3";
export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

/** The unit's template for Đợt 1 of 2025, written by the product, with its assigned targets. */
export async function template(): Promise<Uint8Array> {
  const plan = layoutReport({
    unit: { code: "CD_P07", name: "Công đoàn phường Ba Đình", kind: "commune", parentCode: "LDLD_HN" },
    period: parsePeriod("2025-D1")!,
    templates: TEMPLATE_IDS,
    targets: { ...defaultTargets(TEMPLATE_IDS), B02_members_admitted: 60, B02_unions_founded: 2 },
  });
  return writeWorkbookPlan(plan);
}

/** Runs a clerk script on a jobs file; what it answers, case by case: null, or what went wrong. */
export function runScript(
  python: string,
  script: string,
  jobs: object,
  jobsFile: string,
  timeoutMs: number,
): Record<string, string | null> {
  writeFileSync(jobsFile, JSON.stringify(jobs));
  const answer = execFileSync(python, [path.join(__dirname, script), jobsFile], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: timeoutMs,
  });
  return JSON.parse(answer) as Record<string, string | null>;
}

const byLocale = (cases: readonly ClerkCase[]) =>
  ["en-US", "vi-VN"].map((locale) => ({
    locale,
    cases: cases.filter((c) => c.locale === locale).map(({ id, change, format }) => ({ id, change, format })),
  }));

/** The template filled by openpyxl with the hand-made figures, as `dir`/filled.xlsx: its path. */
export async function writeFilled(dir: string): Promise<string> {
  const filled = path.join(dir, "filled.xlsx");
  writeFileSync(filled, fillWithOpenpyxl(await template(), typedFigures()));
  return filled;
}

/**
 * The corpus's halves, made and judged in two test files so that two test processes share the time: the
 * en-US half holds LibreOffice's en-US cases, openpyxl's, the control and Gnumeric's (which open LibreOffice
 * en-US outputs); the vi-VN half LibreOffice's vi-VN cases.
 */
export type CorpusHalf = "en-US" | "vi-VN";

/** The cases of a half of the corpus (CorpusHalf), the control case aside. */
export function halfCases(half: CorpusHalf): ClerkCase[] {
  const libreOffice = LIBREOFFICE_CASES.filter((c) => c.locale === half);
  return half === "en-US" ? [...libreOffice, ...OPENPYXL_CASES, ...GNUMERIC_CASES] : libreOffice;
}

/**
 * A half of the corpus in `dir`: the template filled by openpyxl, then every case's change made by its
 * program, each output `<id>.<format>`. Returns what went wrong in a program, case by case (null: nothing).
 */
export async function makeCorpus(dir: string, half: CorpusHalf): Promise<Record<string, string | null>> {
  const filled = await writeFilled(dir);
  const python = openpyxlPython();
  if (!python) throw new Error("the honest corpus needs a Python with openpyxl (/usr/bin/python3 has it)");
  const libreOffice = runScript(
    UNO_PYTHON,
    "libreoffice-clerk.py",
    {
      soffice: SOFFICE,
      source: filled,
      outDir: dir,
      runs: byLocale(LIBREOFFICE_CASES).filter((run) => run.locale === half),
    },
    path.join(dir, "libreoffice-jobs.json"),
    300_000,
  );
  if (half === "vi-VN") return libreOffice;
  const openpyxl = runScript(
    python,
    "openpyxl-clerk.py",
    {
      source: filled,
      outDir: dir,
      cases: [...OPENPYXL_CASES, CONTROL_CASE].map(({ id, change }) => ({ id, change })),
    },
    path.join(dir, "openpyxl-jobs.json"),
    120_000,
  );
  return { ...libreOffice, ...openpyxl, ...runGnumeric(filled, dir) };
}
