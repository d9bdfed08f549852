import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  computeForm,
  findPeriod,
  getTemplate,
  layoutCampaign,
  layoutReport,
  campaignTemplates,
  unitTemplates,
  type FormValues,
  type MetaSource,
  type Report,
  type WorkbookPlan,
} from "../../core";
import { commandLines } from "../command-line";
import { terminalWidth } from "../terminal-width";
import { demoCampaign, PROVINCE, UNITS } from "./demo-province";
import { sampleForms } from "../../core";
import { writeWorkbook } from "../write-workbook";

const OUT = path.resolve("demo-output");
const BIN = path.resolve(__dirname, "../../../bin/thidua.js");
const CAMPAIGN = "demo-output/ke-hoach-thi-dua-2025.xlsx";

/** A round's collections are its share of the year's budget, which every round repeats as planned. */
function collectShare(
  forms: Report["forms"],
  share: number,
  budgetFrom: Report["forms"] = forms,
): Report["forms"] {
  const def = getTemplate("B03");
  const values = structuredClone(forms.B03!) as FormValues;
  for (const row of def.rows.filter((r) => !r.formula)) {
    const budget = budgetFrom.B03![row.key]!.budget!;
    values[row.key] = { ...values[row.key], budget, collected: Math.round(budget * share) };
  }
  return { ...forms, B03: computeForm(def, values) };
}

/** Đợt 2 opens where Đợt 1 closed: opening stocks carried over, the rest of the form still consistent. */
function continueFrom(previous: Report["forms"], next: Report["forms"], jump = 0): Report["forms"] {
  const def = getTemplate("B02");
  const [before, after] = [previous.B02!, structuredClone(next.B02!) as FormValues];
  for (const row of def.rows.filter((r) => !r.formula)) {
    const [b, a] = [before[row.key]!, after[row.key]!];
    a.members_start = b.members_end! + (row.key === "private" ? jump : 0);
    a.unions_start = b.unions_end!;
    // Nothing leaves that was not there: outflows stay within the opening plus what came in.
    const out = (keys: [string, string], within: number) => {
      const total = a[keys[0]]! + a[keys[1]]!;
      if (total > within) for (const key of keys) a[key] = Math.floor((a[key]! * within) / total);
    };
    out(
      ["members_left", "members_transferred_out"],
      a.members_start + a.members_admitted! + a.members_transferred_in!,
    );
    out(
      ["unions_dissolved", "unions_transferred_out"],
      a.unions_start + a.unions_founded! + a.unions_transferred_in!,
    );
    const end =
      a.members_start +
      a.members_admitted! +
      a.members_transferred_in! -
      a.members_left! -
      a.members_transferred_out!;
    a.workers = Math.max(b.workers!, end + 10);
    a.members_female = Math.floor(end * 0.45);
  }
  return collectShare({ ...next, B02: computeForm(def, after) }, 0.52, previous);
}

/** The same activity again, with the private sector's admissions multiplied. */
function admitMore(forms: Report["forms"], factor: number): Report["forms"] {
  const def = getTemplate("B02");
  const values = structuredClone(forms.B02!) as FormValues;
  values.private!.members_admitted = values.private!.members_admitted! * factor;
  return { ...forms, B02: computeForm(def, values) };
}

/** What a hurried user does: types a figure as text and a count that exceeds its whole. */
function spoil(plan: WorkbookPlan): WorkbookPlan {
  const at = (name: string) => plan.names.find((n) => n.name === name)!;
  const text = at("TD_B02_private_members_admitted");
  const over = at("TD_B01_private_cla_signed");
  const change = (sheet: string, row: number, col: number) =>
    sheet === text.sheet && row === text.row && col === text.col
      ? "1.250"
      : sheet === over.sheet && row === over.row && col === over.col
        ? 9999
        : undefined;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((cell) => {
        const value = change(sheet.name, cell.row, cell.col);
        return value === undefined ? cell : { ...cell, value };
      }),
    })),
  };
}

/** A received file, with the time it arrived as its modification time (what lateness is measured by). */
async function receive(folder: string, file: string, plan: WorkbookPlan, arrived: string): Promise<void> {
  const target = path.join(OUT, folder, file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, await writeWorkbook(plan, { modified: new Date(arrived) }));
  await fs.utimes(target, new Date(arrived), new Date(arrived));
}

/** Runs the CLI as a user would, its command line shown first as typed, broken to the terminal's width. */
function thidua(args: string[]): void {
  process.stdout.write(`\n${commandLines(args, terminalWidth(), "$ ").join("\n")}\n`);
  const result = spawnSync(process.execPath, [BIN, ...args], { stdio: "inherit" });
  process.stdout.write(`(exit ${result.status})\n`);
}

