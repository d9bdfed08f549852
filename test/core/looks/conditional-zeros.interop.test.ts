import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { clerkMade, type MadeCase } from "../../support/honest-corpus/clerk-made";
import type { Format } from "../../support/honest-corpus/cases";
import { judge, type Judged } from "../../support/honest-corpus/judge";
import { checkFile } from "../../../src/core";
import { readSubmission } from "../../../src/xlsx";

// A conditional format writing a 0 in white over the inputs (openpyxl's CellIsRule equal 0 with a white
// font; LibreOffice's Format › Conditional › Condition, a style of white type): a required 0 looks never
// entered, while the roll-up counts it — as a number format that writes nothing for 0 does, which warned.

jest.setTimeout(400_000);

const FORMATS: readonly Format[] = ["xlsx", "xls", "ods"];
const office = (change: string): MadeCase[] =>
  FORMATS.map((format) => ({ program: "LibreOffice", change, format }));
const script = (change: string): MadeCase => ({ program: "openpyxl", change, format: "xlsx" });

const LIES: readonly MadeCase[] = [...office("zeros_white"), script("zeros_white")];
const TWINS: readonly MadeCase[] = [
  ...office("zeros_grey"),
  script("zeros_grey"),
  ...office("negatives_red"),
  script("negatives_red"),
];

let dir: string;
let made: (c: MadeCase) => Uint8Array | string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-zeros-"));
  made = await clerkMade(dir, [...LIES, ...TWINS]);
}, 400_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function judged(c: MadeCase): Judged {
  const bytes = made(c);
  if (typeof bytes === "string") throw new Error(`${c.program} failed: ${bytes}`);
  return judge(bytes, `r.${c.format}`);
}

/** The file's warnings of zeros shown blank: severity, sheet, cell, and whether it names the conditional format. */
function zerosHidden(c: MadeCase): (string | boolean)[][] {
  const bytes = made(c);
  if (typeof bytes === "string") throw new Error(`${c.program} failed: ${bytes}`);
  const submission = readSubmission(bytes, { name: `r.${c.format}`, sha256: "" });
  if ("unreadable" in submission) throw new Error(submission.unreadable.en);
  return checkFile(submission)
    .findings.filter((f) => f.rule === "sheet.zeros_hidden")
    .map((f) => [f.severity, f.sheet ?? "", f.cell ?? "", f.message_vi.includes("định dạng có điều kiện")]);
}

const name = (c: MadeCase) => `${c.change}, ${c.program} ${c.format}`;

describe("a conditional format writing the required zeros in white", () => {
  it.each(LIES.map((c) => [name(c), c] as const))(
    "warns as zeros shown blank (%s), naming the sheet and the first required 0",
    (_, c) => {
      const { errors, differences } = judged(c);
      expect({ errors, differences }).toEqual({ errors: [], differences: [] });
      expect(zerosHidden(c)).toEqual([["warning", "Biểu 02", "L9", true]]);
    },
  );
});

describe("its honest twins are accepted", () => {
  it.each(TWINS.map((c) => [name(c), c] as const))("%s", (_, c) => {
    const { errors, warnings, differences } = judged(c);
    expect({ errors, warnings, differences }).toEqual({ errors: [], warnings: [], differences: [] });
  });
});
