import type { GridCell, GridSheet } from "../../../src/core";
import { formulaResult } from "../../../src/core/report/formula-result";

type Held = number | string | boolean | { formula: string; value?: number } | { error: string };

const cellOf = (held: Held): GridCell => {
  if (typeof held === "number") return { value: { type: "number", value: held } };
  if (typeof held === "string") return { value: { type: "string", value: held } };
  if (typeof held === "boolean") return { value: { type: "boolean", value: held } };
  if ("error" in held) return { value: { type: "error", value: held.error } };
  return { formula: held.formula };
};

const sheetOf = (name: string, cells: Record<string, Held>, partial?: GridSheet["partial"]): GridSheet => ({
  name,
  visibility: "visible",
  cells: new Map(Object.entries(cells).map(([address, held]) => [address, cellOf(held)])),
  ...(partial ? { partial } : {}),
});

/** What the formula at Biểu 01!F9 gives, the workbook's other cells as given. */
function resultOf(
  formula: string,
  form: Record<string, Held> = {},
  others: Record<string, Record<string, Held>> = {},
) {
  const own = sheetOf("Biểu 01", { ...form, F9: { formula } });
  const sheets = new Map([[own.name.toUpperCase(), own]]);
  for (const [name, cells] of Object.entries(others)) sheets.set(name.toUpperCase(), sheetOf(name, cells));
  return formulaResult(sheets, own, "F9");
}

describe("formulaResult: a formula of numbers alone", () => {
  it.each([
    ["120+35", 155],
    ["1500", 1500],
    [" 2 * (40 - 3) ", 74],
    ["10/4", 2.5],
    ["-2^2", 4],
    ["2^3^2", 64],
    ["50%", 0.5],
    ["-50%", -0.5],
    ["1e3+1", 1001],
    ["--5", 5],
    ["((((7))))", 7],
    ["1-2-3", -4],
    ["2+3*4", 14],
    ["SUM(120,35)-35", 120],
    ["sum(1, 2 ,3)", 6],
    ["ROUND(2.675,2)", 2.68],
    ["ROUND(-2.5,0)", -3],
    ["ROUND(1234,-2)", 1200],
    ["INT(-1.5)", -2],
    ["MOD(-7,3)", 2],
    ["MIN(4,2,9)+MAX(4,2,9)", 11],
    ["IF(2>1,10,20)", 10],
    ["IF(AND(1,0),10,20)", 20],
    ["IF(OR(0,TRUE),10,20)", 10],
    ["IF(NOT(FALSE()),10,20)", 10],
    ["IFERROR(1/0,7)", 7],
    ['IF("a"="A",1,2)', 1],
    ["SUM(TRUE,1)", 2],
  ])("=%s is %p", (formula, result) => {
    expect(resultOf(formula)).toBeCloseTo(result, 12);
  });

  it.each([
    ['"1500"'],
    ["1/0"],
    ["(1+2"],
    ["1+"],
    ["1 2"],
    ["10^400"],
    ["0^0"],
    ["2>1"],
    ["FOO(1)"],
    ["_xlfn.119+1"],
    ["IF(1)"],
    ["ROUND(1)"],
    ['"a"<"b"'],
    ['1="1"'],
    ["1&2"],
    ["{1,2}"],
    ["#REF!+1"],
  ])("=%s gives no figure known here", (formula) => {
    expect(resultOf(formula)).toBeUndefined();
  });

  it("adds a sum of thousands of terms, and leaves unread a nesting deeper than a person types", () => {
    expect(resultOf(`${"1+".repeat(3000)}1`)).toBe(3001);
    expect(resultOf(`${"(".repeat(60)}1${")".repeat(60)}`)).toBe(1);
    expect(resultOf(`${"(".repeat(100)}1${")".repeat(100)}`)).toBeUndefined();
    expect(resultOf(`${"-".repeat(100_000)}1`)).toBeUndefined();
  });
});

