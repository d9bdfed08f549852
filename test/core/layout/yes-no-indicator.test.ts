import {
  defaultCampaign,
  extract,
  formDef,
  getCell,
  layoutReport,
  periodsOfYear,
  rollup,
  validate,
  type Campaign,
  type Indicator,
  type Period,
  type Submission,
} from "../../../src/core";
import { CHECK_SHEET } from "../../../src/core/layout/check-sheet";
import { reportGrid, submission, unit } from "../../support/reports";

const [D1, D2, YEAR] = periodsOfYear(2025) as [Period, Period, Period];

// Seed 001: "100% công đoàn cơ sở và công đoàn cấp trên cơ sở" run the Party-introduction procedure: the
// upper-level union's own compliance, a yes or a no.
const OWN_PROCEDURE: Indicator = {
  code: "own_procedure",
  name: {
    vi: "Công đoàn cấp trên cơ sở thực hiện quy trình giới thiệu đoàn viên ưu tú",
    en: "Own procedure run",
  },
  kind: "yesno",
  required: true,
};
const INDICATORS = [OWN_PROCEDURE];

const campaign: Campaign = {
  ...defaultCampaign(2025, [
    { code: "H01", name: "Công đoàn phường 1", kind: "commune" },
    { code: "H02", name: "Công đoàn phường 2", kind: "commune" },
  ]),
  indicators: INDICATORS,
  defaults: { B05_own_procedure: 1 },
  scoring: [{ target: "B05_own_procedure", points: 100, method: "pass_fail" }],
};

const spec = (code: string, answer: number, period = D1) => ({
  unit: unit(code),
  period,
  templates: ["B05"] as const,
  indicators: INDICATORS,
  targets: { B05_own_procedure: 1 },
  fills: { TD_B05_own_procedure_value: answer },
});
const report = (code: string, answer: number, period = D1): Submission =>
  submission(spec(code, answer, period), `${code}-${period.id}.xlsx`);

describe("a yes/no own indicator: the upper-level union's own compliance", () => {
  it("is an input taking 1 or 0, labelled so, asked since the start of the year", () => {
    const def = formDef("B05", INDICATORS);
    const cell = getCell(def, "own_procedure", "value");
    expect([cell.formula, cell.aggregation]).toEqual([undefined, "stock_end"]);
    expect(cell.row.label.vi).toContain("(từ đầu năm đến nay: Có = 1, Không = 0)");
    const plan = layoutReport({
      unit: unit("H01"),
      period: D1,
      templates: ["B05"],
      targets: {},
      indicators: INDICATORS,
    });
    const sheet = plan.sheets.find((s) => s.name === "Biểu 05")!;
    // Its only input: no range of other figures, which would be empty.
    expect(sheet.validations.map((v) => ("max" in v ? [v.min, v.max] : []))).toEqual([[0, 1]]);
  });

  it("reads 1 and 0 as the unit's answer, and refuses any other figure at its cell, as the template's own check does", () => {
    for (const answer of [0, 1]) {
      const extraction = extract(reportGrid(spec("H01", answer)));
      expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
      expect(extraction.report!.forms.B05).toEqual({ own_procedure: { value: answer } });
    }
    const grid = reportGrid(spec("H01", 2));
    const errors = validate(extract(grid)).filter((f) => f.severity === "error");
    expect(errors.map((e) => e.rule)).toEqual(["B05.own_procedure_yes_no"]);
    expect(errors[0]!.message_vi).toContain("ghi 2; chỉ ghi 1 (Có, đã thực hiện) hoặc 0 (Không)");
    // The check sheet's line for the rule, as the template shows it once the figures are typed.
    const check = layoutReport({
      unit: unit("H01"),
      period: D1,
      templates: ["B05"],
      targets: {},
      indicators: INDICATORS,
    }).sheets.find((s) => s.name === CHECK_SHEET)!;
    const texts = [...check.cells.values()].map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes("chỉ ghi 1 (Có, đã thực hiện) hoặc 0 (Không)"))).toBe(true);
  });

  it("adds the units that did it, against as many targets as units; the year keeps the latest answer", () => {
    const summary = rollup([report("H01", 1), report("H02", 0)], { campaign, period: D1 });
    expect(summary.rejected).toEqual([]);
    expect(summary.total.forms.B05).toEqual({ own_procedure: { value: 1 } });
    expect(summary.units.map((u) => [u.unit.code, u.score])).toEqual([
      ["H01", 100],
      ["H02", 0],
    ]);
    const total = summary.totalAttainment.find((a) => a.key === "B05_own_procedure")!;
    // One of two: not 100%.
    expect([total.result, total.target, total.met]).toEqual([1, 2, false]);
    const year = rollup([report("H01", 1), report("H01", 1, D2)], { campaign, period: YEAR });
    expect(year.units[0]!.report.forms.B05).toEqual({ own_procedure: { value: 1 } });
  });

  it("counts at the total only the units its result counts: one dissolved within the period is in neither", () => {
    // H01 dissolved on 30/6 (seed 004: the district federations of the 2025 reform): its answer is a
    // figure of 30/6, not of 31/12, so the year's total leaves it out of its result — and of its target,
    // or every unit having done it would read "Chưa đạt", 1 of 2.
    const ended = {
      ...campaign,
      units: campaign.units.map((u) => (u.code === "H01" ? { ...u, validTo: "2025-06-30" } : u)),
    };
    const files = [report("H01", 1, D1), report("H02", 1, D1), report("H02", 1, D2)];
    const year = rollup(files, { campaign: ended, period: YEAR });
    expect(year.rejected).toEqual([]);
    const total = year.totalAttainment.find((a) => a.key === "B05_own_procedure")!;
    expect([total.result, total.target, total.met]).toEqual([1, 1, true]);
    // The parent-level form, sent upward, assesses its own target against its own result alike.
    expect(year.total.targets.B05_own_procedure).toBe(1);
  });
});
