import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  defaultTargets,
  formCells,
  getTemplate,
  layoutReport,
  parsePeriod,
  sampleForms,
  TEMPLATE_IDS,
  type ReportingUnit,
} from "../../core";
import { GENERATOR_VERSION } from "../../core/version";
import { writeWorkbook } from "../write-workbook";

export const BENCH_PERIOD = "2025-D1";
const ROOT = path.resolve(__dirname, "../../..");
const code = (i: number) => `U${String(i + 1).padStart(4, "0")}`;

const importsOpenpyxl = (python: string) =>
  spawnSync(python, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0;

let found: { python: string | undefined } | undefined;

/**
 * A Python that has openpyxl (a version manager's python3 may shadow the system's, which has it), if any:
 * it fills the bench's reports and is a peer to compare with. Looked for once, when first asked, so that
 * importing the bench's helpers (the browser tests do) starts no process.
 */
export function openpyxlPython(): string | undefined {
  found ??= {
    python: [process.env.PYTHON, "python3", "/usr/bin/python3"].find(
      (python) => python && importsOpenpyxl(python),
    ),
  };
  return found.python;
}

/** The reports' folder and who filled them. */
export interface BenchReports {
  readonly folder: string;
  /** openpyxl: blank templates filled by name, optional inputs left blank, no cached results (as received). */
  readonly filledBy: "openpyxl" | "thidua";
}

const unitOf = (i: number): ReportingUnit => ({
  code: code(i),
  name: `Công đoàn xã ${i + 1}`,
  kind: "commune",
  parentCode: "LDLD_T",
});

/** Every required input's figure by its defined name: optional ones (transfers, "Khác") are left blank. */
function requiredFigures(seed: number): Record<string, number> {
  const forms = sampleForms(TEMPLATE_IDS, seed, { blankOptional: true });
  const figures: Record<string, number> = {};
  for (const id of TEMPLATE_IDS)
    for (const cell of formCells(getTemplate(id))) {
      const value = forms[id]?.[cell.row.key]?.[cell.col.key];
      if (cell.required && typeof value === "number") figures[cell.name] = value;
    }
  return figures;
}

/**
 * A folder of `count` report workbooks (four forms, plausible figures), written once per generator
 * version and reused: writing thousands of workbooks takes longer than reading them. Where openpyxl
 * runs, they are filled as the red team's were (each report then carries the warnings of its blank
 * optional inputs); elsewhere by Thi Đua's own writer, every input filled.
 */
export async function benchReports(root: string, count: number): Promise<BenchReports> {
  const python = openpyxlPython();
  const filledBy = python ? "openpyxl" : "thidua";
  const folder = path.join(root, `reports-${GENERATOR_VERSION}-${filledBy}-${count}`);
  if (existsSync(folder) && readdirSync(folder).length === count) return { folder, filledBy };
  mkdirSync(folder, { recursive: true });
  const period = parsePeriod(BENCH_PERIOD)!;
  const targets = defaultTargets(TEMPLATE_IDS);
  const blanks = path.join(root, `blank-${count}`);
  mkdirSync(blanks, { recursive: true });
  const jobs = [];
  for (let i = 0; i < count; i++) {
    const unit = unitOf(i);
    const out = path.join(folder, `${unit.code}.xlsx`);
    if (filledBy === "thidua") {
      const forms = sampleForms(TEMPLATE_IDS, i + 1);
      writeFileSync(
        out,
        await writeWorkbook(layoutReport({ unit, period, templates: TEMPLATE_IDS, targets, forms })),
      );
      continue;
    }
    const template = path.join(blanks, `${unit.code}.xlsx`);
    writeFileSync(
      template,
      await writeWorkbook(layoutReport({ unit, period, templates: TEMPLATE_IDS, targets })),
    );
    jobs.push({ template, out, values: requiredFigures(i + 1) });
  }
  if (python && jobs.length > 0) {
    const list = path.join(blanks, "jobs.json");
    writeFileSync(list, JSON.stringify(jobs));
    const filled = spawnSync(python, [path.join(ROOT, "scripts/bench/fill-reports.py"), list], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (filled.status !== 0)
      throw new Error(`openpyxl could not fill the bench's reports (exit ${filled.status})`);
  }
  rmSync(blanks, { recursive: true, force: true });
  return { folder, filledBy };
}
