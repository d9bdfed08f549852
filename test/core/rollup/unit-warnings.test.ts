import { layoutSummary, rollup, summaryView } from "../../../src/core";
import { headlineOf } from "../../../src/taskpane/results/headline";
import { withBlankCells } from "../../support/blank-cells";
import { consistentFills, submission, unit } from "../../support/reports";

/** Two units; U0071 collected twice its union funding budget, which its file's validation warns about. */
function flaggedSummary() {
  const report = (code: string, seed: number, fills: Record<string, number> = {}) =>
    submission(
      { unit: unit(code), templates: ["B03"], fills: { ...consistentFills(["B03"], seed), ...fills } },
      `${code}.xlsx`,
    );
  return rollup([
    report("U0071", 1, { TD_B03_union_funding_budget: 1000, TD_B03_union_funding_collected: 2000 }),
    report("U0072", 2),
  ]);
}

describe("a file's own warnings after a roll-up", () => {
  const summary = flaggedSummary();
  const flagged = summary.units.find((u) => u.unit.code === "U0071")!;
  const warning = flagged.warnings.find((w) => w.rule === "B03.collected_far_above_budget")!;

  it("stay on the unit, as the CLI lists them", () => {
    expect(warning).toBeDefined();
    expect(warning.message_vi).toContain("vượt quá 150% dự toán");
  });

  it("are counted and listed by the page's headline, one per rule of a sheet", () => {
    const headline = headlineOf(summaryView(summary));
    const all = summary.units.reduce((n, u) => n + u.warnings.length, 0);
    expect(headline.warnings.reduce((n, w) => n + w.group.findings.length, 0)).toBe(all);
    expect(headline.warnings).toContainEqual({
      code: "U0071",
      group: expect.objectContaining({ findings: [warning] }),
    });
  });

  it("are listed in the summary workbook's Tình trạng nộp with their unit, place and both languages", () => {
    const status = layoutSummary(summary).sheets.find((s) => s.name === "Tình trạng nộp")!;
    const at = (value: string) => status.cells.find((c) => c.value === value);
    const title = status.cells.find((c) => String(c.value).startsWith("Cảnh báo theo đơn vị"))!;
    expect(title).toBeDefined();
    const vi = at(warning.message_vi)!;
    expect(vi.row).toBeGreaterThan(title.row);
    const row = status.cells.filter((c) => c.row === vi.row).map((c) => c.value);
    expect(row).toEqual(
      expect.arrayContaining(["U0071", warning.message_en, `${warning.sheet}!${warning.cell}`]),
    );
  });
});

describe("a rule a unit's file breaks at many cells", () => {
  const summary = withBlankCells(flaggedSummary(), "U0072");

  it("is one row of Tình trạng nộp, with the unit, the first cell, the count and the next cells", () => {
    const status = layoutSummary(summary).sheets.find((s) => s.name === "Tình trạng nộp")!;
    const blanks = status.cells.filter((c) => String(c.value).includes("ô để trống"));
    expect(blanks.map((c) => c.value)).toEqual(["C9: ô để trống (và 11 ô khác: D9, E9, F9, G9, H9…)"]);
    const row = status.cells.filter((c) => c.row === blanks[0]!.row).map((c) => c.value);
    expect(row).toEqual(
      expect.arrayContaining(["U0072", "Biểu 02!C9", "C9: blank (and 11 more cells: D9, E9, F9, G9, H9…)"]),
    );
  });

  it("is one warning of the page's headline", () => {
    const headline = headlineOf(summaryView(summary));
    const blanks = headline.warnings.filter((w) => w.group.rule === "cell.blank");
    expect(blanks.map((w) => [w.code, w.group.findings.length])).toEqual([["U0072", 12]]);
  });
});
