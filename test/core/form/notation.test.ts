import type { Expr } from "../../../src/core/catalog";
import { renderFormula, renderNotation } from "../../../src/core/form/expr";

const col = (c: string): Expr => ({ ref: { col: c } });
const at = { row: "r", col: "x" };
const numbered = (cell: { col: string }) => `(${cell.col})`;
const lettered = (cell: { col: string }) => cell.col.toUpperCase();

describe("the notation printed above a form's columns", () => {
  it.each<[string, Expr, string]>([
    ["a plain ratio", { ratio: [col("2"), col("1")] }, "(2)/(1)"],
    [
      "a sum over a figure",
      { ratio: [{ add: [col("4"), col("5"), col("6")] }, col("2")] },
      "((4)+(5)+(6))/(2)",
    ],
    ["a figure over a sum", { ratio: [col("1"), { add: [col("2"), col("3")] }] }, "(1)/((2)+(3))"],
    ["a difference of a sum", { sub: [col("1"), { add: [col("2"), col("3")] }] }, "(1)-((2)+(3))"],
    ["a multiple of a sum", { scale: [100, { add: [col("1"), col("2")] }] }, "100×((1)+(2))"],
  ])("brackets %s as its formula does", (_, expr, shown) => {
    expect(renderNotation(expr, at, numbered)).toBe(shown);
    // The same grouping in Excel's formula: the notation and the formula are one reading.
    const formula = renderFormula(expr, at, lettered);
    expect(formula.replace(/^IF\((.*)>0,(.*),""\)$/, "$2").replace(/\*/g, "×")).toBe(
      shown.replace(/\((\d+)\)/g, "$1"),
    );
  });
});
