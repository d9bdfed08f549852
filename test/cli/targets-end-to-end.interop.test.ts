import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  campaignPeriodLabel,
  campaignTemplates,
  defaultCampaign,
  layoutCampaign,
  targetName,
  targetsOf,
  type Assigned,
  type Campaign,
  type CampaignUnit,
  type PlacedTarget,
} from "../../src/core";
import { openpyxlPython } from "../../src/cli/bench/bench-reports";
import { writeWorkbookPlan } from "../../src/xlsx";
import { OWN } from "../support/own-indicators";
import { consistentFills } from "../support/reports";
import { runCli, tempDir } from "./run-cli";

// Every target × how the province writes it (a figure, "-", blank, "-" on the `*` row) through the whole
// plain path, each step by the program a province or a clerk uses: the campaign saved by openpyxl, the
// templates by the CLI, filled by openpyxl (which keeps no empty text and no cached result), computed by
// Gnumeric, then checked and rolled up by the CLI with and without the campaign. Needs openpyxl and Gnumeric.

const YEAR = 2025;
const PERIOD = `${YEAR}-D1`;
/** Seed 000 titles its first round in its own words; its forms carry that title and are read against it. */
const TITLE = `Đợt 1 năm ${YEAR}: Mừng Đảng quang vinh – Mừng sinh nhật Bác`;
const NA = "Không áp dụng";

const TARGETS: readonly PlacedTarget[] = targetsOf(campaignTemplates(OWN), OWN);
type Variant = "figure" | "dash" | "blank" | "starDash" | "starDashFigure";

/** A figure the province assigns, other than any default: a rate of 40 %, a count of 3. */
const assignedFigure = (t: PlacedTarget) => (t.kind === "ratio" ? 0.4 : 3);

interface UnitCase {
  readonly code: string;
  readonly variant: Variant;
  /** The one target whose writing this unit tries; every other is left at the campaign's `*` row. */
  readonly key?: string;
}

function campaignOf(starDash: boolean, cases: readonly UnitCase[]): Campaign {
  const base = defaultCampaign(YEAR);
  const periods = base.periods.map((p) =>
    p.id === PERIOD ? { ...p, label: campaignPeriodLabel(p.id, TITLE, p.start, p.end) } : p,
  );
  const units: CampaignUnit[] = cases.map((c) => ({
    code: c.code,
    name: `Công đoàn ${c.code}`,
    kind: "commune",
  }));
  const assigned = new Map<string, Record<string, Assigned>>();
  for (const c of cases) {
    const own: Record<string, Assigned> = {};
    for (const t of TARGETS)
      if (c.variant === "starDashFigure" || (c.key === t.key && c.variant === "figure"))
        own[t.key] = assignedFigure(t);
      else if (c.key === t.key && c.variant === "dash") own[t.key] = "na";
    assigned.set(c.code, own);
  }
  const defaults: Record<string, Assigned | null> = { ...base.defaults };
  if (starDash) for (const t of TARGETS) defaults[t.key] = "na";
  return {
    ...base,
    periods,
    units,
    indicators: OWN,
    defaults,
    assigned,
    // Each target a pass-or-fail of 10 points: the score is the share of the targets met that apply.
    scoring: TARGETS.map((t) => ({ target: t.key, points: 10, method: "pass_fail" as const })),
  };
}

/** What the province assigned `unit` for `t`, worked out from how it wrote it: a figure, none, or "-". */
function expectedGoal(c: UnitCase, t: PlacedTarget): number | null | "na" {
  if (c.variant === "starDash") return "na";
  if (c.variant === "starDashFigure") return assignedFigure(t);
  if (c.key !== t.key) return t.default ?? null;
  if (c.variant === "figure") return assignedFigure(t);
  if (c.variant === "dash") return "na";
  return t.default ?? null;
}

const python = () => {
  const found = openpyxlPython();
  if (!found) throw new Error("this test needs a Python with openpyxl (/usr/bin/python3 has it)");
  return found;
};
const support = (file: string) => path.join(__dirname, "..", "support", file);
const fillScript = path.join(__dirname, "..", "..", "scripts", "bench", "fill-reports.py");

