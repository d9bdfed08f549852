import {
  blanksCondition,
  cellValueCondition,
  errorsCondition,
  operandFigure,
} from "../../../src/core/report/rule-conditions";
import { odsRowBound, odsRuleCondition } from "../../../src/xlsx/sheetjs/ods/ods-rule-conditions";
import type { GridValue } from "../../../src/core/grid/grid";

const figure = (value: number): GridValue => ({ type: "number", value });
const text = (value: string): GridValue => ({ type: "string", value });
const error: GridValue = { type: "error", value: "#DIV/0!" };

describe("whether a conditional format's rule may hold over a cell", () => {
  it("compares a figure with figures, and takes no text for equal to one", () => {
    const zero = cellValueCondition("equal", [operandFigure("0")])!;
    expect([zero(figure(0)), zero(figure(10)), zero(text("Tổng")), zero(undefined)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    const between = cellValueCondition("between", [operandFigure("20"), operandFigure("8")])!;
    expect([between(figure(10)), between(figure(21))]).toEqual([true, false]);
    expect(cellValueCondition("greaterThan", [operandFigure("$B$2")])).toBeUndefined();
    expect(cellValueCondition("containsText", [operandFigure("1")])).toBeUndefined();
    expect(operandFigure(" -1.5E2 ")).toBe(-150);
    // Excel and LibreOffice take 0.1 + 0.2 for 0.3: a figure next to an operand may meet it either way.
    const third = cellValueCondition("equal", [operandFigure("0.3")])!;
    const above = cellValueCondition("greaterThan", [operandFigure("0.3")])!;
    expect([third(figure(0.1 + 0.2)), above(figure(0.1 + 0.2)), third(figure(0.31))]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("holds for errors or blanks as the cell holds them", () => {
    expect([
      errorsCondition(true)(error),
      errorsCondition(true)(figure(1)),
      errorsCondition(false)(error),
    ]).toEqual([true, false, false]);
    expect([
      blanksCondition(true)(text("  ")),
      blanksCondition(true)(text("a")),
      blanksCondition(false)(figure(0)),
    ]).toEqual([true, false, true]);
  });

  it("reads LibreOffice's conditions, of its own conditional formats and of a cell style's style:map", () => {
    const holds = (condition: string, value: GridValue, base = "'Biểu 01'.C9") =>
      odsRuleCondition(condition, base)?.(value);
    expect([holds("=0", figure(0)), holds("=0", figure(3)), holds("cell-content()=0", text("Tổng"))]).toEqual(
      [true, false, false],
    );
    expect([holds("between(1,5)", figure(3)), holds("cell-content-is-not-between(1;5)", figure(3))]).toEqual([
      true,
      false,
    ]);
    expect([holds("is-error", figure(1)), holds("is-no-error", error)]).toEqual([false, false]);
    expect(holds("formula-is(ISERROR([.C9]))", figure(1))).toBe(false);
    expect(odsRuleCondition("formula-is(ISERROR([.$C$9]))", "'Biểu 01'.C9")).toBeUndefined();
    expect(odsRuleCondition("formula-is(ISERROR([.D9]))", "'Biểu 01'.C9")).toBeUndefined();
    expect(odsRuleCondition('begins-with("a")', undefined)).toBeUndefined();
  });
});

describe("whether an .ods conditional style's formula reads its row alone", () => {
  it.each([
    ["formula-is(MOD(ROW();2)=1)", true],
    ['formula-is([.$A3]<>"")', true],
    ["formula-is(COUNTA([.$A3:.$K3])>0)", true],
    ['is-true-formula([.$A$3]="x")', true],
    ['formula-is([.A3]<>"")', false],
    ["formula-is(COUNTA([.$A3:.K3])>0)", false],
    ["formula-is(['Biểu 01'.$A3]=1)", false],
    ["formula-is([Nháp.$A3]=1)", false],
    ["formula-is(MOD(COLUMN();2)=1)", false],
    ["cell-content()>0", false],
  ])("%s: %s", (condition, byRow) => expect(odsRowBound(condition)).toBe(byRow));
});
