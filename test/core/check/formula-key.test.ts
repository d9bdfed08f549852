import { extract, validate } from "../../../src/core";
import { formulaKey } from "../../../src/core/check/formula-key";
import { reportGrid, unit } from "../../support/reports";

const SHEET = "Biểu 04";
const same = (a: string, b: string) => formulaKey(a, SHEET) === formulaKey(b, SHEET);

describe("a formula compared with the one expected", () => {
  // Red team, round 48: Excel and LibreOffice read a blank inside a reference, a space of another kind, a
  // misplaced "$", another sheet or a text otherwise cased as no formula expected.
  it.each([
    ["=C18+C19", "C18+C19", true],
    ["$C$18 + C19", "C18+C19", true],
    ["C$18+$C19", "C18+C19", true],
    ["'Biểu 04'!C18+'biểu 04'!C19", "C18+C19", true],
    ['if( C13 > 0 , D13/C13 , "" )', 'IF(C13>0,D13/C13,"")', true],
    ["SUM(C9:C10)\n+C11", "SUM(C9:C10)+C11", true],
    ["C18+C1 9", "C18+C19", false],
    ["C18+C1\u00a09", "C18+C19", false],
    ["C18+C\u300019", "C18+C19", false],
    ["C18+C1\u200b9", "C18+C19", false],
    ["C1$8+C19", "C18+C19", false],
    ["'Biểu04'!C18+C19", "C18+C19", false],
    ["'Biểu 4'!C18+C19", "C18+C19", false],
    ['IF(C9>0,"đạt","")', 'IF(C9>0,"Đạt","")', false],
    ['IF(C9>0,"Đạt ","")', 'IF(C9>0,"Đạt","")', false],
  ])("takes %j as %j: %s", (a, b, alike) => {
    expect(same(a, b)).toBe(alike);
  });

  it("finds a rate's formula with a blank inside a reference tampered with, and one spaced out not", () => {
    const tampered = (formula: string) =>
      validate(
        extract(
          reportGrid({ unit: unit("P01"), templates: ["B01"], formulas: { TD_B01_total_cla_rate: formula } }),
        ),
      )
        .filter((f) => f.rule === "cell.formula_tampered")
        .map((f) => f.cell);
    expect(tampered('IF(C13>0,D13/C1 3,"")')).toEqual(["E13"]);
    expect(tampered('IF(C13>0,D13/C\u00a013,"")')).toEqual(["E13"]);
    expect(tampered('if( $C$13 > 0, D13 / C13, "")')).toEqual([]);
  });
});
