import {
  cellName,
  defaultCampaign,
  extract,
  layoutReport,
  parsePeriod,
  unitTemplates,
  validate,
} from "../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../src/xlsx";
import { fillByName, type TypedValue } from "../support/fill-by-name";
import { resaveWith } from "../support/libreoffice";
import { LINKED } from "../support/linked-indicators";
import { consistentFills } from "../support/reports";

const campaign = {
  ...defaultCampaign(2025, [{ code: "X01", name: "Công đoàn X01", kind: "commune" as const }]),
  indicators: LINKED,
};
const source = unitTemplates(campaign, parsePeriod("2025-D1")!)[0]!;

// The clerk types Biểu 04's figures once; Biểu 05's linked rows show them.
const filled: Record<string, TypedValue> = {
  ...(consistentFills(["B01", "B02", "B03", "B04"], 5) as Record<string, TypedValue>),
  [cellName("B04", "safety_contests", "value")]: 3,
  [cellName("B04", "commended_individuals", "value")]: 40,
  [cellName("B04", "commended_direct_workers", "value")]: 10,
  [cellName("B05", "special", "value")]: 2,
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
});
