import { getTemplate, TEMPLATE_IDS } from "../../src/core";
import { layoutCheckSheet } from "../../src/core/layout/check-sheet";
import { ruleChecks } from "../../src/core/layout/check-formulas";
import { CONDITIONAL_LOOKS } from "../../src/core/layout/styles";
import { WORDS } from "../../src/core/vocabulary";
import { reportPlan } from "../support/reports";

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
    // And the inputs holding a formula, which the check sheet marks ⚠ (a look at, not an error).
    expect(looks.filter((look) => look === "review")).toHaveLength(review + 1);
    expect(looks.filter((look) => look === "warning")).toHaveLength(1);
    expect(CONDITIONAL_LOOKS.review.fill).not.toBe(CONDITIONAL_LOOKS.warning.fill);
    expect(WORDS.selfCheck.legend.vi).toContain("xanh lam");
  });
});
