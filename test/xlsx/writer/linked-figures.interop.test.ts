import {
  cellName,
  defaultCampaign,
  extract,
  formDef,
  layoutReport,
  layoutSummary,
  parsePeriod,
  rollup,
  unitTemplates,
  validate,
  type WorkbookPlan,
} from "../../../src/core";
import { CHECK_SHEET } from "../../../src/core/layout/check-sheet";
import { formAddress } from "../../../src/core/form/form-address";
import { gnumericSheets } from "../../support/gnumeric";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { fillByName, type TypedValue } from "../../support/fill-by-name";
import { manySheetsAsCsv, resaveWith, sheetsAsCsv } from "../../support/libreoffice";
import { LINKED } from "../../support/linked-indicators";
import { consistentFills, submission, unit, zeroFills } from "../../support/reports";

// With the upper-level union's own answer (Có/Không) beside the linked rows.
const OWN_ANSWER = {
  code: "own_procedure",
  name: { vi: "Tự thực hiện quy trình", en: "Own procedure run" },
  kind: "yesno" as const,
  required: true,
};
const campaign = {
  ...defaultCampaign(2025, [{ code: "X01", name: "Công đoàn X01", kind: "commune" as const }]),
  indicators: [...LINKED, OWN_ANSWER],
};
const source = unitTemplates(campaign, parsePeriod("2025-D1")!)[0]!;

// The clerk types Biểu 04's figures once; Biểu 05's linked rows show them.
const filled: Record<string, TypedValue> = {
  ...(consistentFills(["B01", "B02", "B03", "B04"], 5) as Record<string, TypedValue>),
  [cellName("B04", "safety_contests", "value")]: 3,
  [cellName("B04", "commended_individuals", "value")]: 40,
  [cellName("B04", "commended_direct_workers", "value")]: 10,
  [cellName("B05", "special", "value")]: 2,
  [cellName("B05", "own_procedure", "value")]: 1,
};

