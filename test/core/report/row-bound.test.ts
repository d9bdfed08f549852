import { rowBoundFormula } from "../../../src/core/report/row-bound";

describe("a conditional format's formula that reads its row alone", () => {
  it.each([
    "MOD(ROW(),2)=1",
    "ISEVEN(ROW())",
    'AND($A3<>"",$B$1>0)',
    "SUM($C3:$K3)>1E5",
    "$3:$3=1",
    "TRUE",
    '_xlfn.ISODD(ROW())*("A1"="x")',
  ])("holds over a row's cells alike: %s", (formula) => {
    expect(rowBoundFormula(formula)).toBe(true);
  });

  it.each([
    'A1<>""',
    "LEN(A3)>0",
    "ISTEXT(a3)",
    "$A3+B$1>0",
    "MOD(COLUMN(),2)=0",
    'CELL("col")>1',
    'INDIRECT("RC[-1]",FALSE)>0',
    "A:A=1",
    "Hidden>0",
    "'Biểu 01'!$A3>0",
    "Table1[Col]>0",
  ])("may hold over one cell of a row and not the next: %s", (formula) => {
    expect(rowBoundFormula(formula)).toBe(false);
  });
});
