import {
  cellName,
  customForm,
  extract,
  inputCells,
  layoutReport,
  parsePeriod,
  unitTemplates,
  validate,
  type Finding,
} from "../../../src/core";
import { CHECK_SHEET } from "../../../src/core/layout/check-sheet";
import { formAddress } from "../../../src/core/form/form-address";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { fillByName, type TypedValue } from "../../support/fill-by-name";
import { manySheetsAsCsv } from "../../support/libreoffice";
import { OWN, ownCampaign } from "../../support/own-indicators";
import { consistentFills } from "../../support/reports";

const campaign = ownCampaign([{ code: "X01", name: "Công đoàn X01", kind: "commune" }], {
  defaults: { B05_fund_rate: 0.8 },
});
const source = unitTemplates(campaign, parsePeriod("2025-D1")!)[0]!;
const def = customForm(OWN);
const b05 = (code: string) => cellName("B05", code, "value");

const FIGURES = { training: 12, clubs: 4, fund_plan: 50_000_000, fund_paid: 35_000_000 };
const filled: Record<string, TypedValue> = {
  ...(consistentFills(["B01", "B02", "B03", "B04"], 5) as Record<string, TypedValue>),
  ...Object.fromEntries(Object.entries(FIGURES).map(([code, value]) => [b05(code), value])),
};

const fillings: Record<string, TypedValue>[] = [
  filled,
  // An indicator not required left blank counts as 0; a required one is an error, as is text for a figure.
  { ...filled, [b05("clubs")]: null, [b05("training")]: null, [b05("fund_paid")]: "35 triệu" },
];

const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");

describe("Biểu 05 in a unit's template, from the campaign's own indicators", () => {
  let files: Uint8Array[];
  let findings: Finding[][];
  let reports: ReturnType<typeof extract>[];

  beforeAll(async () => {
    const template = await writeWorkbookPlan(layoutReport(source));
    files = fillings.map((fills) => fillByName(template, fills));
    reports = await Promise.all(files.map(async (bytes) => extract(await readWorkbookGrid(bytes, "x.xlsx"))));
    findings = reports.map(validate);
  });

  it("is written after the catalog's forms, one input per indicator under its defined name", () => {
    expect(source.templates).toEqual(["B01", "B02", "B03", "B04", "B05"]);
    const plan = layoutReport(source);
    expect(plan.sheets.map((s) => s.name)).toContain("Biểu 05");
    expect(inputCells(def).map((c) => c.name)).toEqual(
      ["training", "clubs", "fund_plan", "fund_paid"].map(b05),
    );
    expect(plan.names.map((n) => n.name)).toEqual(
      expect.arrayContaining([...inputCells(def).map((c) => c.name), b05("fund_rate")]),
    );
  });

  it("reads back filled, without the campaign: figures by code, the ratio recomputed, the target carried", () => {
    expect(errors(findings[0]!)).toEqual([]);
    const report = reports[0]!.report!;
    expect(report.indicators).toEqual(OWN);
    expect(report.forms.B05).toEqual({
      training: { value: 12 },
      clubs: { value: 4 },
      fund_plan: { value: 50_000_000 },
      fund_paid: { value: 35_000_000 },
      fund_rate: { value: 0.7 },
    });
    expect(report.targets).toMatchObject({ B05_fund_rate: 0.8, B05_training: null });
  });

  it("checks itself as validate does: LibreOffice computes the ratio, and counts the errors validate finds", () => {
    const computed = manySheetsAsCsv(files, "xlsx");
    const at = formAddress(def, { row: "fund_rate", col: "value" });
    expect(Number(computed[0]!.get("Biểu 05")![at.row]![at.col])).toBeCloseTo(0.7, 9);
    const rules = errors(findings[1]!).map((f) => [f.rule, f.sheet, f.cell]);
    const cell = (code: string) => {
      const { row, col } = formAddress(def, { row: code, col: "value" });
      return `${String.fromCharCode(65 + col)}${row + 1}`;
    };
    expect(rules).toEqual([
      ["cell.required_blank", "Biểu 05", cell("training")],
      ["cell.not_number", "Biểu 05", cell("fund_paid")],
    ]);
    computed.forEach((sheets, i) =>
      expect(Number(sheets.get(CHECK_SHEET)![2]![1])).toBe(errors(findings[i]!).length),
    );
    expect(reports[1]!.report!.forms.B05!.clubs).toEqual({ value: 0 });
  });
});
