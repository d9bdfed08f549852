import { constantResult } from "../../src/core/form/constant-formula";

describe("constantResult", () => {
  it.each([
    ["120+35", 155],
    ["1500", 1500],
    [" 2 * (40 - 3) ", 74],
    ["10/4", 2.5],
    ["-2^2", 4],
    ["2^3^2", 64],
    ["50%", 0.5],
    ["1e3+1", 1001],
    ["--5", 5],
    ["((((7))))", 7],
    ["1-2-3", -4],
    ["2+3*4", 14],
  ])("=%s is %p", (formula, result) => {
    expect(constantResult(formula)).toBeCloseTo(result, 12);
  });

  it.each([
    ["A1+1"],
    ["SUM(1,2)"],
    ['"1500"'],
    ["1/0"],
    ["(1+2"],
    ["1+"],
    [""],
    ["1 2"],
    ["Sheet1!B5"],
    ["10^400"],
    [`${"(".repeat(100)}1${")".repeat(100)}`],
    [`${"-".repeat(100_000)}1`],
  ])("=%s cannot be known from the formula alone", (formula) => {
    expect(constantResult(formula)).toBeNull();
  });
});