type Line = [number | string | null, number | string | null, number | string | null];

interface Run {
  readonly dir: string;
  readonly cases: readonly UnitCase[];
  readonly campaignFile: string;
  readonly received: string;
  /** Target lines by file, then by the goal's defined name, as Gnumeric computed them. */
  readonly lines: Record<string, Record<string, Line>>;
}

async function runCampaign(name: string, starDash: boolean, cases: readonly UnitCase[]): Promise<Run> {
  const dir = tempDir(name);
  const written = path.join(dir, "ke-hoach-goc.xlsx");
  writeFileSync(written, await writeWorkbookPlan(layoutCampaign(campaignOf(starDash, cases))));
  // The province keeps its plan in another program: saved again, its empty cells are dropped.
  const campaignFile = path.join(dir, "ke-hoach.xlsx");
  execFileSync(python(), [
    "-c",
    "import openpyxl,sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])",
    written,
    campaignFile,
  ]);
  const blanks = path.join(dir, "bieu-mau");
  const made = await runCli(["templates", "--campaign", campaignFile, "--period", PERIOD, "-o", blanks]);
  expect(made.code).toBe(0);
  const received = path.join(dir, "nhan");
  const computed = path.join(dir, "gnumeric");
  mkdirSync(received);
  mkdirSync(computed);
  const jobs = readdirSync(blanks).map((file, i) => ({
    template: path.join(blanks, file),
    out: path.join(received, file),
    values: consistentFills(campaignTemplates(OWN), 101 + i * 7, [], OWN),
  }));
  writeFileSync(path.join(dir, "fill.json"), JSON.stringify(jobs));
  execFileSync(python(), [fillScript, path.join(dir, "fill.json")], { stdio: "pipe" });
  const judged = jobs.map((job) => ({
    filled: job.out,
    computed: path.join(computed, path.basename(job.out)),
  }));
  for (const job of judged)
    execFileSync("ssconvert", ["--recalc", job.filled, job.computed], { stdio: "pipe", timeout: 60_000 });
  writeFileSync(path.join(dir, "judged.json"), JSON.stringify(judged));
  const out = execFileSync(python(), [support("target-lines.py"), path.join(dir, "judged.json")], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const lines = JSON.parse(out) as Record<string, Record<string, Line>>;
  return { dir, cases, campaignFile, received, lines };
}

const fileOf = (run: Run, code: string) => path.join(run.received, `${code}-${PERIOD}.xlsx`);
const lineOf = (run: Run, code: string, t: PlacedTarget) =>
  run.lines[fileOf(run, code)]![targetName(t.template, t.key)]!;

interface Attained {
  key: string;
  result: number | null;
  target: number | null;
  met: boolean | null;
  applicable: boolean;
}
interface UnitJson {
  code: string;
  score: number | null;
  attainment: Attained[];
}

async function rollup(run: Run, withCampaign: boolean): Promise<Map<string, UnitJson>> {
  const args = ["rollup", run.received, "--period", PERIOD, "--json", "--parent-name", "LĐLĐ tỉnh"];
  const { code, out, err } = await runCli(withCampaign ? [...args, "--campaign", run.campaignFile] : args);
  expect([code, err]).toEqual([0, ""]);
  const json = JSON.parse(out) as { units: UnitJson[]; rejected: unknown[] };
  expect(json.rejected).toEqual([]);
  return new Map(json.units.map((u) => [u.code, u]));
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe("every target as a province writes it, through template, another program, validate, roll-up and score", () => {
  const cases: UnitCase[] = TARGETS.flatMap((t, i) =>
    (["figure", "dash", "blank"] as const).map((variant, j) => ({
      code: `T${i * 3 + j + 10}`,
      variant,
      key: t.key,
    })),
  );
  const starCases: UnitCase[] = [
    { code: "S01", variant: "starDash" },
    { code: "S02", variant: "starDashFigure" },
  ];
  let runs: Run[] = [];

  beforeAll(async () => {
    runs = [await runCampaign("targets", false, cases), await runCampaign("targets-star", true, starCases)];
  }, 300_000);

  it("writes each goal on the form as the province assigned it, as Gnumeric computes the form", () => {
    let lines = 0;
    for (const run of runs)
      for (const c of run.cases)
        for (const t of TARGETS) {
          const [goal, , assessment] = lineOf(run, c.code, t);
          const expected = expectedGoal(c, t);
          if (expected === "na") expect([c.code, t.key, goal, assessment]).toEqual([c.code, t.key, NA, NA]);
          else if (expected === null) expect([c.code, t.key, goal ?? null]).toEqual([c.code, t.key, null]);
          else expect([c.code, t.key, goal]).toEqual([c.code, t.key, expected]);
          lines++;
        }
    expect(lines).toBe((cases.length + starCases.length) * TARGETS.length);
    // Built-in targets with a default and without, and the campaign's own (Biểu 05).
    expect(TARGETS.filter((t) => t.default !== undefined).length).toBeGreaterThan(3);
    expect(TARGETS.some((t) => t.default === undefined && t.template !== "B05")).toBe(true);
    expect(TARGETS.some((t) => t.template === "B05")).toBe(true);
  });

  it.each([true, false])(
    "accepts every unit's honest report (with the campaign: %s)",
    async (withCampaign) => {
      for (const run of runs) {
        const args = ["validate", run.received, "--json"];
        const { out } = await runCli(withCampaign ? [...args, "--campaign", run.campaignFile] : args);
        const files = (
          JSON.parse(out) as { files: { name: string; ready: boolean; findings: { rule: string }[] }[] }
        ).files;
        expect(files).toHaveLength(run.cases.length);
        for (const file of files)
          expect([
            file.name,
            file.ready,
            file.findings.filter((f) => !f.rule.startsWith("cell.formula")),
          ]).toEqual([
            file.name,
            true,
            expect.not.arrayContaining([expect.objectContaining({ rule: "target.goal_differs" })]),
          ]);
      }
    },
  );

  it("rolls up with the campaign: each target applies, is met and scores as the form Gnumeric computed says", async () => {
    for (const run of runs) {
      const units = await rollup(run, true);
      expect([...units.keys()].sort()).toEqual(run.cases.map((c) => c.code).sort());
      for (const c of run.cases) {
        const unit = units.get(c.code)!;
        let [met, judged] = [0, 0];
        for (const t of TARGETS) {
          const [goal, , assessment] = lineOf(run, c.code, t);
          const got = unit.attainment.find((a) => a.key === t.key)!;
          const where = [c.code, t.key];
          expect([...where, got.applicable]).toEqual([...where, assessment !== NA]);
          if (assessment === NA) continue;
          expect([...where, got.target]).toEqual([...where, typeof goal === "number" ? goal : null]);
          if (assessment === "Đạt" || assessment === "Chưa đạt") {
            expect([...where, got.met]).toEqual([...where, assessment === "Đạt"]);
            judged++;
            if (assessment === "Đạt") met++;
          }
        }
        const score = judged === 0 ? null : Math.round((met / judged) * 100 * 100) / 100;
        expect([c.code, unit.score]).toEqual([c.code, score]);
      }
    }
  });

  it("rolls up without the campaign: the built-in targets, save where the unit's forms say Không áp dụng", async () => {
    for (const run of runs) {
      const units = await rollup(run, false);
      for (const c of run.cases)
        for (const t of TARGETS) {
          const [, result, assessment] = lineOf(run, c.code, t);
          const got = units.get(c.code)!.attainment.find((a) => a.key === t.key)!;
          const where = [c.code, t.key];
          expect([...where, got.applicable]).toEqual([...where, assessment !== NA]);
          if (assessment === NA) continue;
          expect([...where, got.target]).toEqual([...where, t.default ?? null]);
          if (typeof result === "number" && t.default !== undefined && !close(result, t.default))
            expect([...where, got.met]).toEqual([...where, result >= t.default]);
        }
    }
  });
});
