import {
  cellName,
  columnLetters,
  customForm,
  definitionsOf,
  extract,
  layoutReport,
  parsePeriod,
  unitTemplates,
  validate,
  type Finding,
  type Report,
} from "../../../src/core";
import { CHECK_SHEET, layoutCheckSheet } from "../../../src/core/layout/check-sheet";
import { formAddress } from "../../../src/core/form/form-address";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { checkErrors, expectedMarks, shownMarks } from "../../support/check-marks";
import type { TypedValue } from "../../support/fill-by-name";
import { gnumericSheets } from "../../support/gnumeric";
import { fillWithOpenpyxl } from "../../support/openpyxl";
import { OWN, ownCampaign } from "../../support/own-indicators";
import { consistentFills } from "../../support/reports";

// Biểu 05 filled by openpyxl (no cached results) and recomputed by Gnumeric: its ratio and the check
// sheet's lines must say what extract and validate make of the same file.

const source = unitTemplates(
  ownCampaign([{ code: "X01", name: "Công đoàn X01", kind: "commune" }]),
  parsePeriod("2025-D1")!,
)[0]!;
const { lines } = layoutCheckSheet(definitionsOf(source));
const b05 = (code: string) => cellName("B05", code, "value");

const filled: Record<string, TypedValue> = {
  ...(consistentFills(["B01", "B02", "B03", "B04"], 5) as Record<string, TypedValue>),
  [b05("training")]: 12,
  [b05("clubs")]: 4,
  [b05("fund_plan")]: 50_000_000,
  [b05("fund_paid")]: 35_000_000,
};

const FILLINGS: Record<string, Record<string, TypedValue>> = {
  "every figure": filled,
  // A required input blank and text for a figure are errors; an optional one blank counts as 0.
  "blanks and text": {
    ...filled,
    [b05("training")]: null,
    [b05("clubs")]: null,
    [b05("fund_paid")]: "35 triệu",
  },
  "a plan of 0": { ...filled, [b05("fund_plan")]: 0, [b05("fund_paid")]: 0 },
  "paid above the plan": { ...filled, [b05("fund_paid")]: 60_000_001 },
};

const def = customForm(OWN);
const addressOf = (code: string) => {
  const { row, col } = formAddress(def, { row: code, col: "value" });
  return { row, col, a1: `${columnLetters(col)}${row + 1}` };
};
const RATIO = addressOf("fund_rate");
const PARTS = ["fund_paid", "fund_plan"].map((code) => addressOf(code).a1);

describe.each(Object.entries(FILLINGS))("Biểu 05 with %s, recomputed by Gnumeric", (_, fills) => {
  let report: Report;
  let findings: Finding[];
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    const bytes = fillWithOpenpyxl(await writeWorkbookPlan(layoutReport(source)), fills);
    const extracted = extract(readWorkbookGrid(bytes, "X01.xlsx"));
    report = extracted.report!;
    findings = validate(extracted);
    sheets = gnumericSheets(bytes);
  });

  it("gives the ratio extract computes, or an error value where validate refuses one of its parts", () => {
    const shown = sheets.get("Biểu 05")![RATIO.row]![RATIO.col]!;
    const computed = report.forms.B05!.fund_rate!.value ?? null;
    const refused = findings.filter(
      (f) => f.severity === "error" && f.template === "B05" && PARTS.includes(f.cell!),
    );
    if (shown.startsWith("#")) expect(refused).not.toEqual([]);
    else if (computed === null) expect([shown, refused]).toEqual(["", []]);
    else {
      expect(refused).toEqual([]);
      expect(Number(shown)).toBeCloseTo(computed, 9);
    }
  });

  it("marks each line of the check sheet, and counts the errors, as validate finds them", () => {
    const check = sheets.get(CHECK_SHEET)!;
    expect(shownMarks(check, lines)).toEqual(expectedMarks(lines, findings));
    expect(checkErrors(check)).toBe(findings.filter((f) => f.severity === "error").length);
  });
});
