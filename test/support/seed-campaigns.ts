import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formDef, inputCells, type Indicator, type TemplateId } from "../../src/core";
import { openpyxlPython } from "../../src/cli/bench/bench-reports";
import { runCli } from "../cli/run-cli";
import type { TypedValue } from "./fill-by-name";
import { sheetsAsCsv } from "./libreoffice";
import { fillWithOpenpyxl } from "./openpyxl";

// What the acceptance tests of the seed plans share: a province's officer retyping the tables of the
// workbook `campaign init` wrote, with openpyxl, and a clerk's report filled, dated and rolled up.

/** The templates' own target rows, as an officer types them into TD_Targets and TD_Scoring. */
export const ADMITTED = "Kết nạp đoàn viên mới (chỉ tiêu giao)";
export const COLLECTED = "Thu kinh phí, đoàn phí đạt dự toán giao";

/**
 * A campaign workbook as `campaign init` writes it for `year` at `file`, its tables for the officer to type
 * (`checkCampaign` after). A plan retyping the units' table whole starts from a list of one placeholder unit.
 */
export async function initCampaign(file: string, year: number, placeholderUnit = false): Promise<void> {
  const args = ["campaign", "init", "--year", String(year), "-o", file];
  if (placeholderUnit) {
    const units = path.join(path.dirname(file), "don-vi.csv");
    writeFileSync(units, "code,name,kind\nX,Tạm,CĐCS trực thuộc\n");
    args.push("--units", units);
  }
  expect(await runCli(args)).toMatchObject({ code: 0 });
}

/** `campaign check` finds nothing wrong in the workbook the officer typed. */
export async function checkCampaign(campaign: string): Promise<void> {
  const check = await runCli(["campaign", "check", campaign]);
  expect([check.code, check.err]).toEqual([0, ""]);
}

/**
 * A roll-up's JSON (`rollup … --json`), its summary written at `summary` where one is named. Where a file is
 * rejected (exit code 1), the failure shows the files rejected and why.
 */
export async function rolledUp<T>(args: readonly string[], summary?: string): Promise<T> {
  const run = await runCli(["rollup", ...args, "--json", ...(summary === undefined ? [] : ["-o", summary])]);
  const why = run.code === 0 ? {} : { rejected: rejectedIn(run.out) };
  expect({ code: run.code, err: run.err, ...why }).toEqual({ code: 0, err: "" });
  return JSON.parse(run.out) as T;
}

/** The files a roll-up's JSON says it rejected, or the end of what it wrote where that is no JSON. */
function rejectedIn(out: string): unknown {
  try {
    return (JSON.parse(out) as { rejected?: unknown }).rejected;
  } catch {
    return out.slice(-2000);
  }
}

/** The summary's sheets as LibreOffice computes them (`asShown`: as it shows them), what the officer sees. */
export const summarySheets = (summary: string, asShown = false) =>
  sheetsAsCsv(new Uint8Array(readFileSync(summary)), "xlsx", asShown);

/** Every input of the forms as 0, the own indicators' too: a unit's report nothing is missing from. */
export function zeroInputs(indicators: readonly Indicator[]): Record<string, number> {
  const forms: TemplateId[] = ["B01", "B02", "B03", "B04", "B05"];
  return Object.fromEntries(
    forms.flatMap((id) => inputCells(formDef(id, indicators)).map((cell) => [cell.name, 0] as const)),
  );
}

/** A date of Vietnam's working day as a file's modification time (noon, UTC+7). */
const atNoon = (iso: string) => new Date(`${iso}T12:00:00+07:00`);

/** The templates `templates --campaign … --period …` writes, by unit code (files are named CODE-PERIOD.xlsx). */
export async function unitTemplates(campaign: string, period: string, out: string, warned: unknown = "") {
  const made = await runCli(["templates", "--campaign", campaign, "--period", period, "-o", out]);
  expect([made.code, made.err]).toEqual([0, warned]);
  const files = new Map<string, Uint8Array>();
  for (const file of readdirSync(out))
    files.set(file.split("-")[0]!, new Uint8Array(readFileSync(path.join(out, file))));
  return files;
}

/** A report as it arrives: filled by openpyxl (no cached results), saved in the folder on the day received. */
export function receive(folder: string, name: string, bytes: Uint8Array, received: string): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  utimesSync(file, atNoon(received), atNoon(received));
  return file;
}

export const filled = (template: Uint8Array, values: Record<string, TypedValue>) =>
  fillWithOpenpyxl(template, values);

