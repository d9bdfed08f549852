import { extract, fromA1, META_SHEET, parseSheetRef, TEMPLATE_IDS, toA1, validate } from "../../src/core";
import { WORDS } from "../../src/core/vocabulary";
import type { WorkbookGrid } from "../../src/core/grid/grid";
import { smallSizesOf } from "../../src/core/report/drawn-sizes";
import { besideName } from "../../src/core/form/target-block";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { cellsIn, parseRect } from "./fakes/fake-state";
import { reportPlan } from "../support/reports";
import { copiedForm } from "../support/copied-form";
import { consistentFills, reportGrid, unit } from "../support/reports";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const readGrid = () => excel.count(() => createExcelHost().live!.readGrid());

describe("reading the open workbook into a grid", () => {
  it("keeps each value's type, finds formulas, addresses cells from A1 and maps visibility", async () => {
    const typed = {
      B2: 5,
      C2: "12",
      D2: { formula: "B2*2", value: 10 },
      E2: { error: "#DIV/0!" },
      F2: true,
      B3: "=để nguyên",
      C3: { formula: 'IF(B2>0,"","x")', value: "" },
      D3: { formula: "B2/0" },
    };
    const b01 = excel.book.addSheet("Biểu 01").set({ ...typed, H9: "không có tên" });
    excel.book.addSheet("Ẩn", "Hidden");
    excel.book.addSheet(META_SHEET, "VeryHidden").set({ A1: "schema", B1: 1 });
    const at = (address: string) => ({ sheet: b01, rect: parseRect(address) });
    excel.book.names.push(
      ...Object.keys(typed).map((address) => ({ name: `TD_${address}`, target: at(address) })),
      { name: "TD_BLOCK", target: at("B2:D3") },
      { name: "Của_tôi", target: at("H9") },
      { name: "TD_TEXT", target: { formula: '="văn bản"', type: "String" } },
      { name: "TD_GONE", target: { formula: "=#REF!$C$9", type: "Range" } },
      { name: "TD_ELSEWHERE", target: { formula: "='Không có'!$C$9", type: "Range" } },
    );

    const { result: grid, syncs } = await readGrid();
    expect(syncs).toBe(2);
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "visible"],
      ["Biểu 01", "visible"],
      ["Ẩn", "hidden"],
      [META_SHEET, "veryHidden"],
    ]);
    expect(grid.sheets[0]!.cells.size).toBe(0);
    // A number in General with the room its column gives its digits (Excel's default: 48 pt, 11-pt font).
    const generalSizes = [{ columnWidth: 48 / 5.25, fontSize: 11 }];
    // Every cell's sizes as Excel draws it, for the core to judge (its default row, column and font).
    const drawnSizes = { styles: [{ rowHeight: 15, columnWidth: 48 / 5.25, fontSize: 11 }] };
    expect(Object.fromEntries(grid.sheets[1]!.cells)).toEqual({
      B2: { value: { type: "number", value: 5 }, shown: "5", generalSizes, drawnSizes },
      C2: { value: { type: "string", value: "12" }, drawnSizes },
      D2: { value: { type: "number", value: 10 }, formula: "B2*2", shown: "10", generalSizes, drawnSizes },
      E2: { value: { type: "error", value: "#DIV/0!" }, drawnSizes },
      F2: { value: { type: "boolean", value: true }, drawnSizes },
      B3: { value: { type: "string", value: "=để nguyên" }, drawnSizes },
      C3: { value: { type: "string", value: "" }, formula: 'IF(B2>0,"","x")', drawnSizes },
      D3: { formula: "B2/0", drawnSizes },
      // A text of a form's sheet is read for its text, wherever it is: a copy of the form is known by it.
      H9: { value: { type: "string", value: "không có tên" } },
    });
    expect(Object.fromEntries(grid.sheets[3]!.cells)).toEqual({
      A1: { value: { type: "string", value: "schema" } },
      B1: { value: { type: "number", value: 1 } },
    });
    expect(grid.names).toEqual([
      ...Object.keys(typed).map((address) => ({ name: `TD_${address}`, sheet: "Biểu 01", address })),
      { name: "TD_BLOCK", sheet: "Biểu 01", address: "B2" },
    ]);
  });

  it("costs two syncs however many sheets there are", async () => {
    for (let i = 0; i < 20; i++) excel.book.addSheet(`Trang ${i}`).set({ A1: i, B2: `x${i}` });
    expect((await readGrid()).syncs).toBe(2);
  });
});

