import { extract, validate } from "../../src/core";
import { formulaKey } from "../../src/core/check/formula-key";
import { reportGrid, unit } from "../support/reports";

const SHEET = "Biểu 04";
const same = (a: string, b: string) => formulaKey(a, SHEET) === formulaKey(b, SHEET);

describe("a formula compared with the one expected", () => {
  it.each([
    ["=C18+C19", "C18+C19"],
    ["$C$18 + C19", "C18+C19"],
    ["C$18+$C19", "C18+C19"],
    ["'Biểu 04'!C18+'biểu 04'!C19", "C18+C19"],
    ['if( C13 > 0 , D13/C13 , "" )', 'IF(C13>0,D13/C13,"")'],
    ["SUM(C9:C10)\n+C11", "SUM(C9:C10)+C11"],
  ])("takes %j as %j: blanks, a reference's $, its own sheet and the case of names aside", (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  // Red team, round 48: Excel and LibreOffice read none of these as the formula expected.
  it.each([
    ["C18+C1 9", "C18+C19"],
    ["C18+C1\u00a09", "C18+C19"],
    ["C18+C\u300019", "C18+C19"],
    ["C18+C1\u200b9", "C18+C19"],
    ["C1$8+C19", "C18+C19"],
    ["'Biểu04'!C18+C19", "C18+C19"],
    ["'Biểu 4'!C18+C19", "C18+C19"],
    ['IF(C9>0,"đạt","")', 'IF(C9>0,"Đạt","")'],
    ['IF(C9>0,"Đạt ","")', 'IF(C9>0,"Đạt","")'],
  ])("tells %j from %j", (a, b) => {
    expect(same(a, b)).toBe(false);
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
