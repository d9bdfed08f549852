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

  it("are listed on the summary workbook's Cảnh báo with their unit, place and both languages", () => {
    const sheets = layoutSummary(summary).sheets;
    const warnings = sheets.find((s) => s.name === "Cảnh báo")!;
    const vi = warnings.cells.find((c) => c.value === warning.message_vi)!;
    const row = warnings.cells.filter((c) => c.row === vi.row).map((c) => c.value);
    expect(row).toEqual([
      expect.any(Number),
      "U0071",
      "Công đoàn U0071",
      warning.message_vi,
      `${warning.sheet}!${warning.cell}`,
      warning.message_en,
    ]);
    // Its column headings print at the top of every page it runs onto: on Tình trạng nộp they did not.
    const headings = warnings.cells.find((c) => String(c.value).startsWith("Mã đơn vị"))!.row;
    expect(warnings.print!.repeatRows).toEqual({ top: headings, bottom: headings });
    expect(warnings.cells.find((c) => c.row === headings + 1 && c.col === 0)!.value).toBe(1);
    expect(vi.row).toBeGreaterThan(headings);
  });

  it("are counted on Tình trạng nộp, which says where they are", () => {
    const sheets = layoutSummary(summary).sheets;
    const status = sheets.find((s) => s.name === "Tình trạng nộp")!;
    const title = status.cells.find((c) => String(c.value).startsWith("Cảnh báo theo đơn vị"))!;
    const said = status.cells.find((c) => c.row === title.row + 1)!;
    const listed = sheets.find((s) => s.name === "Cảnh báo")!.cells.filter((c) => c.col === 1).length - 1;
    expect(listed).toBe(2);
    expect(said.value).toBe(
      "2 cảnh báo của 1 đơn vị, ở trang Cảnh báo / 2 warning(s) of 1 unit(s), on sheet Warnings",
    );
    expect(status.cells.some((c) => c.value === warning.message_vi)).toBe(false);
  });

  it("leave no Cảnh báo sheet where no unit has one, and Tình trạng nộp says none", () => {
    const clean = rollup([
      submission(
        { unit: unit("U0072"), templates: ["B03"], fills: consistentFills(["B03"], 2) },
        "U0072.xlsx",
      ),
    ]);
    expect(clean.units[0]!.warnings).toEqual([]);
    const sheets = layoutSummary(clean).sheets;
    expect(sheets.some((s) => s.name === "Cảnh báo")).toBe(false);
    const status = sheets.find((s) => s.name === "Tình trạng nộp")!;
    const title = status.cells.find((c) => String(c.value).startsWith("Cảnh báo theo đơn vị"))!;
    expect(status.cells.find((c) => c.row === title.row + 1)!.value).toBe("(không có) / (none)");
  });
});

describe("a rule a unit's file breaks at many cells", () => {
  const summary = withBlankCells(flaggedSummary(), "U0072");

  it("is one row of Cảnh báo, with the unit, the first cell, the count and the next cells", () => {
    const status = layoutSummary(summary).sheets.find((s) => s.name === "Cảnh báo")!;
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