describe("a report inserted, filled in Excel and read back", () => {
  const templates = TEMPLATE_IDS;
  const fills = consistentFills(templates, 77);

  async function insertAndFill(typed: Record<string, number | string>) {
    await createExcelHost().insertReport(reportPlan(templates, "CD_P01"), "bieu-mau.xlsx");
    const targets = excel.book.nameTargets();
    for (const [name, value] of Object.entries(typed)) {
      const ref = parseSheetRef(targets.get(name)!)!;
      excel.book.sheet(ref.sheet).enter(ref.address, value);
    }
  }

  it("extracts the same report as the reference grid, and validation finds nothing wrong", async () => {
    await insertAndFill(fills as Record<string, number>);
    const extraction = extract((await readGrid()).result);
    const reference = extract(reportGrid({ unit: unit("CD_P01"), templates, fills }));
    expect(extraction.report?.unit.code).toBe("CD_P01");
    expect(extraction.report).toEqual(reference.report);
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads only the named cells, the text above and left of them, the texts of each form's first pages and the metadata sheet, and of a large sheet of the user's own its first rows", async () => {
    const data = excel.book.addSheet("Dữ liệu");
    for (let row = 1; row <= 2000; row++)
      data.set({ [`A${row}`]: row, [`B${row}`]: `dòng ${row}`, [`Z${row}`]: 1 });
    await insertAndFill(fills as Record<string, number>);
    excel.book.reads.length = 0;

    const { result: grid, syncs } = await readGrid();
    expect(syncs).toBe(2);
    // Its first pages alone, where a copy of a form would show its title: the cells in use of 300 rows.
    expect(excel.book.reads.filter((r) => r.startsWith("Dữ liệu!"))).toEqual(["Dữ liệu!A1:Z300"]);
    // Of each form's sheet, the cells in use of its first pages once, for their texts.
    const formSheets = [...new Set(reportPlan(templates).names.map((n) => n.sheet))].filter(
      (sheet) => sheet !== META_SHEET,
    );
    const pages = formSheets.map((sheet) => {
      const used = excel.book.sheet(sheet).usedRect(parseRect("A1:IV300"))!;
      return `${sheet}!${toA1(used.top, used.left)}:${toA1(used.bottom, used.right)}`;
    });
    for (const read of pages) expect(excel.book.reads.filter((r) => r === read)).toEqual([read]);
    const cellsRead = excel.book.reads
      .filter((r) => !r.startsWith("Dữ liệu!") && !pages.includes(r))
      .flatMap((r) => cellsIn(parseRect(r.slice(r.lastIndexOf("!") + 1))));
    const metaCells = excel.book.sheet(META_SHEET).cells.size;
    // A form's title, headings and labels are above and left of its cells (and its targets' results and
    // assessments): one area per form sheet.
    const corners = new Map<string, { row: number; col: number }>();
    for (const { name, sheet, row, col } of reportPlan(templates).names)
      for (const at of [{ row, col }, ...besideName(name, toA1(row, col)).map((a) => fromA1(a)!)]) {
        const far = corners.get(sheet) ?? at;
        corners.set(sheet, { row: Math.max(far.row, at.row), col: Math.max(far.col, at.col) });
      }
    const above = [...corners].reduce(
      (sum, [sheet, { row, col }]) => sum + (sheet === META_SHEET ? 0 : (row + 1) * (col + 1)),
      0,
    );
    // And beside each target, its result and assessment.
    const beside = reportPlan(templates).names.flatMap((n) => besideName(n.name, toA1(n.row, n.col))).length;
    expect(beside).toBeGreaterThan(0);
    expect(cellsRead.length).toBeLessThanOrEqual(
      reportPlan(templates).names.length + beside + metaCells + above,
    );
    expect(extract(grid).report).toEqual(
      extract(reportGrid({ unit: unit("CD_P01"), templates, fills })).report,
    );
  });

  it("refuses every name moved onto a copy of a form to its right, in the same two syncs", async () => {
    const { plan, moved } = copiedForm(reportPlan(templates, "CD_P01"), "B04", false, {});
    await createExcelHost().insertReport(plan, "bieu-mau.xlsx");
    const { result, syncs } = await readGrid();
    expect(syncs).toBe(2);
    const flagged = validate(extract(result)).filter((f) => f.rule === "cell.name_misplaced");
    expect(flagged.map((f) => f.cell).sort()).toEqual(
      [...moved.values()].map((at) => toA1(at.row, at.col)).sort(),
    );
  });

  it("reports a number typed as text at its cell", async () => {
    await insertAndFill({ ...(fills as Record<string, number>), TD_B01_state_enterprises_with_union: "'12" });
    const findings = validate(extract((await readGrid()).result));
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.sheet, f.cell])).toContainEqual(["Biểu 01", "C9"]);
  });

  it("reports a figure its number format hides, and one on a hidden row or column, at its cell", async () => {
    await insertAndFill({ ...(fills as Record<string, number>), TD_B01_state_grade_a: 3 });
    const sheet = excel.book.sheet("Biểu 01");
    const at = (name: string) => parseSheetRef(excel.book.nameTargets().get(name)!)!.address;
    const lying = at("TD_B01_state_enterprises_with_union");
    sheet.cell(lying).shown = "1,442";
    const onHiddenRow = at("TD_B01_fdi_enterprises_with_union");
    const inHiddenColumn = at("TD_B01_state_grade_a");
    sheet.hiddenRows.add(Number(/\d+/.exec(onHiddenRow)![0]) - 1);
    sheet.hiddenColumns.add(inHiddenColumn.charCodeAt(0) - 65);
    const findings = validate(extract((await readGrid()).result));
    const at_ = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.cell);
    expect(at_("cell.misleading_format")).toEqual([lying]);
    expect(at_("cell.hidden")).toEqual(expect.arrayContaining([onHiddenRow, inHiddenColumn]));
    const hidden = findings.filter((f) => f.rule === "cell.hidden");
    expect(hidden.find((f) => f.cell === onHiddenRow)!.message_en).toContain("hidden row");
    expect(hidden.find((f) => f.cell === inHiddenColumn)!.message_en).toContain("hidden column");
  });

  it("reports a figure written in its background's colour at its cell, and reads a red one as shown", async () => {
    await insertAndFill(fills as Record<string, number>);
    const sheet = excel.book.sheet("Biểu 01");
    const at = (name: string) => parseSheetRef(excel.book.nameTargets().get(name)!)!.address;
    const white = at("TD_B01_state_enterprises_with_union");
    const red = at("TD_B01_fdi_enterprises_with_union");
    sheet.cell(white).format.color = "#FFFFFF";
    sheet.cell(red).format.color = "#C00000";
    const { result: grid, syncs } = await readGrid();
    expect(syncs).toBe(2);
    const hidden = validate(extract(grid)).filter((f) => f.rule === "cell.hidden");
    expect(hidden.map((f) => [f.cell, f.severity])).toEqual([[white, "error"]]);
    expect(hidden[0]!.message_en).toMatch(/written in #FFFFFF on a #[0-9A-F]{6} background/);
  });

  // Red team, round 60, as the file readers name it: a conditional format's white font over a figure.
  it("with ExcelApi 1.19, reports a figure a conditional format that holds writes in its background's colour", async () => {
    await insertAndFill(fills as Record<string, number>);
    const sheet = excel.book.sheet("Biểu 01");
    const white = parseSheetRef(
      excel.book.nameTargets().get("TD_B01_state_enterprises_with_union")!,
    )!.address;
    const { row, col } = fromA1(white)!;
    const rule = sheet.addConditionalFormat("Custom", [{ top: row, bottom: row, left: col, right: col }]);
    rule.fontColor = "#FFFFFF";
    rule.holds = true;
    const hidden = async () =>
      validate(extract((await readGrid()).result))
        .filter((f) => f.rule === "cell.hidden")
        .map((f) => f.cell);
    // Below ExcelApi 1.19 Excel gives a cell's own looks alone: the rule is not seen.
    expect(await hidden()).toEqual([]);
    excel.supportedApi = "1.19";
    expect(await hidden()).toEqual([white]);
    rule.holds = false;
    expect(await hidden()).toEqual([]);
  });
});

