import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  CONTROL_CASE,
  LIBREOFFICE_CASES,
  OPENPYXL_CASES,
  type ClerkCase,
} from "../../support/honest-corpus/cases";
import { GNUMERIC_CASES } from "../../support/honest-corpus/gnumeric-clerk";
import { judge, type Judged, type Verdict } from "../../support/honest-corpus/judge";
import { makeCorpus } from "../../support/honest-corpus/make-corpus";

// A false refusal of an honest file is as serious a defect as a lie let through (issue 64). A unit's report
// for Đợt 1 of 2025 is written by the product, filled by openpyxl with figures worked out by hand, then
// changed the way clerks change reports every day, each change through the program's own commands:
// LibreOffice (Python-UNO, in en-US and vi-VN profiles), openpyxl and Gnumeric, saved as .xlsx, .xls or
// .ods. Each must be accepted (warnings allowed) with every figure as the table has it. These tests need
// LibreOffice with Python-UNO (/usr/bin/python3), openpyxl and ssconvert: CI installs them.

const CASES: readonly ClerkCase[] = [...LIBREOFFICE_CASES, ...OPENPYXL_CASES, ...GNUMERIC_CASES];
const SUMMARY = path.resolve(__dirname, "../../../test-output/honest-corpus.json");

let dir: string;
let failedInProgram: Record<string, string | null>;
const judged = new Map<ClerkCase, Judged>();

function judgeCase(clerkCase: ClerkCase): Judged {
  const name = `${clerkCase.id}.${clerkCase.format}`;
  return judge(new Uint8Array(readFileSync(path.join(dir, name))), name);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-honest-"));
  failedInProgram = await makeCorpus(dir);
}, 400_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const count = (verdict: Verdict) => [...judged.values()].filter((j) => j.verdict === verdict).length;
  const counts = { accepted: count("accepted"), warned: count("warned"), refused: count("refused") };
  mkdirSync(path.dirname(SUMMARY), { recursive: true });
  const cases = [...judged].map(([c, j]) => ({ case: c.name, file: `${c.id}.${c.format}`, ...j }));
  writeFileSync(SUMMARY, `${JSON.stringify({ counts, cases }, null, 2)}\n`);
  // The line a closing note quotes.
  console.log(
    `Honest corpus: ${judged.size} cases, ${counts.accepted} accepted, ${counts.warned} warned, ${counts.refused} refused (${SUMMARY})`,
  );
});

describe("an everyday change a clerk makes to a filled report is accepted with its figures unchanged", () => {
  it("has at least 40 cases, in every program, locale and format", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    const kinds = new Set(CASES.map((c) => `${c.program} ${c.locale ?? ""} ${c.format}`));
    for (const locale of ["en-US", "vi-VN"])
      for (const format of ["xlsx", "xls", "ods"]) expect(kinds).toContain(`LibreOffice ${locale} ${format}`);
    for (const format of ["xlsx", "xls", "ods"]) expect(kinds).toContain(`Gnumeric  ${format}`);
    expect(kinds).toContain("openpyxl  xlsx");
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, clerkCase) => {
    expect({ program: failedInProgram[clerkCase.id] }).toEqual({ program: null });
    const result = judgeCase(clerkCase);
    judged.set(clerkCase, result);
    expect({ errors: result.errors, differences: result.differences }).toEqual({
      errors: [],
      differences: [],
    });
  });

  it("catches a figure the clerk did not report: the control case's 46 for 45 shows, and its rate", () => {
    expect({ program: failedInProgram[CONTROL_CASE.id] }).toEqual({ program: null });
    expect(judgeCase(CONTROL_CASE).differences).toEqual([
      `B01 private enterprises_with_union: 46, not 45`,
      `B01 private cla_rate: ${30 / 46}, not ${30 / 45}`,
      `B01 nonstate enterprises_with_union: 74, not 73`,
      `B01 nonstate cla_rate: ${54 / 74}, not ${54 / 73}`,
      `B01 total enterprises_with_union: 86, not 85`,
      `B01 total cla_rate: ${64 / 86}, not ${64 / 85}`,
    ]);
  });
});
