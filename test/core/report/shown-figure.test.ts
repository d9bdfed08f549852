import {
  extract,
  UNREADABLE_SHOWN,
  validate,
  type GridCell,
  type GridSheet,
  type WorkbookGrid,
} from "../../../src/core";
import { tooSmall, tooSmallSizes } from "../../../src/core/report/legible";
import { showsFigure } from "../../../src/core/report/shown-figure";
import { consistentFills, reportGrid, unit } from "../../support/reports";

describe("showsFigure", () => {
  // A whole figure written plainly or grouped by commas is read at once: the near misses around it are not.
  it.each([
    ["1,234", 1235],
    ["1,234", 123],
    ["12,34", 1234],
    ["1,2345", 12345],
    ["-1,234", 1234],
    ["1,234", -1234],
    ["12345", 1234],
    ["1,234,56", 123456],
  ])("reads %j as another figure than %p", (shown, figure) => {
    expect(showsFigure(shown, figure)).toBe(false);
  });

  it.each([
    ["1,500", 1500],
    ["1.500", 1500],
    ["1 500", 1500],
    ["1\u00a0500", 1500],
    ["1500", 1500],
    [" 1,500 ", 1500],
    ["1,500.00", 1500],
    ["1.500,00", 1500],
    ["1,500 ₫", 1500],
    ["$1,500", 1500],
    ["(1,500)", -1500],
    ["-1.500", -1500],
    ["15.3%", 0.153],
    ["15,3%", 0.153],
    ["1.50E+03", 1500],
    ["1,234,567", 1234567],
    ["0", 0],
    ["", 0],
    [" -   ", 0],
    ["#######", 1500],
    ["1,500", 1500.4],
    ["1.5E+3", 1500],
    ["1.542E+3", 1542],
    ["1,500,000", 1500000],
    ["5.000", 5000],
    ["5,00", 5],
    ["5.0000", 5],
    ["15.300%", 0.153],
    ["1.500E+03", 1500],
    ["1\u066c234\u066c567", 1234567],
    ["1\u066c500\u066b5", 1500.5],
    ["1\u066b500", 1.5],
    ["0,591", 0.591],
    ["0.591", 0.591],
    ["59\u066a", 0.59],
  ])("%p shows %p", (text, figure) => {
    expect(showsFigure(text, figure)).toBe(true);
  });

  it.each([
    ["1,442", 1500],
    ["", 1500],
    ["1,500", 1500000],
    ["2", 1500],
    ["15.0%", 1500],
    ["11,500", 1500],
    ["08/02/1904", 1500],
    ["1,500 (1,442)", 1500],
    ["-1,500", 1500],
    ["(1,500)", 1500],
    ["zero", 0],
    ["Đạt", 0],
    ["Δεν", 0],
    ["1", 0],
    ["1,500", 1501],
    ["1.5E+3", 1542],
    ["2E+3", 1500],
    ["1500,000", 1500000],
    ["1500.000", 1500000],
    ["0,015", 15],
    ["15,00,000", 1500000],
    // Three digits after one mark read as thousands to a person of one way of writing numbers or the other.
    ["5.000", 5],
    ["5,000", 5],
    ["12,000", 12],
    ["1234,000", 1234],
    ["1,500", 1.5],
    ["1\u066c500", 1.5],
    ["1\u066c50", 150],
    ["1\u066b500", 1500],
    ["0,500", 500],
  ])("%p does not show %p", (text, figure) => {
    expect(showsFigure(text, figure)).toBe(false);
  });

  it.each([
    ["59%", 0.5908, true],
    ["59.1%", 0.5908, true],
    ["0.59", 0.5908, true],
    ["1", 1, true],
    ["1", 0.59, false],
    ["0.6", 0.5908, false],
    ["1", 0.996, true],
  ])("%p shows a ratio of %p: %p", (text, figure, shows) => {
    expect(showsFigure(text, figure, "ratio")).toBe(shows);
    // A count is rounded to its units.
    if (!text.includes("%"))
      expect(showsFigure(text, figure, "count")).toBe(Math.abs(Number(text) - figure) <= 0.5);
  });
});