/** A report inserted and filled, and the sheet and address of a non-zero input of Biểu 01. */
/** The open workbook's findings of `rules`, read in the two syncs every read of it takes. */
async function findingsRead(...rules: string[]) {
  const { result: grid, syncs } = await readGrid();
  expect(syncs).toBe(2);
  return validate(extract(grid)).filter((f) => rules.includes(f.rule));
}

async function filledReport() {
  const fills = consistentFills(TEMPLATE_IDS, 77);
  await createExcelHost().insertReport(reportPlan(TEMPLATE_IDS, "CD_P01"), "bieu-mau.xlsx");
  const targets = excel.book.nameTargets();
  for (const [name, value] of Object.entries(fills as Record<string, number>)) {
    const ref = parseSheetRef(targets.get(name)!)!;
    excel.book.sheet(ref.sheet).enter(ref.address, value);
  }
  const name = "TD_B01_state_enterprises_with_union";
  expect(fills[name as keyof typeof fills]).not.toBe(0);
  const address = parseSheetRef(targets.get(name)!)!.address;
  const { row, col } = fromA1(address)!;
  return { sheet: excel.book.sheet("Biểu 01"), address, row, col };
}

describe("a host that cannot tell the looks as drawn (getDisplayedCellProperties)", () => {
  const UNCHECKED = "workbook.conditional_looks_unchecked";

  /** The open workbook read: its syncs, its report's figures and its findings. */
  async function read() {
    const { result: grid, syncs } = await readGrid();
    const extraction = extract(grid);
    return { syncs, figures: extraction.report?.forms, findings: validate(extraction) };
  }

  const unchecked = (findings: readonly { rule: string; severity: string; message_en: string }[]) =>
    findings.filter((f) => f.rule === UNCHECKED).map((f) => [f.severity, f.message_en]);

  it.each([
    ["fails the request", "sync", 3],
    ["throws where it is called", "call", 2],
  ] as const)(
    "%s: the report is read with the looks as set, its figures the same, and a warning says the conditional formats' colours were not checked",
    async (_, mode, syncs) => {
      excel.supportedApi = "1.19";
      await filledReport();
      const drawn = await read();
      expect(drawn.syncs).toBe(2);
      expect(unchecked(drawn.findings)).toEqual([]);

      excel.drawnLooksFail = mode;
      const asSet = await read();
      expect(asSet.syncs).toBe(syncs);
      expect(asSet.figures).toEqual(drawn.figures);
      expect(asSet.findings.filter((f) => f.rule !== UNCHECKED)).toEqual(drawn.findings);
      expect(unchecked(asSet.findings)).toEqual([["warning", WORDS.report.conditionalLooksUnchecked.en]]);
    },
  );

  it("says so below ExcelApi 1.19 too, where Excel has only the looks as set", async () => {
    await filledReport();
    expect(excel.supportedApi).toBe("1.9");
    expect(unchecked((await read()).findings)).toEqual([
      ["warning", WORDS.report.conditionalLooksUnchecked.en],
    ]);
  });

  it("keeps the looks as drawn when it is the merged areas Excel will not list", async () => {
    excel.supportedApi = "1.19";
    const { sheet, address, row, col } = await filledReport();
    // Excel lists no more than 512 merged areas in a range.
    sheet.merges.push(...Array<string>(513).fill(`${toA1(row, col - 1)}:${address}`));
    const { syncs, findings } = await read();
    // The read with both, the looks as set with the merges (failing again), then the looks as drawn alone.
    expect(syncs).toBe(4);
    expect(unchecked(findings)).toEqual([]);
  });
});