describe("formulaResult: a formula over the workbook's cells", () => {
  const month = { B1: "Tháng", B2: 10, B3: 20, B4: 30, B5: 40, B6: 50, B7: 5, C2: "ghi chú" };

  it("adds a range of another sheet, passing over its texts and blanks", () => {
    expect(resultOf("SUM('Thu KP'!B1:B9)", {}, { "Thu KP": month })).toBe(155);
    expect(resultOf("SUM('Thu KP'!$B$2:$C$7)+'Thu KP'!B8", {}, { "Thu KP": month })).toBe(155);
  });

  it("counts a clerk's own list: COUNTA its entries, COUNT its figures, as Excel and LibreOffice count", () => {
    const list = {
      A1: "Tên CĐCS",
      A2: "CĐCS Công ty A",
      A3: "CĐCS Trường Tiểu học B",
      A5: "CĐCS Bệnh viện C",
      B1: "Đoàn viên",
      B2: 120,
      B3: "chưa có",
      B5: 45,
      C2: { error: "#N/A" },
      D2: { formula: "B2+B5" },
    };
    const lists = { "DS CĐCS": list };
    expect(resultOf("COUNTA('DS CĐCS'!A2:A47)", {}, lists)).toBe(3);
    expect(resultOf("COUNTA('DS CĐCS'!A1:B5)", {}, lists)).toBe(8);
    expect(resultOf("COUNT('DS CĐCS'!B1:B47)", {}, lists)).toBe(2);
    // An error in a range: COUNTA counts it, COUNT passes over it; neither returns it.
    expect(resultOf("COUNTA('DS CĐCS'!C1:C9)+COUNT('DS CĐCS'!C1:C9)", {}, lists)).toBe(1);
    // A cell it counts that holds a formula is computed: a figure.
    expect(resultOf("COUNT('DS CĐCS'!D1:D3)", {}, lists)).toBe(1);
    expect(resultOf("COUNT(1,2,TRUE)+COUNTA(5)", {}, lists)).toBe(4);
    expect(resultOf("COUNT('DS CĐCS'!E1:E9)", {}, lists)).toBe(0);
  });

  it.each([
    ["a logical value in a range (a number to LibreOffice)", "COUNT(Sheet2!A1:A2)", { A1: true, A2: 1 }],
    ["an empty text in a range (a blank to LibreOffice)", "COUNTA(Sheet2!A1:A2)", { A1: "", A2: 1 }],
    ["a text given as an argument", 'COUNT(Sheet2!A1:A2,"5")', { A1: 1 }],
    ["an error given as an argument", "COUNTA(1/0)", {}],
  ])("leaves a count unknown where the programs count apart: %s", (_, formula, cells) => {
    expect(resultOf(formula, {}, { Sheet2: cells as Record<string, Held> })).toBeUndefined();
  });

  it("reads a cell of another sheet, any case of its name, and a blank one as 0", () => {
    expect(resultOf("'Biểu 02'!C9", {}, { "Biểu 02": { C9: 1442 } })).toBe(1442);
    expect(resultOf("'BIỂU 02'!c9", {}, { "Biểu 02": { C9: 1442 } })).toBe(1442);
    expect(resultOf("Sheet2!A1+1", {}, { Sheet2: { A1: 4 } })).toBe(5);
    expect(resultOf("'Biểu 02'!C10", {}, { "Biểu 02": { C9: 1442 } })).toBe(0);
    expect(resultOf("E9*2", { E9: 21 })).toBe(42);
  });

  it("computes a cell read that holds a formula in turn, on its own sheet", () => {
    const form = { C5: 40, C6: 10, C7: { formula: 'IF(C5>0,C6/C5,"")' }, C8: { formula: "C5+C6" } };
    expect(resultOf("'Biểu 02'!C8", {}, { "Biểu 02": form })).toBe(50);
    expect(resultOf("ROUND('Biểu 02'!C7*100,0)", {}, { "Biểu 02": form })).toBe(25);
    expect(resultOf("SUM('Biểu 02'!C5:C8)", {}, { "Biểu 02": form })).toBe(100.25);
  });

  it("follows a sum over a ratio left empty, which a sum passes over and arithmetic cannot use", () => {
    const form = { C5: 0, C6: 10, C7: { formula: 'IF(C5>0,C6/C5,"")' } };
    expect(resultOf("SUM('Biểu 02'!C6:C7)", {}, { "Biểu 02": form })).toBe(10);
    expect(resultOf("'Biểu 02'!C7+1", {}, { "Biểu 02": form })).toBeUndefined();
  });

  it.each([
    ["a text", "Sheet2!A1+1", { A1: "15 người" }],
    ["a number written as text", "Sheet2!A1+1", { A1: "15" }],
    ["an error held", "Sheet2!A1+1", { A1: { error: "#N/A" } }],
    ["an error in a range", "SUM(Sheet2!A1:A2)", { A1: 1, A2: { error: "#DIV/0!" } }],
    ["a sheet the workbook lacks", "Nowhere!A1", {}],
    ["a range where one value is wanted", "Sheet2!A1:A2+1", { A1: 1 }],
    ["formulas going round", "Sheet2!A1", { A1: { formula: "A2" }, A2: { formula: "A1" } }],
    ["a formula reading its own cell", "Sheet2!A1", { A1: { formula: "'Biểu 01'!F9+1" } }],
    ["a range over a million cells", "SUM(Sheet2!A1:A1048576)", { A1: 1 }],
    ["a formula it reads that cannot be read", "Sheet2!A1", { A1: { formula: 'INDIRECT("B1")' } }],
  ])("gives no figure for %s", (_, formula, cells) => {
    expect(resultOf(formula, {}, { Sheet2: cells as Record<string, Held> })).toBeUndefined();
  });

  it("leaves unknown a chain of formulas longer than a clerk's sheets go", () => {
    const chain = (length: number) =>
      Object.fromEntries(
        Array.from(
          { length },
          (_, i) => [`A${i + 1}`, i + 1 < length ? { formula: `A${i + 2}+1` } : 0] as const,
        ),
      );
    expect(resultOf("Sheet2!A1", {}, { Sheet2: chain(10) })).toBe(9);
    expect(resultOf("Sheet2!A1", {}, { Sheet2: chain(40) })).toBeUndefined();
  });

  it("reads once a cell that many formulas read: a lattice of sums costs no more than its cells", () => {
    const cells: Record<string, Held> = { A16: 1 };
    for (let i = 1; i <= 15; i++) cells[`A${i}`] = { formula: `A${i + 1}+A${i + 1}` };
    expect(resultOf("Sheet2!A1", {}, { Sheet2: cells })).toBe(2 ** 15);
  });

  it("reads a cell a reader left out of a sheet read in part as unknown, not blank", () => {
    const partial = { listed: new Set(["A1"]), areas: [{ top: 1, left: 1, bottom: 2, right: 1 }] };
    const own = sheetOf("Biểu 01", { F9: { formula: "X" }, C5: 7 }, partial);
    const resultAt = (formula: string) => {
      const sheet = { ...own, cells: new Map([...own.cells, ["F9", { formula }]]) };
      return formulaResult(new Map([["BIỂU 01", sheet]]), sheet, "F9");
    };
    expect(resultAt("A1+SUM(B2:B3)+C5")).toBe(7);
    expect(resultAt("A2")).toBeUndefined();
    expect(resultAt("SUM(B2:B4)")).toBeUndefined();
  });

  it("reads sheet names as names, never as a key of an object", () => {
    expect(
      resultOf("'__proto__'!A1+constructor!A1", {}, { ["__proto__"]: { A1: 2 }, constructor: { A1: 3 } }),
    ).toBe(5);
    expect(resultOf("toString!A1")).toBeUndefined();
  });
});