/** A consistent B01 report whose cells the test then changes, as a reader would give them. */
function reportWith(changes: Record<string, GridCell>): WorkbookGrid {
  const grid = reportGrid({ unit: unit("P01"), templates: ["B01"], fills: consistentFills(["B01"], 42) });
  const sheets = grid.sheets.map((sheet) => {
    const cells = new Map(sheet.cells);
    for (const [name, change] of Object.entries(changes)) {
      const target = grid.names.find((n) => n.name === name)!;
      if (target.sheet !== sheet.name) continue;
      cells.set(target.address, change);
    }
    return { ...sheet, cells };
  });
  return { ...grid, sheets };
}

const findingsOf = (grid: WorkbookGrid, rule: string) =>
  validate(extract(grid)).filter((f) => f.rule === rule);

describe("validate: what the form shows", () => {
  it("refuses an input whose number format shows another figure, naming both", () => {
    const [found, ...more] = findingsOf(
      reportWith({ TD_B01_state_grade_a: { value: { type: "number", value: 1500 }, shown: "1,442" } }),
      "cell.misleading_format",
    );
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: "error", sheet: "Biểu 01", cell: "F9" });
    expect(found!.message_vi).toContain('hiển thị "1,442"');
    expect(found!.message_vi).toContain("1.500");
    expect(found!.message_en).toContain('shows "1,442", but the figure rolled up is 1,500');
  });

  it("refuses a format that shows nothing for a figure, and accepts one that shows it plainly", () => {
    const hiding = reportWith({ TD_B01_state_grade_a: { value: { type: "number", value: 7 }, shown: "" } });
    expect(findingsOf(hiding, "cell.misleading_format")).toHaveLength(1);
    const plain = reportWith({ TD_B01_state_grade_a: { value: { type: "number", value: 7 }, shown: "7" } });
    expect(findingsOf(plain, "cell.misleading_format")).toEqual([]);
  });

  it("refuses a format it cannot read for certain, even over a zero, saying so", () => {
    const [found, ...more] = findingsOf(
      reportWith({ TD_B01_state_grade_a: { value: { type: "number", value: 0 }, shown: UNREADABLE_SHOWN } }),
      "cell.misleading_format",
    );
    expect(more).toEqual([]);
    expect(found!.message_en).toContain("may make it show another figure than 0");
    expect(found!.message_vi).toContain("không đọc chắc được định dạng này");
  });

  it('refuses a ratio shown rounded to a whole, as a count would be (59 % as "1")', () => {
    const fills = consistentFills(["B01"], 42);
    const grid = reportGrid({ unit: unit("P01"), templates: ["B01"], fills, staleCached: true });
    const name = grid.names.find((n) => n.name === "TD_B01_private_cla_rate")!;
    const sheet = grid.sheets.find((s) => s.name === name.sheet)!;
    const held = sheet.cells.get(name.address)!;
    expect(held.formula).toBeDefined();
    const showing = (shown: string) => {
      const cell = { ...held, value: { type: "number" as const, value: 0.59 }, shown };
      const cells = new Map(sheet.cells).set(name.address, cell);
      return { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, cells } : s)) };
    };
    expect(findingsOf(showing("1"), "cell.misleading_format").map((f) => f.cell)).toEqual([name.address]);
    expect(findingsOf(showing("59.0%"), "cell.misleading_format")).toEqual([]);
  });

  it("refuses a computed cell that shows another figure than the one it holds", () => {
    const fills = consistentFills(["B01"], 42);
    const grid = reportGrid({ unit: unit("P01"), templates: ["B01"], fills, staleCached: true });
    const sheet = grid.sheets.find((s) => s.name === "Biểu 01")!;
    const held = sheet.cells.get("C12")!;
    expect(held.formula).toBeDefined();
    const lying = new Map(sheet.cells).set("C12", { ...held, shown: "1" });
    const doctored = { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, cells: lying } : s)) };
    expect(findingsOf(doctored, "cell.misleading_format").map((f) => f.cell)).toEqual(["C12"]);
  });

  it.each([
    ["row", "hàng bị ẩn", "hidden row"],
    ["column", "cột bị ẩn", "hidden column"],
    ["merge", "ô gộp", "merged range"],
  ] as const)("refuses a figure the form hides (%s)", (hidden, vi, en) => {
    const [found] = findingsOf(
      reportWith({ TD_B01_state_grade_a: { value: { type: "number", value: 1500 }, hidden } }),
      "cell.hidden",
    );
    expect(found).toMatchObject({ severity: "error", cell: "F9" });
    expect(found!.message_vi).toContain(vi);
    expect(found!.message_en).toContain(en);
  });

  it.each([
    [{ rowHeight: 1 }, "cao 1 pt", "1 pt high"],
    [{ columnWidth: 0.5 }, "rộng 0,5 ký tự", "0.5 characters wide"],
    [{ fontSize: 0 }, "cỡ chữ chỉ khoảng 0 pt", "drawn about 0 pt high"],
  ] as const)("refuses a figure too small to see (%j)", (sizes, vi, en) => {
    const [found, ...more] = findingsOf(
      reportWith({
        TD_B01_state_grade_a: { value: { type: "number", value: 1500 }, drawnSizes: { styles: [sizes] } },
      }),
      "cell.hidden",
    );
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: "error", cell: "F9" });
    expect(found!.message_vi).toContain(vi);
    expect(found!.message_en).toContain(en);
  });

  it("reads sizes at the thresholds as showing the figure, and reports only those below", () => {
    // A row of 3 pt, the least, holds a 3-pt font.
    const sizes = { rowHeight: 3.6, columnWidth: 1, fontSize: 4 };
    expect(tooSmall(sizes)).toBeUndefined();
    expect(tooSmallSizes(sizes)).toBeUndefined();
    expect(tooSmallSizes({ ...sizes, fontSize: 3.5 })).toEqual({ fontSize: 3.5 });
    const fine = reportWith({
      TD_B01_state_grade_a: { value: { type: "number", value: 1500 }, drawnSizes: { styles: [sizes] } },
    });
    expect(findingsOf(fine, "cell.hidden")).toEqual([]);
  });

  // Red team, round 7 (L1): a row under half its font's height shows a sliver of its text's tops; round
  // 25: one under nine tenths of it cuts them (386 read as 380 in 8 pt, 900 as 300 at 28 pt in 15 pt).
  it("reads a row under nine tenths of its font's height (11 pt where the reader does not tell) as too low", () => {
    expect(tooSmall({ rowHeight: 5 })).toBe("rowHeight");
    expect(tooSmall({ rowHeight: 8 })).toBe("rowHeight");
    expect(tooSmall({ rowHeight: 9.9 })).toBeUndefined();
    expect(tooSmall({ rowHeight: 8, fontSize: 8 })).toBeUndefined();
    expect(tooSmall({ rowHeight: 15, fontSize: 28 })).toBe("rowHeight");
    expect(tooSmallSizes({ rowHeight: 8, columnWidth: 9, fontSize: 8 })).toBeUndefined();
    expect(tooSmallSizes({ rowHeight: 15, columnWidth: 9, fontSize: 20 })).toEqual({
      rowHeight: 15,
      fontSize: 20,
    });
    const squeezed = reportWith({
      TD_B01_state_grade_a: {
        value: { type: "number", value: 1500 },
        drawnSizes: { styles: [{ rowHeight: 4 }] },
      },
    });
    expect(findingsOf(squeezed, "cell.hidden").map((f) => f.message_en)).toEqual([
      expect.stringContaining("4 pt high"),
    ]);
  });

  it("refuses a figure a conditional format draws a bar or icon over", () => {
    const [found] = findingsOf(
      reportWith({ TD_B01_state_grade_a: { value: { type: "number", value: 1500 }, hidden: "graphic" } }),
      "cell.hidden",
    );
    expect(found!.message_en).toContain("a bar or an icon");
    expect(found!.message_vi).toContain("thanh dữ liệu");
  });

  it("lets a hidden row hold a 0 or nothing: the form loses no figure", () => {
    const zero = reportWith({ TD_B01_state_grade_a: { value: { type: "number", value: 0 }, hidden: "row" } });
    expect(findingsOf(zero, "cell.hidden")).toEqual([]);
    const blank = reportWith({ TD_B01_state_grade_a: { hidden: "row" } });
    expect(findingsOf(blank, "cell.hidden")).toEqual([]);
  });
});