describe("a figure too small to see, read in Excel", () => {
  async function tooSmall() {
    return findingsRead("cell.hidden");
  }

  it("reports a figure in a 1 pt font at its cell, and a 4 pt one as readable", async () => {
    const { sheet, address } = await filledReport();
    sheet.cell(address).format.size = 1;
    const { result: grid } = await readGrid();
    expect(smallSizesOf(grid.sheets.find((s) => s.name === "Biểu 01")!.cells.get(address)!)).toEqual({
      fontSize: 1,
    });
    const hidden = validate(extract(grid)).filter((f) => f.rule === "cell.hidden");
    expect(hidden.map((f) => [f.cell, f.severity])).toEqual([[address, "error"]]);
    expect(hidden[0]!.message_en).toContain("drawn about 1 pt high");

    sheet.cell(address).format.size = 4;
    expect(await tooSmall()).toEqual([]);
  });

  it("reports a 4.5 pt figure set as a superscript or subscript, drawn smaller, and not one at 11 pt", async () => {
    const { sheet, address } = await filledReport();
    sheet.cell(address).format.size = 4.5;
    expect(await tooSmall()).toEqual([]);
    for (const script of ["superscript", "subscript"] as const) {
      sheet.cell(address).format.script = script;
      expect((await tooSmall()).map((f) => f.cell)).toEqual([address]);
    }
    sheet.cell(address).format.size = 11;
    expect(await tooSmall()).toEqual([]);
  });

  it("reports a figure on a 1 pt row at its cell, and one on a 10 pt row (tall enough for its font) as seen", async () => {
    const { sheet, address, row } = await filledReport();
    sheet.rowHeights.set(row, 1);
    const hidden = await tooSmall();
    expect(hidden.map((f) => f.cell)).toContain(address);
    expect(hidden.every((f) => fromA1(f.cell!)!.row === row && f.severity === "error")).toBe(true);
    expect(hidden.find((f) => f.cell === address)!.message_en).toContain("row is only 1 pt high");
    // Round 25: 8 pt cuts an 11-pt figure's tops (386 read as 380).
    sheet.rowHeights.set(row, 8);
    expect((await tooSmall()).map((f) => f.cell)).toContain(address);

    sheet.rowHeights.set(row, 10);
    expect(await tooSmall()).toEqual([]);
  });

  it("reports a figure in a column a few points wide at its cell, counting characters of 5.25 pt", async () => {
    const { sheet, address, col } = await filledReport();
    sheet.columnWidths.set(col, 3.75); // 5 px: under the 7 px of one character
    const hidden = await tooSmall();
    expect(hidden.map((f) => f.cell)).toContain(address);
    expect(hidden.every((f) => fromA1(f.cell!)!.col === col && f.severity === "error")).toBe(true);
    expect(hidden.find((f) => f.cell === address)!.message_en).toContain("column is only 0.7143 characters");

    // 7 px: one character, as a file's width="1": not too small, but too narrow for the figures (###).
    sheet.columnWidths.set(col, 5.25);
    const narrow = await tooSmall();
    expect(narrow.map((f) => f.cell)).toContain(address);
    expect(narrow.every((f) => f.message_en.includes("shows ###"))).toBe(true);
  });

  it("reports nothing too small at Excel's default sizes (15 pt rows, 48 pt columns, 11 pt font)", async () => {
    const { sheet, row, col } = await filledReport();
    sheet.columnWidths.delete(col);
    sheet.rowHeights.delete(row);
    const { result: grid } = await readGrid();
    const sized = grid.sheets.flatMap((s) => [...s.cells.values()].filter((c) => smallSizesOf(c)));
    expect(sized).toEqual([]);
    expect(validate(extract(grid)).filter((f) => f.rule === "cell.hidden")).toEqual([]);
  });
});

describe("a figure shown as ### in a column too narrow for it, read in Excel", () => {
  /** The report with 1,234,567 (or `figure`) in an input written #,##0, as Excel's Range.text gives it. */
  async function withFigure(figure: number, shown: string) {
    const filled = await filledReport();
    filled.sheet.enter(filled.address, figure);
    expect(filled.sheet.cell(filled.address).numberFormat).toBe("#,##0");
    filled.sheet.cell(filled.address).shown = shown;
    return filled;
  }

  it("reports 1,234,567 in a column of 6 characters at its cell, which Range.text never shows", async () => {
    const { sheet, address, col } = await withFigure(1234567, "1,234,567");
    sheet.columnWidths.set(col, 6 * 5.25);
    const { result: grid } = await readGrid();
    const cell = grid.sheets.find((s) => s.name === "Biểu 01")!.cells.get(address)!;
    expect([cell.shown, cell.mayShow]).toEqual(["###", ["1,234,567"]]);
    const hidden = await findingsRead("cell.hidden");
    expect(hidden.map((f) => [f.cell, f.severity])).toEqual([[address, "error"]]);
    expect(hidden[0]!.message_en).toContain("shows ###");
  });

  it("reads the same figure in Excel's default column (48 pt), and 0 in the narrow one, as shown", async () => {
    const { sheet, address, col } = await withFigure(1234567, "1,234,567");
    sheet.columnWidths.delete(col);
    expect(await findingsRead("cell.hidden")).toEqual([]);
    sheet.enter(address, 0);
    sheet.cell(address).shown = "0";
    sheet.columnWidths.set(col, 6 * 5.25);
    expect(await findingsRead("cell.hidden")).toEqual([]);
  });

  it("judges a figure in General by its digits: 1234567 in 6 characters shows 1E+06, not ###", async () => {
    const { sheet, address, col } = await withFigure(1234567, "1234567");
    sheet.cell(address).numberFormat = "General";
    sheet.columnWidths.set(col, 6 * 5.25);
    const { result: grid } = await readGrid();
    expect(grid.sheets.find((s) => s.name === "Biểu 01")!.cells.get(address)!.shown).toBe("1234567");
    const rounded = (await findingsRead("cell.misleading_format", "cell.hidden")).filter(
      (f) => f.cell === address,
    );
    expect(rounded.map((f) => f.rule)).toEqual(["cell.misleading_format"]);
    expect(rounded[0]!.message_en).toContain('"1E+06"');
    // Wide enough for its digits (Excel's default column), it shows whole.
    sheet.columnWidths.delete(col);
    expect(
      (await findingsRead("cell.misleading_format", "cell.hidden")).filter((f) => f.cell === address),
    ).toEqual([]);
  });

  it("does not judge a figure shrunk to fit, which Excel draws smaller", async () => {
    const { sheet, address, col } = await withFigure(1234567, "1,234,567");
    sheet.columnWidths.set(col, 6 * 5.25);
    sheet.cell(address).format.shrink = true;
    const { result: grid } = await readGrid();
    expect(grid.sheets.find((s) => s.name === "Biểu 01")!.cells.get(address)!.shown).toBe("1,234,567");
  });
});