async function main(): Promise<void> {
  await fs.rm(OUT, { recursive: true, force: true });
  await fs.mkdir(OUT, { recursive: true });
  const campaign = demoCampaign();
  const csv = ["code,name,kind,parent,bloc,valid_from,valid_to"]
    .concat(
      UNITS.map((u) =>
        [u.code, `"${u.name}"`, u.kind, u.parentCode, `"${u.bloc}"`, u.validFrom ?? "", u.validTo ?? ""].join(
          ",",
        ),
      ),
    )
    .join("\n");
  await fs.writeFile(path.join(OUT, "don-vi.csv"), `${csv}\n`);
  thidua([
    "campaign",
    "init",
    "-o",
    "demo-output/ke-hoach-mac-dinh.xlsx",
    "--year",
    "2025",
    "--units",
    "demo-output/don-vi.csv",
  ]);
  // The province then types its decision on targets into the workbook; here written as it would save it.
  await fs.writeFile(path.join(OUT, path.basename(CAMPAIGN)), await writeWorkbook(layoutCampaign(campaign)));
  thidua(["campaign", "check", CAMPAIGN]);
  thidua(["templates", "--campaign", CAMPAIGN, "--period", "2025-D2", "-o", "demo-output/bieu-mau-2025-D2"]);

  const [d1, d2] = [findPeriod(campaign, "2025-D1")!, findPeriod(campaign, "2025-D2")!];
  const sources = (period: typeof d1) =>
    new Map(unitTemplates(campaign, period).map((s) => [s.unit.code, s]));
  const templates = campaignTemplates(campaign.indicators);
  const samples = (seed: number) => sampleForms(templates, seed, { indicators: campaign.indicators });
  const plan = (source: MetaSource, forms: Report["forms"]) => layoutReport({ ...source, forms });
  const firstRound = new Map<string, Report["forms"]>();
  for (const [i, [code, source]] of [...sources(d1)].entries()) {
    const forms = collectShare(samples(2000 + i * 31), 0.48);
    firstRound.set(code, forms);
    await receive(
      "nhan-2025-D1",
      `${code}-2025-D1.xlsx`,
      plan(source, forms),
      code === "H02" ? "2025-07-18T09:00:00Z" : "2025-07-10T09:00:00Z",
    );
  }
  for (const [i, [code, source]] of [...sources(d2)].entries()) {
    const before = firstRound.get(code);
    // A unit reporting both rounds does much the same in each; the industrial parks admit five times more. A
    // commune founded on 01/07 collects most of the budget it was given for its half year.
    const fresh = before
      ? admitMore(before, code === "K01" ? 5 : 1)
      : collectShare(samples(5000 + i * 37), 0.93 + (i % 3) * 0.04);
    // The industrial-park union's Đợt 2 opens 37 members above where its Đợt 1 closed.
    const forms = before ? continueFrom(before, fresh, code === "K01" ? 37 : 0) : fresh;
    const folder = "nhan-2025-D2";
    if (code === "X03") continue;
    if (code === "X02")
      await receive(folder, `${code}-2025-D2.xlsx`, spoil(plan(source, forms)), "2026-01-12T02:00:00Z");
    else if (code === "P02") {
      await receive(folder, "P02-lan1.xlsx", plan(source, samples(77)), "2026-01-08T02:00:00Z");
      await receive(folder, "P02-lan2.xlsx", plan(source, forms), "2026-01-13T08:30:00Z");
    } else
      await receive(
        folder,
        `${code}-2025-D2.xlsx`,
        plan(source, forms),
        code === "P03" ? "2026-01-20T03:00:00Z" : "2026-01-14T03:00:00Z",
      );
  }

  thidua(["validate", "demo-output/nhan-2025-D2/X02-2025-D2.xlsx"]);
  const rollup = (inputs: string[], period: string, output: string, extra: string[] = []) =>
    thidua([
      "rollup",
      ...inputs,
      ...extra,
      "--campaign",
      CAMPAIGN,
      "--period",
      period,
      "--parent-code",
      PROVINCE.code,
      "--parent-name",
      PROVINCE.name,
      "-o",
      output,
    ]);
  rollup(["demo-output/nhan-2025-D1"], "2025-D1", "demo-output/tong-hop-2025-D1.xlsx");
  rollup(["demo-output/nhan-2025-D2"], "2025-D2", "demo-output/tong-hop-2025-D2.xlsx", [
    "--previous",
    "demo-output/tong-hop-2025-D1.xlsx",
  ]);
  rollup(["demo-output/nhan-2025-D1", "demo-output/nhan-2025-D2"], "2025", "demo-output/tong-hop-2025.xlsx");
  thidua(["validate", "demo-output/tong-hop-2025.xlsx"]);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