describe("validate: a formula typed into an input", () => {
  const withFormula = (formula: string, value: number) =>
    reportWith({ TD_B01_state_grade_a: { formula, value: { type: "number", value } } });
  const rulesAt = (grid: WorkbookGrid) =>
    validate(extract(grid))
      .filter((f) => f.cell === "F9" && f.rule.startsWith("cell.formula"))
      .map((f) => [f.rule, f.severity]);

  it("warns of a formula of numbers whose result the file holds", () => {
    expect(rulesAt(withFormula("2+1", 3))).toEqual([["cell.formula_in_input", "warning"]]);
  });

  it("refuses one whose result the file holds otherwise, naming both figures", () => {
    const findings = validate(extract(withFormula("1500", 1442)));
    const found = findings.find((f) => f.rule === "cell.formula_result_differs");
    expect(found).toMatchObject({ severity: "error", cell: "F9" });
    expect(found!.message_en).toContain("=1500 gives 1,500, but the file holds the result 1,442");
    expect(found!.message_vi).toContain("=1500 tính ra 1.500");
  });

  it("refuses a formula whose result cannot be known from it", () => {
    expect(rulesAt(withFormula('INDIRECT("Z99")', 3))).toEqual([["cell.formula_unverifiable", "error"]]);
  });

  // Issue 64: a clerk's formula over the file's own cells was refused as one that could not be checked.
  it("computes a formula over the workbook's cells, a blank one as 0, and refuses a result it does not give", () => {
    const monthly: GridSheet = {
      name: "Thu KP",
      visibility: "visible",
      cells: new Map([
        ["B1", { value: { type: "string", value: "Tháng" } }],
        ["B2", { value: { type: "number", value: 2 } }],
        ["B3", { value: { type: "number", value: 1 } }],
      ]),
    };
    const withSheet = (formula: string, value: number) => {
      const grid = withFormula(formula, value);
      return { ...grid, sheets: [...grid.sheets, monthly] };
    };
    expect(rulesAt(withSheet("SUM('Thu KP'!B1:B7)", 3))).toEqual([["cell.formula_in_input", "warning"]]);
    expect(rulesAt(withSheet("'thu kp'!B2+Z98", 2))).toEqual([["cell.formula_in_input", "warning"]]);
    expect(rulesAt(withSheet("SUM('Thu KP'!B1:B7)", 4))).toEqual([["cell.formula_result_differs", "error"]]);
    expect(rulesAt(withSheet("Z99", 3))).toEqual([["cell.formula_result_differs", "error"]]);
    expect(rulesAt(withSheet("'Thu KP'!B1+1", 3))).toEqual([["cell.formula_unverifiable", "error"]]);
  });

  it.each([
    ["a data table", { kind: "dataTable", area: "F9:G10" }, "data table", "bảng dữ liệu"],
    ["an array formula", { kind: "array", area: "F9:G10" }, "array formula", "công thức mảng"],
    ["a shared formula of no earlier cell", { kind: "shared" }, "shared formula", "công thức dùng chung"],
  ] as const)("refuses an input %s computes, naming its kind", (_, computedBy, en, vi) => {
    for (const cell of [{ computedBy, value: { type: "number", value: 3 } } as const, { computedBy }]) {
      const findings = validate(extract(reportWith({ TD_B01_state_grade_a: cell })));
      const atCell = findings.filter((f) => f.cell === "F9" && f.rule.startsWith("cell."));
      expect(atCell.map((f) => f.rule)).toEqual(["cell.formula_in_input"]);
      expect(atCell[0]!.message_en).toContain(en);
      expect(atCell[0]!.message_vi).toContain(vi);
      if ("area" in computedBy) expect(atCell[0]!.message_en).toContain('"F9:G10"');
    }
  });
});
