import { checkSubmission, type Submission } from "../../../src/core";
import { figureText, messageFigure } from "../../../src/core/text/figure-text";
import { consistentFills, submission, unit } from "../../support/reports";

describe("figures in messages", () => {
  it("are written as each language writes them", () => {
    expect(messageFigure(0.5)).toEqual({ vi: "0,5", en: "0.5" });
    expect(messageFigure(1_000_000_000_000_000)).toEqual({
      vi: "1.000.000.000.000.000",
      en: "1,000,000,000,000,000",
    });
    expect(messageFigure(-1234.5)).toEqual({ vi: "-1.234,5", en: "-1,234.5" });
    expect(messageFigure(1.0000001)).toEqual({ vi: "1,0000001", en: "1.0000001" });
  });

  it("are written in powers of ten when too large or too small to show digit for digit", () => {
    expect(messageFigure(1.7e308)).toEqual({ vi: "≈ 1,7 × 10³⁰⁸", en: "≈ 1.7 × 10³⁰⁸" });
    expect(messageFigure(5e-324)).toEqual({ vi: "≈ 4,941 × 10⁻³²⁴", en: "≈ 4.941 × 10⁻³²⁴" });
    // 9007199254740993 cannot be held: it is read as …992, so no exact figure is claimed.
    expect(messageFigure(Number("9007199254740993"))).toEqual({ vi: "≈ 9,007 × 10¹⁵", en: "≈ 9.007 × 10¹⁵" });
    expect(figureText(1.7e308).vi).toBe("≈ 1,7 × 10³⁰⁸");
  });

  const checked = (fills: Record<string, number>) => {
    const s: Submission = submission(
      { unit: unit("U0001"), templates: ["B03"], fills: { ...consistentFills(["B03"], 1), ...fills } },
      "U0001.xlsx",
    );
    const c = checkSubmission(s);
    if (!("reason" in c)) throw new Error("not rejected");
    return c;
  };

  it("in a rejection, are in the language's format, and the reason names the first error's sheet and cell", () => {
    const c = checked({ TD_B03_union_funding_collected: 0.5 });
    const first = c.findings.find((f) => f.severity === "error")!;
    expect(first.rule).toBe("cell.fraction");
    expect(c.reason.vi).toContain(`Có 1 lỗi, ở ô ${first.cell} của trang tính "${first.sheet}": `);
    expect(c.reason.vi).toContain(": 0,5 không phải số đồng nguyên");
    expect(c.reason.en).toContain(`1 error, in cell ${first.cell} of sheet "${first.sheet}": `);
    expect(c.reason.en).toContain(": 0.5 is not a whole number");
    const large = checked({ TD_B03_union_funding_collected: 1e15 });
    expect(large.reason.vi).toContain("số 1.000.000.000.000.000 quá lớn");
    expect(large.reason.en).toContain("figure 1,000,000,000,000,000 is too large");
  });
});
