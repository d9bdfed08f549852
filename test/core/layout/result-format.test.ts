import { layoutSummary, rollup } from "../../../src/core";
import { resultFormat } from "../../../src/core/layout/result-format";
import { submission, unit, zeroFills } from "../../support/reports";

// Red team, round 35: a rate its 0.0% format rounded onto its target showed "70.0% 70.0% Chưa đạt".

describe("the format of a result beside its target", () => {
  it("shows a rate with as many decimals as tell it from a target it does not equal", () => {
    expect(resultFormat("ratio", 0.6996, 0.7)).toBe("0.00%");
    expect(resultFormat("ratio", 0.19998, 0.2)).toBe("0.000%");
    expect(resultFormat("ratio", 0.9999, 1)).toBe("0.00%");
    // A budget of 240 billion đồng short by a thousand (red team, round 36), and less.
    expect(resultFormat("ratio", (240e9 - 1000) / 240e9, 1)).toBe("0.0000000%");
    expect(resultFormat("ratio", 0.999999999999, 1)).toBe("0.0000000000%");
  });

  it("keeps a rate's 0.0% where it already tells them apart, where they are equal, or one is missing", () => {
    expect(resultFormat("ratio", 0.72, 0.7)).toBe("0.0%");
    expect(resultFormat("ratio", 0.7, 0.7)).toBe("0.0%");
    expect(resultFormat("ratio", null, 0.7)).toBe("0.0%");
    expect(resultFormat("ratio", 0.6996, null)).toBe("0.0%");
  });

  it("keeps a count's and money's whole figures", () => {
    expect(resultFormat("count", 28, 29)).toBe("#,##0");
    expect(resultFormat("money", 1, 2)).toBe("#,##0");
  });
});

describe("a summary's result rounded onto its target", () => {
  it("is shown on the overview, the scoring sheet and the parent-level form with the decimals that tell them apart", () => {
    const fills = {
      ...zeroFills(["B01"]),
      TD_B01_private_enterprises_with_union: 10_000,
      TD_B01_private_cla_signed: 6_996,
      TD_B01_private_grade_c: 6_996,
    };
    const summary = rollup([submission({ unit: unit("P01"), templates: ["B01"], fills }, "P01.xlsx")]);
    const rate = summary.units[0]!.attainment.find((a) => a.key === "B01_nonstate_cla_rate")!;
    expect([rate.result, rate.target, rate.met]).toEqual([0.6996, 0.7, false]);
    const plan = layoutSummary(summary);
    for (const name of ["Tổng hợp", "Chấm điểm"]) {
      const cells = plan.sheets.find((s) => s.name === name)!.cells;
      const shown = cells.filter((c) => c.value === 0.6996 || c.value === 0.7).map((c) => c.numFmt);
      expect({ name, shown }).toEqual({ name, shown: expect.arrayContaining(["0.00%"]) });
      expect(shown.every((format) => format === "0.00%")).toBe(true);
    }
    // The parent-level form the province signs: its target block's result, beside the target of 70.0%.
    const form = plan.sheets.find((s) => s.name === "Biểu 01")!;
    const target = form.cells.find((c) => c.value === 0.7 && c.formula === undefined)!;
    const result = form.cells.find((c) => c.row === target.row && c.value === 0.6996)!;
    expect([target.numFmt, result.numFmt]).toEqual(["0.0%", "0.00%"]);
  });
});
