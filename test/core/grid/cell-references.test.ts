import { movedFormula, r1c1Formula } from "../../../src/core/grid/cell-references";

// A conditional format's formula is written for one cell; the writers move it to another corner (the
// file) or write it as offsets (Office.js). Only its cell references may change, nothing else.

describe("moving a formula as Excel copies it", () => {
  it("moves relative references and keeps fixed parts", () => {
    expect(movedFormula("C9+$C9+C$9+$C$9", 2, 1)).toBe("D11+$C11+D$9+$C$9");
    expect(movedFormula("SUM(C9:E9)>0", -1, 0)).toBe("SUM(C8:E8)>0");
  });

  it("leaves texts, defined names, function names, numbers and sheet names alone", () => {
    const formula = `IF(TRIM(C9)<>"C9 or 'D9'",LOG10(TD_B01_x)+1E5,Q1!C9+'Biểu 01'!C9)`;
    expect(movedFormula(formula, 1, 1)).toBe(
      `IF(TRIM(D10)<>"C9 or 'D9'",LOG10(TD_B01_x)+1E5,Q1!D10+'Biểu 01'!D10)`,
    );
  });

  it("reads a reference in any case and writes it as Excel does", () => {
    expect(movedFormula("c9>0", 0, 1)).toBe("D9>0");
  });

  it("refuses to move a reference off the sheet", () => {
    expect(() => movedFormula("B2>0", 0, -2)).toThrow(RangeError);
    expect(movedFormula("$A$1>0", -5, -5)).toBe("$A$1>0");
  });
});

describe("a formula in R1C1 notation", () => {
  it("writes relative references as offsets from the cell the formula was written for", () => {
    expect(r1c1Formula("IF(ISNUMBER(C9),C9<D10,$A$5=B$9)", 8, 2)).toBe(
      "IF(ISNUMBER(RC),RC<R[1]C[1],R5C1=R9C[-1])",
    );
  });

  it("leaves texts alone", () => {
    expect(r1c1Formula(`$A$5="Lỗi ở C9"`, 4, 0)).toBe(`R5C1="Lỗi ở C9"`);
  });
});