describe("a linked row of Biểu 05 in a unit's workbook saved by LibreOffice", () => {
  it.each(["xlsx", "ods", "xls"] as const)(
    "computes the linked cell from the figure typed on Biểu 04, and reads back honest (%s)",
    async (ext) => {
      const template = await writeWorkbookPlan(layoutReport(source));
      const saved = resaveWith(fillByName(template, filled, { keepLayout: true }), "xlsx", ext);
      const extraction = extract(await readWorkbookGrid(saved, `x.${ext}`));
      const findings = validate(extraction);
      // Biểu 03's wide money figures typed by fillByName lose their format in an .ods: not this test's.
      const ours = findings.filter((f) => f.rule !== "cell.misleading_format" || f.template !== "B03");
      expect(ours.filter((f) => f.severity === "error")).toEqual([]);
      expect(findings.filter((f) => f.rule === "cell.stale_result")).toEqual([]);
      const b05 = extraction.forms.find((f) => f.def.id === "B05")!;
      const shown = (code: string) => b05.reads.find((r) => r.cell.row.key === code)!.value;
      // LibreOffice's own results, cached in the file, are Biểu 04's figures.
      expect([shown("safety"), shown("commended"), shown("direct")]).toEqual([
        { type: "number", value: 3 },
        { type: "number", value: 40 },
        { type: "number", value: 10 },
      ]);
      const report = extraction.report!.forms;
      expect(report.B05!.safety).toEqual(report.B04!.safety_contests);
      expect(report.B05!.cdcs).toEqual(report.B04!.grassroots_unions);
      expect(report.B05!.direct_share).toEqual({ value: 0.25 });
    },
  );

  it("is computed by LibreOffice and Gnumeric from Biểu 04, the own ratio over linked rows with it", async () => {
    const bytes = fillByName(await writeWorkbookPlan(layoutReport(source)), filled);
    const def = formDef("B05", campaign.indicators);
    const at = (code: string) => formAddress(def, { row: code, col: "value" });
    for (const sheets of [manySheetsAsCsv([bytes], "xlsx")[0]!, gnumericSheets(bytes)]) {
      const b05 = sheets.get("Biểu 05")!;
      const shown = (code: string) => Number(b05[at(code).row]![at(code).col]);
      expect([shown("safety"), shown("commended"), shown("direct")]).toEqual([3, 40, 10]);
      expect(shown("direct_share")).toBeCloseTo(0.25, 9);
    }
  });

  it("counts a yes/no answer other than 1 or 0 in the template's own check, as validate refuses it", async () => {
    const template = await writeWorkbookPlan(layoutReport(source));
    const files = [1, 2].map((answer) =>
      fillByName(template, { ...filled, [cellName("B05", "own_procedure", "value")]: answer }),
    );
    const findings = await Promise.all(
      files.map(async (bytes) => validate(extract(await readWorkbookGrid(bytes, "x.xlsx")))),
    );
    const errors = findings.map((f) => f.filter((x) => x.severity === "error"));
    expect(errors[0]).toEqual([]);
    expect(errors[1]!.map((e) => e.rule)).toEqual(["B05.own_procedure_yes_no"]);
    const computed = manySheetsAsCsv(files, "xlsx");
    expect(computed.map((sheets) => Number(sheets.get(CHECK_SHEET)![2]![1]))).toEqual([0, 1]);
  });

  it("scores a linked row and a ratio over linked rows in Chấm điểm as the core does, recomputed by LibreOffice", async () => {
    const scored = {
      ...campaign,
      units: [1, 2].map((n) => ({ code: `X0${n}`, name: `Công đoàn X0${n}`, kind: "commune" as const })),
      defaults: { B05_safety: 1, B05_direct_share: 0.5, B05_special_rate: 1 },
      scoring: [
        { target: "B05_special_rate", points: 40, method: "proportional" as const },
        { target: "B05_safety", points: 30, method: "pass_fail" as const },
        { target: "B05_direct_share", points: 30, method: "pass_fail" as const },
      ],
    };
    const report = (code: string, figures: Record<string, number>) =>
      submission(
        {
          unit: unit(code),
          period: parsePeriod("2025-D1")!,
          templates: ["B04", "B05"],
          indicators: scored.indicators,
          fills: { ...zeroFills(["B04"]), ...figures },
        },
        `${code}.xlsx`,
      );
    const summary = rollup(
      [
        report("X01", {
          TD_B04_grassroots_unions_value: 20,
          TD_B04_safety_contests_value: 1,
          TD_B04_commended_individuals_value: 10,
          TD_B04_commended_direct_workers_value: 6,
          TD_B05_special_value: 15,
          TD_B05_own_procedure_value: 1,
        }),
        report("X02", {
          TD_B04_grassroots_unions_value: 5,
          TD_B04_commended_individuals_value: 30,
          TD_B04_commended_direct_workers_value: 9,
          TD_B05_special_value: 5,
          TD_B05_own_procedure_value: 0,
        }),
      ],
      { campaign: scored, period: parsePeriod("2025-D1")! },
    );
    expect(summary.rejected).toEqual([]);
    // 40 × 0.75 + 30 + 30; 40 + 0 + 0.
    expect(summary.units.map((u) => u.score)).toEqual([90, 40]);
    const plan = layoutSummary(summary);
    const bare: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((s) => ({
        ...s,
        cells: s.cells.map((c) => (c.formula ? { ...c, value: null } : c)),
      })),
    };
    const rows = sheetsAsCsv(await writeWorkbookPlan(bare), "xlsx").get("Chấm điểm")!;
    const header = rows.findIndex((r) => r[1] === "Mã đơn vị / Unit code");
    const score = rows[header]!.indexOf("Điểm / Score");
    expect(["X01", "X02"].map((code) => Number(rows.find((r) => r[1] === code)![score]))).toEqual([90, 40]);
  });
});
