import {
  cellName,
  defaultCampaign,
  extract,
  layoutReport,
  parsePeriod,
  unitTemplates,
  validate,
} from "../../src/core";
import { CHECK_SHEET } from "../../src/core/layout/check-sheet";
import { readWorkbookGrid, writeWorkbookPlan } from "../../src/xlsx";
import { fillByName, type TypedValue } from "../support/fill-by-name";
import { manySheetsAsCsv, resaveWith } from "../support/libreoffice";
import { LINKED } from "../support/linked-indicators";
import { consistentFills } from "../support/reports";

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
  it.each(["xlsx", "ods"] as const)(
    "computes the linked cell from the figure typed on Biểu 04, and reads back honest (%s)",
    async (ext) => {
      const template = await writeWorkbookPlan(layoutReport(source));
      const saved = resaveWith(fillByName(template, filled), "xlsx", ext);
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
});