/** Many templates filled by openpyxl in one run of Python, each input by its defined name, saved at `out`. */
export function fillAll(
  dir: string,
  jobs: readonly { template: Uint8Array; out: string; values: Record<string, TypedValue> }[],
): void {
  const python = openpyxlPython();
  if (!python) throw new Error("this test needs a Python with openpyxl (/usr/bin/python3 has it)");
  mkdirSync(path.join(dir, "blank"), { recursive: true });
  const list = jobs.map((job, i) => {
    const template = path.join(dir, "blank", `${i}.xlsx`);
    writeFileSync(template, job.template);
    mkdirSync(path.dirname(job.out), { recursive: true });
    return { template, out: job.out, values: job.values };
  });
  const file = path.join(dir, "jobs.json");
  writeFileSync(file, JSON.stringify(list));
  const script = path.resolve(__dirname, "../../scripts/bench/fill-reports.py");
  execFileSync(python, [script, file], { stdio: "pipe", timeout: 300_000 });
}

/** Dates a received file as the day it arrived (its modification time, which the roll-up reads). */
export function receivedOn(file: string, day: string): void {
  utimesSync(file, atNoon(day), atNoon(day));
}

/** A line of a unit's "Đề nghị khen thưởng" sheet, by its cells' defined names (TD_DN_<line>_<column>). */
export function nominationLine(n: number, cells: Record<string, TypedValue>): Record<string, TypedValue> {
  return Object.fromEntries(Object.entries(cells).map(([key, value]) => [`TD_DN_${n}_${key}`, value]));
}

/** The lines of a unit's "Đề nghị khen thưởng" sheet, from the first, as the cells' values by name. */
export const nominationLines = (lines: readonly Record<string, TypedValue>[]): Record<string, TypedValue> =>
  Object.assign({}, ...lines.map((line, i) => nominationLine(i + 1, line))) as Record<string, TypedValue>;

/** The sheet's subjects: a person, or a work or initiative (its author in the position's column). */
export const PERSON = "Cá nhân";
export const WORK = "Công trình, sáng kiến";

/** A person proposed on the sheet for `award`, a direct worker or not, with the achievement where one is typed. */
export const person = (
  name: string,
  position: string,
  award: string,
  direct: boolean,
  achievement?: string,
): Record<string, TypedValue> => ({
  subject: PERSON,
  name,
  position,
  award,
  ...(achievement === undefined ? {} : { achievement }),
  direct_worker: direct ? "Có" : "Không",
});

/** A nomination line as typed across the sheet: subject, name, position (or author), achievement, value, award, direct worker. */
export type Nomination = [string, string, string, string, number | null, string, "Có" | "Không"];
const NOMINATION_COLUMNS = ["subject", "name", "position", "achievement", "value", "award", "direct_worker"];

/** A line typed across the sheet, as its cells by column. */
export const nominationCells = (line: Nomination): Record<string, TypedValue> =>
  Object.fromEntries(line.map((value, k) => [NOMINATION_COLUMNS[k]!, value]));

/** The scoring table's methods, as its help states them (docs/campaign-workbook.md, TD_Scoring), by hand. */
export const proportional = (points: number, result: number, target: number) =>
  points * Math.min(1, result / target);
export const bonus = (points: number, cap: number, result: number, target: number) =>
  Math.min(cap, points * Math.max(0, result / target - 1));
export const passFail = (points: number, result: number, target: number) => (result >= target ? points : 0);
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** The days from one ISO date to another. */
export const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The default grades (the seed plans set none), highest first, as an officer reads their table. */
const GRADES_BY_HAND = [
  ["Xuất sắc", 95],
  ["Tốt", 80],
  ["Khá", 65],
  ["Trung bình", 50],
] as const;

/** A score's grade by the default grades, worked out by hand, not by the code under test. */
export const gradeByHand = (score: number): string =>
  GRADES_BY_HAND.find(([, least]) => score >= least)?.[0] ?? "Yếu";

/** Whether a score's grade is `grade` or a higher one. */
export function gradeAtLeast(score: number, grade: string): boolean {
  const order = [...GRADES_BY_HAND.map(([name]) => name as string), "Yếu"];
  return order.indexOf(gradeByHand(score)) <= order.indexOf(grade);
}

/** A unit's rank among `among` as an officer counts it: one more than the units scoring higher. */
export const rankByHand = (
  scores: Readonly<Record<string, number>>,
  code: string,
  among: readonly string[],
) => 1 + among.filter((other) => scores[other]! > scores[code]!).length;
