import {
  dmy,
  extract,
  findDefinition,
  getTemplate,
  layoutReport,
  rollup,
  TEMPLATE_IDS,
  validate,
  type GridCell,
  type TemplateDef,
  type TemplateId,
} from "../../../src/core";
import { scoringMethodOf, targetOf } from "../../../src/core/campaign/campaign-columns";
import { en, vi } from "../../../src/core/vocabulary";
import { PERIOD_2025_D1, reportGrid, submission, unit, type ReportSpec } from "../../support/reports";

/** The versions the build before the federation's wording wrote, each the one before today's. */
const BEFORE: readonly TemplateDef[] = (["B01", "B02", "B04"] as const).map(
  (id: TemplateId) => findDefinition(id, getTemplate(id).version - 1)!,
);
const before = (code: string): ReportSpec => ({ unit: unit(code), earlier: BEFORE });
const today = (code: string): ReportSpec => ({ unit: unit(code) });

/** The report's grid with its metadata claiming today's versions of every template. */
function claimingToday(spec: ReportSpec) {
  const grid = reportGrid(spec);
  const meta = grid.sheets.find((s) => s.name === "TD_META")!.cells as Map<string, GridCell>;
  const row = [...meta].find(([, c]) => c.value?.value === "templates")![0].slice(1);
  const versions = ["B01", "B02", "B03", "B04"].map((id) => `${id}@${getTemplate(id as TemplateId).version}`);
  meta.set(`B${row}`, { value: { type: "string", value: versions.join(",") } });
  return grid;
}

describe("the federation's wording, and reports written before it", () => {
  it("writes today's forms in the new words", () => {
    const label = (id: TemplateId, row: string) => getTemplate(id).rows.find((r) => r.key === row)!.label.vi;
    expect(label("B01", "private")).toBe("Doanh nghiệp ngoài nhà nước trong nước");
    expect(label("B02", "private")).toBe("Doanh nghiệp ngoài nhà nước trong nước");
    expect(label("B04", "safety_contests")).toBe("Số hội thi an toàn, vệ sinh viên giỏi");
    expect(
      BEFORE.map((d) => d.rows.find((r) => r.key === "private" || r.key === "safety_contests")!.label.vi),
    ).toEqual([
      "Doanh nghiệp tư nhân trong nước",
      "Doanh nghiệp tư nhân trong nước",
      "Số hội thi an toàn vệ sinh viên giỏi",
    ]);
  });

  it("asks for the rows the year takes from its latest round as lũy kế từ đầu năm, with a note under the form", () => {
    const yearToDate = ["party_procedure_unions", "public_employees_with_initiative"];
    const labelsOf = (def: TemplateDef) =>
      def.rows.filter((r) => r.label.vi.endsWith("(lũy kế từ đầu năm)")).map((r) => r.key);
    expect(labelsOf(getTemplate("B04"))).toEqual(yearToDate);
    expect(labelsOf(BEFORE[2]!)).toEqual([]);
    expect(
      getTemplate("B04")
        .rows.filter((r) => yearToDate.includes(r.key))
        .map((r) => r.aggregation),
    ).toEqual(["stock_end", "stock_end"]);
    const plan = layoutReport({
      unit: unit("P01"),
      period: PERIOD_2025_D1,
      templates: TEMPLATE_IDS,
      targets: {},
    });
    const notes = plan.sheets
      .filter((s) => TEMPLATE_IDS.some((id) => getTemplate(id).sheetName === s.name))
      .map((s) => s.cells.filter((c) => c.style === "note").map((c) => c.value));
    expect(notes).toEqual([[], [], [], [vi.form.yearToDate, en.form.yearToDate]]);
  });

  it("reads a report in the previous wording, and one in today's, without a warning", () => {
    for (const spec of [before("P01"), today("P02")]) expect(validate(extract(reportGrid(spec)))).toEqual([]);
  });

  it("finds the rows by the words of the version the file declares", () => {
    const found = validate(extract(claimingToday(before("P01"))));
    expect(found.map((f) => f.rule)).toContain("cell.name_unplaced");
    expect(found.map((f) => f.message_vi).join(" ")).toContain("Doanh nghiệp ngoài nhà nước trong nước");
  });

  it("rolls the two wordings up together", () => {
    const summary = rollup([submission(before("P01"), "p01.xlsx"), submission(today("P02"), "p02.xlsx")]);
    expect(summary.rejected).toEqual([]);
    expect(summary.units.flatMap((u) => u.warnings).map((w) => w.rule)).not.toContain("cell.name_unplaced");
  });

  it("still reads a campaign workbook that names a target or a method as before", () => {
    expect(targetOf("CBCCVC khu vực hành chính, sự nghiệp có sáng kiến được công nhận")?.key).toBe(
      "B04_initiative_rate",
    );
    expect(
      targetOf(getTemplate("B04").targets.find((t) => t.key === "B04_initiative_rate")!.label.vi)?.key,
    ).toBe("B04_initiative_rate");
    expect(["Đạt/Chưa đạt", "Đạt / Chưa đạt", "pass_fail"].map(scoringMethodOf)).toEqual([
      "pass_fail",
      "pass_fail",
      "pass_fail",
    ]);
  });

  it("writes dates as official documents do: the month in two digits only for January and February", () => {
    expect(["2025-07-01", "2026-01-15", "2026-02-03", "2025-12-31"].map(dmy)).toEqual([
      "01/7/2025",
      "15/01/2026",
      "03/02/2026",
      "31/12/2025",
    ]);
  });
});