describe("a merge over a figure, read in Excel", () => {
  const mergeFindings = (grid: WorkbookGrid) =>
    validate(extract(grid))
      .filter((f) => f.rule === "cell.hidden")
      .map((f) => [f.sheet, f.cell, f.severity, /merged/.test(f.message_en)]);

  it("with ExcelApi 1.13, reports a figure under a merge begun left of it, in the same two syncs", async () => {
    excel.supportedApi = "1.13";
    const { sheet, address, row, col } = await filledReport();
    const left = toA1(row, col - 1);
    expect(mergeFindings((await readGrid()).result)).toEqual([]);

    sheet.merges.push(`${left}:${address}`);
    const { result: grid, syncs } = await readGrid();
    expect(syncs).toBe(2);
    expect(mergeFindings(grid)).toEqual([["Biểu 01", address, "error", true]]);
  });

  it("reads a merge that starts at a figure as showing it, and the figure it covers as hidden", async () => {
    excel.supportedApi = "1.13";
    const { sheet, address, row, col } = await filledReport();
    const right = toA1(row, col + 1);
    sheet.merges.push(`${address}:${right}`);
    expect(mergeFindings((await readGrid()).result)).toEqual([["Biểu 01", right, "error", true]]);
  });

  it("without ExcelApi 1.13, never asks for merged areas (the merge is not seen)", async () => {
    const { sheet, address, row, col } = await filledReport();
    const left = toA1(row, col - 1);
    sheet.merges.push(`${left}:${address}`);
    const { result: grid, syncs } = await readGrid();
    expect(syncs).toBe(2);
    expect(mergeFindings(grid)).toEqual([]);
  });

  it("reads the sheets again without merges when Excel will not list them (over 512)", async () => {
    excel.supportedApi = "1.13";
    const { sheet, address, row, col } = await filledReport();
    const left = toA1(row, col - 1);
    sheet.merges.push(`${left}:${address}`);
    excel.failOnSync = 2;
    const { result: grid, syncs } = await readGrid();
    expect(syncs).toBe(3);
    expect(extract(grid).report?.unit.code).toBe("CD_P01");
    expect(mergeFindings(grid)).toEqual([]);
  });

  it("without merges asked for, a failed read is tried again only without the conditional formats, then fails", async () => {
    await filledReport();
    excel.failFromSync = 2;
    await expect(readGrid()).rejects.toThrow(/Excel could not do this/);
    expect(excel.syncs).toBe(3);
  });

  it("reads the report without the conditional formats where Excel will not list them, and says their looks were unchecked", async () => {
    await filledReport();
    // A host may refuse to list a cell's conditional formats (office-js#6827, #6835).
    excel.failOnSync = 2;
    const { result: grid, syncs } = await readGrid();
    expect(syncs).toBe(3);
    expect(extract(grid).report?.unit.code).toBe("CD_P01");
    expect(grid.looksAsSet).toBe(true);
  });
});

