import { getTemplate, TEMPLATE_IDS } from "../../../src/core";
import { layoutCheckSheet } from "../../../src/core/layout/check-sheet";
import { ruleChecks } from "../../../src/core/layout/check-formulas";
import { CONDITIONAL_LOOKS } from "../../../src/core/layout/styles";
import { WORDS } from "../../../src/core/vocabulary";
import { reportPlan } from "../../support/reports";

describe("the check sheet", () => {
  it("heads every column its lines use, in both languages", () => {
    const { sheet, lines } = layoutCheckSheet(TEMPLATE_IDS.map(getTemplate));
    const headingRow = lines[0]!.row - 1;
    const headed = new Map(
      sheet.cells.filter((c) => c.row === headingRow).map((c) => [c.col, String(c.value)]),
    );
    const used = new Set(sheet.cells.filter((c) => c.row > headingRow).map((c) => c.col));
    for (const col of used) expect([col, headed.get(col)]).toEqual([col, expect.stringMatching(/\S \/ \S/)]);
  });

  // Issue 64: its addresses were plain text, its ✗ lines only bold among a hundred.
  it("makes each line's cell a link to that cell of its form, addressed absolutely", () => {
    const { sheet, lines } = layoutCheckSheet(TEMPLATE_IDS.map(getTemplate));
    const links = new Map((sheet.links ?? []).map((l) => [l.row, l]));
    expect(links.size).toBe(lines.length);
    for (const line of lines) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(line.address)!;
      const shown = sheet.cells.find((c) => c.row === line.row && c.col === links.get(line.row)?.col);
      expect({ target: links.get(line.row)?.target, shown: shown?.value }).toEqual({
        target: `'${getTemplate(line.template).sheetName}'!$${col}$${row}`,
        shown: line.address,
      });
    }
  });

  it("fills each ✗ line red and each ⚠ line blue across, and names the first error at the top", () => {
    const blank = layoutCheckSheet([getTemplate("B03")]);
    const formats = blank.sheet.conditionalFormats ?? [];
    const first = blank.lines[0]!.row;
    const last = blank.lines[blank.lines.length - 1]!.row;
    expect(formats.map((f) => [f.look, f.formula, f.areas])).toEqual([
      ["error", `LEFT($E${first + 1})="✗"`, [{ top: first, left: 0, bottom: last, right: 4 }]],
      ["review", `LEFT($E${first + 1})="⚠"`, [{ top: first, left: 0, bottom: last, right: 4 }]],
    ]);
    const located = (check: ReturnType<typeof layoutCheckSheet>) =>
      check.sheet.cells.find((c) => c.row === 2 && c.col === 4)?.value;
    expect(located(blank)).toBe(`→ Biểu 03 ${blank.lines[0]!.address}`);
    const filled = layoutCheckSheet([getTemplate("B03")], {
      B03: { union_funding: { budget: 10, collected: 10 }, union_dues: { budget: 10, collected: 10 } },
    });
    expect(filled.errors).toBe(0);
    expect(located(filled)).toBeNull();
  });
});

// Red team, round 41: the cells of a rule to look at (a fee far above its budget) were the orange the
// legend keeps for a required input still blank.
describe("the forms' conditional formats", () => {
  it("mark a rule to look at in a look of its own, not a required blank's, as the legend says", () => {
    const plan = reportPlan(["B03"]);
    const looks = (plan.sheets.find((s) => s.name === "Biểu 03")!.conditionalFormats ?? []).map(
      (f) => f.look,
    );
    const review = ruleChecks(getTemplate("B03")).filter((c) => c.severity === "warning").length;
    expect(review).toBeGreaterThan(0);
    // And the inputs holding a formula, and the sums of money too small to be đồng (850 for 850 million),
    // which the check sheet marks ⚠ (a look at, not an error).
    expect(looks.filter((look) => look === "review")).toHaveLength(review + 2);
    expect(looks.filter((look) => look === "warning")).toHaveLength(1);
    expect(CONDITIONAL_LOOKS.review.fill).not.toBe(CONDITIONAL_LOOKS.warning.fill);
    expect(WORDS.selfCheck.legend.vi).toContain("xanh lam");
  });
});