describe("a text shown cut, read in Excel", () => {
  /** A filled report whose first target's assessment Excel computed as "Chưa đạt", and its block's cells. */
  async function notMet() {
    const { sheet } = await filledReport();
    const target = parseSheetRef(excel.book.nameTargets().get("TD_B01_target_nonstate_cla_rate")!)!.address;
    const [result, assessment] = besideName("TD_B01_target_nonstate_cla_rate", target) as [string, string];
    const formula = sheet.cell(assessment).formula!;
    sheet.set({ [assessment]: { formula, value: WORDS.form.notMet.vi } });
    return { sheet, block: [target, result, assessment], assessment, col: fromA1(assessment)!.col };
  }

  async function cut() {
    return findingsRead("cell.text_cut");
  }

  it('reports "Chưa đạt" right-aligned with an indent of 8, which shows "đạt", at its cell', async () => {
    const { sheet, assessment } = await notMet();
    Object.assign(sheet.cell(assessment).format, { align: "Right", indent: 8 });
    const { result: grid } = await readGrid();
    expect(grid.sheets.find((s) => s.name === "Biểu 01")!.cells.get(assessment)!.textLayout).toEqual(
      expect.objectContaining({ horizontal: ["right"], indent: 8 }),
    );
    const found = await cut();
    expect(found.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Biểu 01", assessment, "error"]]);
    expect(found[0]!.message_en).toContain("indent");
  });

  it('reports "Chưa đạt" read right to left in a column of 6 characters at its cell', async () => {
    const { sheet, assessment, col } = await notMet();
    sheet.cell(assessment).format.readingOrder = "RightToLeft";
    sheet.columnWidths.set(col, 6 * 5.25);
    expect((await cut()).map((f) => [f.cell, f.severity])).toEqual([[assessment, "error"]]);
  });

  it("reports nothing of a centred target block, nor of an assessment indented one level", async () => {
    const { sheet, block, assessment } = await notMet();
    for (const address of block) sheet.cell(address).format.align = "Center";
    expect(await cut()).toEqual([]);
    Object.assign(sheet.cell(assessment).format, { align: "General", indent: 1 });
    expect(await cut()).toEqual([]);
  });
});

describe("the texts above a form's figures, read in Excel as in a file", () => {
  /** A filled report, and the address of Biểu 01's unit and period line (Vietnamese). */
  async function withUnitLine() {
    const { sheet } = await filledReport();
    const line = [...sheet.cells].find(([, cell]) => String(cell.value).startsWith("Đơn vị báo cáo"));
    expect(line).toBeDefined();
    const address = line![0];
    return { sheet, address, row: fromA1(address)!.row };
  }

  async function found(rule: string) {
    return (await findingsRead(rule)).map((f) => [f.sheet, f.cell, f.severity]);
  }

  /**
   * The unit line as a forger first makes it run on: its merge across the form undone and its wrapping
   * turned off, as the template wrote it before it was merged.
   */
  async function runningOn() {
    const line = await withUnitLine();
    const merged = line.sheet.merges.findIndex((area) => area.startsWith(`${line.address}:`));
    expect(merged).toBeGreaterThanOrEqual(0);
    line.sheet.merges.splice(merged, 1);
    line.sheet.cell(line.address).format.wrap = false;
    return line;
  }

  it("says nothing of the form as inserted, its merges read too", async () => {
    excel.supportedApi = "1.13";
    const { sheet } = await withUnitLine();
    expect(sheet.merges.length).toBeGreaterThan(0);
    for (const rule of ["identity.line_unseen", "cell.text_cut", "cell.hidden"])
      expect({ rule, found: await found(rule) }).toEqual({ rule, found: [] });
  });

  // Red team, round 7 (L1), as the .xlsx reader names it: the true line squeezed into a row 2 pt high.
  it("names the unit line on a row too low to show it, and says nothing at 10 pt (tall enough for its font)", async () => {
    const { sheet, address, row } = await withUnitLine();
    sheet.rowHeights.set(row, 2);
    expect(await found("identity.line_unseen")).toEqual([["Biểu 01", address, "error"]]);
    sheet.rowHeights.set(row, 10);
    expect(await found("identity.line_unseen")).toEqual([]);
  });

  // A merged line neither runs on nor grows its row: wrapped, what falls below the row's height is cut.
  it("names the unit line merged and wrapped in a row too low for its lines, and not in one tall enough", async () => {
    excel.supportedApi = "1.13";
    const { sheet, address, row } = await runningOn();
    const col = fromA1(address)!.col;
    sheet.columnWidths.set(col, 30 * 5.25);
    sheet.columnWidths.set(col + 1, 10 * 5.25);
    sheet.merges.push(`${address}:${toA1(row, col + 1)}`);
    sheet.cell(address).format.wrap = true;
    sheet.rowHeights.set(row, 15);
    expect(await found("identity.line_unseen")).toEqual([["Biểu 01", address, "error"]]);
    sheet.rowHeights.set(row, 60);
    expect(await found("identity.line_unseen")).toEqual([]);
  });

  it("names the unit line on a hidden row, and one written in its background's colour", async () => {
    const { sheet, address, row } = await withUnitLine();
    sheet.hiddenRows.add(row);
    expect(await found("identity.line_unseen")).toEqual([["Biểu 01", address, "error"]]);
    sheet.hiddenRows.delete(row);
    sheet.cell(address).format.color = "#FFFFFF";
    expect(await found("identity.line_unseen")).toEqual([["Biểu 01", address, "error"]]);
  });

  // Red team, round 55, as the file readers name it: column A narrowed, the line runs on over dark cells.
  it("names the unit line run on over empty cells whose fill hides it, and not where it wraps or fits", async () => {
    const { sheet, address, row } = await runningOn();
    const col = fromA1(address)!.col;
    sheet.columnWidths.set(col, 12 * 5.25);
    for (let k = col + 1; k <= col + 5; k++) sheet.cell(toA1(row, k)).format.fill = "#5A5A5A";
    sheet.cell(address).format.color = "#595959";
    expect(await found("identity.line_unseen")).toEqual([["Biểu 01", address, "error"]]);
    sheet.cell(address).format.wrap = true;
    expect(await found("identity.line_unseen")).toEqual([]);
    sheet.cell(address).format.wrap = false;
    sheet.columnWidths.set(col, 120 * 5.25);
    expect(await found("identity.line_unseen")).toEqual([]);
  });

  // Red team, round 59, as the file readers name it: a conditional fill over the cells the line runs on over.
  it("with ExcelApi 1.19, names the unit line run on over empty cells a conditional format that holds fills", async () => {
    const { sheet, address, row } = await runningOn();
    const col = fromA1(address)!.col;
    sheet.columnWidths.set(col, 12 * 5.25);
    sheet.cell(address).format.color = "#595959";
    const rule = sheet.addConditionalFormat("Custom", [
      { top: row, bottom: row, left: col + 1, right: col + 5 },
    ]);
    rule.fill = "#5A5A5A";
    rule.holds = true;
    expect(await found("identity.line_unseen")).toEqual([]);
    excel.supportedApi = "1.19";
    expect(await found("identity.line_unseen")).toEqual([["Biểu 01", address, "error"]]);
    rule.holds = false;
    expect(await found("identity.line_unseen")).toEqual([]);
  });

  it("measures a bold unit line wider as it runs on, as the file readers do (red team, round 59)", async () => {
    const { sheet, address, row } = await runningOn();
    const col = fromA1(address)!.col;
    // Between the line's room at 0.8 of a digit a character and 3 % more, in a bold font.
    sheet.columnWidths.set(col, [...String(sheet.cell(address).value)].length * 0.812 * 5.25);
    for (let k = col + 1; k <= col + 5; k++) sheet.cell(toA1(row, k)).format.fill = "#5A5A5A";
    sheet.cell(address).format.color = "#595959";
    expect(await found("identity.line_unseen")).toEqual([]);
    sheet.cell(address).format.bold = true;
    expect(await found("identity.line_unseen")).toEqual([["Biểu 01", address, "error"]]);
  });

  // As the file readers name it: a space typed beside the narrowed column cuts the line.
  it("names the unit line cut before its end by a cell holding something, and not one it reaches past its end", async () => {
    const { sheet, address, row } = await runningOn();
    const col = fromA1(address)!.col;
    sheet.columnWidths.set(col, 12 * 5.25);
    sheet.set({ [toA1(row, col + 1)]: " " });
    expect(await found("cell.text_cut")).toEqual([["Biểu 01", address, "error"]]);
    sheet.columnWidths.set(col, 120 * 5.25);
    expect(await found("cell.text_cut")).toEqual([]);
  });

  it("names a row label indented past its column and a heading pushed out of view, at their cells", async () => {
    const { sheet } = await withUnitLine();
    const texts = [...sheet.cells].filter(([, cell]) => typeof cell.value === "string");
    const label = texts.find(([, cell]) => cell.value === "Doanh nghiệp nhà nước")![0];
    const heading = texts.find(([, cell]) => cell.value === "Số doanh nghiệp có tổ chức công đoàn")![0];
    Object.assign(sheet.cell(label).format, { align: "Left", indent: 32 });
    Object.assign(sheet.cell(heading).format, { align: "Right", indent: 10 });
    expect((await found("cell.text_cut")).sort()).toEqual(
      [
        ["Biểu 01", label, "error"],
        ["Biểu 01", heading, "error"],
      ].sort(),
    );
    // What clerks do with room to spare cuts nothing: a label indented by one, a heading centred.
    Object.assign(sheet.cell(label).format, { align: "Left", indent: 1 });
    Object.assign(sheet.cell(heading).format, { align: "Center", indent: 0 });
    expect(await found("cell.text_cut")).toEqual([]);
  });
});

// Red team, round 8 (L3), in the open workbook: a copy of Biểu 02 on a sheet of its own, no name pointing
// at it. Excel shows the tab bar (no API tells otherwise): warned of, as the file readers do with it shown.
describe("a copy of a form on a sheet no name points at, read in Excel", () => {
  const TITLE = "Biểu 02: Phát triển đoàn viên, thành lập công đoàn cơ sở";

  async function copies() {
    return (await findingsRead("sheet.form_copy", "sheet.look_alike")).map((f) => [
      f.rule,
      f.severity,
      f.sheet,
    ]);
  }

  /** A filled report, and a sheet "Bản nháp" holding Biểu 02's title in `at`, visible or not. */
  async function withCopy(at: string, visibility: "Visible" | "Hidden" = "Visible") {
    await filledReport();
    const title = [...excel.book.sheet("Biểu 02").cells.values()].find((cell) =>
      String(cell.value).startsWith("Biểu 02:"),
    );
    expect(title?.value).toBe(TITLE);
    excel.book.addSheet("Bản nháp", visibility).set({ [at]: TITLE, A7: 12, B7: "đoàn viên" });
  }

  // Round 47: rows inserted above the title.
  it.each(["A1", "B12", "A300"])("warns of the copy, naming it, when its title is in %s", async (at) => {
    await withCopy(at);
    expect(await copies()).toEqual([["sheet.form_copy", "warning", "Bản nháp"]]);
  });

  // Rounds 53 and 56, as the file readers refuse it: the copy on the form's own sheet, below it.
  it("refuses a copy of the form on its own sheet, found by its title again, and says nothing of the form alone", async () => {
    await filledReport();
    const sheet = excel.book.sheet("Biểu 02");
    const onSheet = async () =>
      (await findingsRead("sheet.form_copy_on_sheet")).map((f) => [f.severity, f.sheet, f.cell]);
    expect(await onSheet()).toEqual([]);
    sheet.set({ A120: TITLE, A126: 12 });
    expect(await onSheet()).toEqual([["error", "Biểu 02", "A120"]]);
  });

  it("leaves a hidden copy alone, and reads a sheet of the user's own by its cells in use", async () => {
    await withCopy("A1", "Hidden");
    expect(await copies()).toEqual([]);
    excel.book.sheet("Bản nháp").visibility = "Visible";
    excel.book.reads.length = 0;
    expect(await copies()).toEqual([["sheet.form_copy", "warning", "Bản nháp"]]);
    expect(excel.book.reads.filter((r) => r.startsWith("Bản nháp!"))).toEqual(["Bản nháp!A1:B7"]);
  });
});

// Red team, round 9 (L1), in the open workbook: the print area set on a copy of the form beside it.
describe("a form's print area, read in Excel", () => {
  async function offPrint() {
    return (await findingsRead("sheet.print_area_off_form")).map((f) => [f.sheet, f.cell, f.severity]);
  }

  it("says nothing of the print area the add-in sets, nor of none", async () => {
    const { sheet } = await filledReport();
    expect(sheet.page.printArea).toBeDefined();
    expect(await offPrint()).toEqual([]);
    delete sheet.page.printArea;
    expect(await offPrint()).toEqual([]);
  });

  it("refuses a print area that leaves out the form, in the same two syncs", async () => {
    const { sheet } = await filledReport();
    sheet.page.printArea = "N1:X22";
    expect(await offPrint()).toEqual([["Biểu 01", "A1", "error"]]);
  });
});

// Red team, round 13, in the open workbook: a form whose page setup prints its figures too small to read.
describe("a form printed too small to read, read in Excel", () => {
  async function printedSmall() {
    return (await findingsRead("sheet.printed_too_small")).map((f) => [
      f.sheet,
      f.severity,
      /(\d+) ?%/.exec(f.message_en)?.[1],
    ]);
  }

  it("says nothing of the page setup the add-in writes, and names a scale of 10 % and a fit to one page", async () => {
    excel.supportedApi = "1.10";
    const { sheet } = await filledReport();
    expect(sheet.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(await printedSmall()).toEqual([]);
    sheet.page.zoom = { scale: 10 };
    expect(await printedSmall()).toEqual([["Biểu 01", "error", "10"]]);
    // Fitted to one page over a print area 200 columns wide: LibreOffice's search stops at 6 %.
    sheet.page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
    sheet.page.printArea = "A1:GR22";
    expect(await printedSmall()).toEqual([["Biểu 01", "error", "6"]]);
  });

  it("counts the margins and the paper: a form on A4 with 5-inch margins prints too small", async () => {
    excel.supportedApi = "1.10";
    const { sheet } = await filledReport();
    sheet.page.margins = { left: 360, right: 360, top: 54, bottom: 54 };
    expect((await printedSmall()).map(([name]) => name)).toEqual(["Biểu 01"]);
  });

  it("measures a print area down to the cells in use, as from a file: whole columns fit to one page", async () => {
    excel.supportedApi = "1.10";
    const { sheet } = await filledReport();
    sheet.page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
    sheet.page.printArea = "A:K";
    expect(await printedSmall()).toEqual([]);
    // Its empty columns print, as Excel prints them.
    sheet.page.printArea = "A:GR";
    expect(await printedSmall()).toEqual([["Biểu 01", "error", "6"]]);
  });

  it("measures nothing where Excel gives no range's size (below ExcelApi 1.10)", async () => {
    const { sheet } = await filledReport();
    sheet.page.zoom = { scale: 10 };
    expect(excel.supportedApi).toBe("1.9");
    expect(await printedSmall()).toEqual([]);
  });
});

// Red team, round 9 (L1–L3), in the open workbook: a figure or the assessment turned in a row too low.
describe("a figure or a text turned in a row lower than it stands, read in Excel", () => {
  async function found(rule: string) {
    return (await findingsRead(rule)).map((f) => [f.cell, f.severity]);
  }

  it("names a figure turned upright in a row lower than it stands, and not one in a row tall enough", async () => {
    const { sheet, address, row } = await filledReport();
    sheet.cell(address).format.orientation = 90;
    // 12 pt: tall enough for an upright figure, lower than a turned one's length.
    sheet.rowHeights.set(row, 12);
    expect(await found("cell.hidden")).toEqual([[address, "error"]]);
    sheet.rowHeights.set(row, 60);
    expect(await found("cell.hidden")).toEqual([]);
  });

  it("names the assessment stacked letter under letter in its row", async () => {
    const { sheet } = await filledReport();
    const target = parseSheetRef(excel.book.nameTargets().get("TD_B01_target_nonstate_cla_rate")!)!.address;
    const assessment = besideName("TD_B01_target_nonstate_cla_rate", target)[1]!;
    const formula = sheet.cell(assessment).formula!;
    sheet.set({ [assessment]: { formula, value: WORDS.form.notMet.vi } });
    expect(await found("cell.text_cut")).toEqual([]);
    sheet.cell(assessment).format.orientation = 180;
    expect(await found("cell.text_cut")).toEqual([[assessment, "error"]]);
  });
});

describe("a figure shrunk to fit a column too narrow to read it, read in Excel", () => {
  it("names it, and says nothing where the column holds the figure", async () => {
    const { sheet, address, col } = await filledReport();
    sheet.cell(address).format.shrink = true;
    const hidden = async () =>
      validate(extract((await readGrid()).result))
        .filter((f) => f.rule === "cell.hidden")
        .map((f) => f.cell);
    expect(await hidden()).toEqual([]);
    sheet.columnWidths.set(col, 1.2 * 5.25);
    expect(await hidden()).toContain(address);
  });
});

describe("a figure struck through or crossed out, read in Excel", () => {
  const struck = async () =>
    validate(extract((await readGrid()).result))
      .filter((f) => f.rule === "cell.struck")
      .map((f) => f.cell);

  it("names one struck through, and nothing of the figures as written", async () => {
    const { sheet, address } = await filledReport();
    expect(await struck()).toEqual([]);
    sheet.cell(address).format.strike = true;
    expect(await struck()).toEqual([address]);
  });

  it("names one crossed out by either diagonal border, and not for a border on an edge", async () => {
    const { sheet, address } = await filledReport();
    sheet.cell(address).format.borders.EdgeBottom = "Continuous";
    sheet.cell(address).format.borders.DiagonalDown = "None";
    expect(await struck()).toEqual([]);
    sheet.cell(address).format.borders.DiagonalUp = "Dash";
    expect(await struck()).toEqual([address]);
    sheet.cell(address).format.borders.DiagonalUp = "None";
    sheet.cell(address).format.borders.DiagonalDown = "Continuous";
    expect(await struck()).toEqual([address]);
  });
});

describe("a row label struck through as a whole cell, read in Excel", () => {
  it("names it as a label a person cannot read, with no request more than before", async () => {
    const { sheet, row } = await filledReport();
    const label = toA1(row, 0);
    const unseen = async () => {
      const { result, syncs } = await readGrid();
      const cells = validate(extract(result))
        .filter((f) => f.rule === "cell.heading_unseen")
        .map((f) => f.cell);
      return { cells, syncs };
    };
    const plain = await unseen();
    expect(plain.cells).toEqual([]);
    sheet.cell(label).format.strike = true;
    expect(await unseen()).toEqual({ cells: [label], syncs: plain.syncs });
  });
});

describe("a form's printed headers and footers, read in Excel", () => {
  it("says nothing of the header and footer the add-in writes, and refuses one naming another unit and period", async () => {
    const { sheet } = await filledReport();
    const rules = async () =>
      validate(extract((await readGrid()).result))
        .filter((f) => f.rule.startsWith("identity.page_text"))
        .map((f) => [f.rule, f.severity, f.sheet]);
    const own = sheet.page.texts.centerHeader!;
    expect(own).toContain("CD_P01");
    expect(await rules()).toEqual([]);
    // As templates made before the unit and period moved to the header printed them.
    sheet.page.texts.centerHeader = "";
    sheet.page.texts.centerFooter = own;
    expect(await rules()).toEqual([]);
    sheet.page.texts.centerFooter = "Phường Khác (P999) — Đợt 2 năm 2024";
    expect(await rules()).toEqual([["identity.page_text_differs", "error", "Biểu 01"]]);
    sheet.page.texts.centerFooter = "";
    sheet.page.texts.leftHeader = '&"Arial,Bold"Bản nháp';
    expect(await rules()).toEqual([]);
    sheet.page.texts.leftHeader = '&"Arial,Bold"Công đoàn phường Bến Nghé';
    expect(await rules()).toEqual([["identity.page_text", "warning", "Biểu 01"]]);
  });
});

describe("a figure or an assessment in a symbol font, read in Excel", () => {
  it("names a figure in Wingdings and the assessment in Symbol, and not a figure in Symbol", async () => {
    const { sheet, address } = await filledReport();
    const target = parseSheetRef(excel.book.nameTargets().get("TD_B01_target_nonstate_cla_rate")!)!.address;
    const assessment = besideName("TD_B01_target_nonstate_cla_rate", target)[1]!;
    const formula = sheet.cell(assessment).formula!;
    sheet.set({ [assessment]: { formula, value: WORDS.form.notMet.vi } });
    const rules = async () =>
      validate(extract((await readGrid()).result))
        .filter((f) => f.rule === "cell.hidden" || f.rule === "cell.text_cut")
        .map((f) => [f.rule, f.cell]);
    expect(await rules()).toEqual([]);
    sheet.cell(address).format.font = "Symbol";
    expect(await rules()).toEqual([]);
    sheet.cell(address).format.font = "Wingdings";
    sheet.cell(assessment).format.font = "Symbol";
    expect(await rules()).toEqual(
      expect.arrayContaining([
        ["cell.hidden", address],
        ["cell.text_cut", assessment],
      ]),
    );
  });
});
