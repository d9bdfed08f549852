import { layoutSummary, parsePeriod, rollup, TEMPLATE_IDS, type SheetPlan } from "../../../src/core";
import { consistentFills, submission, unit } from "../../support/reports";
import { planValues } from "../../support/summaries";
import { wrappedLines } from "../../../src/core/layout/row-heights";

const round = (code: string, period: string, seed: number) =>
  submission(
    { unit: unit(code), period: parsePeriod(period)!, fills: consistentFills(TEMPLATE_IDS, seed) },
    `${code}-${period}.xlsx`,
  );

const summary = rollup([round("P01", "2025-D1", 1), round("P02", "2025-D1", 2), round("P02", "2025-D2", 3)], {
  period: parsePeriod("2025")!,
});
const plan = layoutSummary(summary);
const sheet = (name: string) => plan.sheets.find((s) => s.name === name)!;
const texts = (s: SheetPlan) => s.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("the summary workbook's layout", () => {
  it("has the overview, its charts, scoring, ranking, template, submissions and hidden data sheets before the parent report", () => {
    expect(plan.sheets.slice(0, 4).map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Biểu đồ",
      "Chấm điểm",
      "Xếp hạng cụm",
    ]);
    expect(plan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Tình trạng nộp", "TD_Data"]));
    expect(sheet("TD_Data").visibility).toBe("hidden");
    expect(plan.sheets.filter((s) => s.visibility === "visible")[0]!.name).toBe("Tổng hợp");
  });

  it("says which part of the period a unit did not report", () => {
    expect(summary.units.map((u) => [u.unit.code, u.status])).toEqual([
      ["P01", "partial"],
      ["P02", "ok"],
    ]);
    expect(texts(sheet("Tình trạng nộp"))).toContain("01/7/2025 – 31/12/2025");
    // The name stays the name; what is missing goes in the note beside it, on every list of units.
    for (const listing of ["Tổng hợp", "Chấm điểm", "Xếp hạng cụm"]) {
      const cells = sheet(listing).cells;
      const name = cells.find((c) => c.value === "Công đoàn P01")!;
      const header = cells.find((c) => c.value === "Ghi chú / Note")!;
      const note = cells.find((c) => c.row === name.row && c.col === header.col);
      expect({ listing, note: note?.value }).toEqual({
        listing,
        note: "Báo cáo chưa đủ: thiếu 01/7/2025 – 31/12/2025",
      });
      expect(texts(sheet(listing)).some((t) => t.includes("Công đoàn P01 ("))).toBe(false);
    }
    expect(texts(sheet("Tình trạng nộp"))).toContain("Tệp bị loại (lý do) / Rejected files (reasons)");
  });

  it("wraps a unit's long name on the submission sheet, in its status, and on the rounds sheet, each round's, its row tall enough", () => {
    // A summary of 300 units printed "Công đoàn cơ sở Công ty TNHH số 57 khu côn" there, cut by the status.
    const name = "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Xổ số kiến thiết tỉnh";
    const long = (period: string, seed: number) =>
      submission(
        { unit: unit("P09", name), period: parsePeriod(period)!, fills: consistentFills(TEMPLATE_IDS, seed) },
        `P09-${period}.xlsx`,
      );
    const sheets = layoutSummary(
      rollup([long("2025-D1", 4), long("2025-D2", 5)], { period: parsePeriod("2025")! }),
    ).sheets;
    for (const [listing, count] of [
      ["Tình trạng nộp", 1],
      ["Từng đợt", 2],
    ] as const) {
      const listed = sheets.find((s) => s.name === listing)!;
      const cells = listed.cells.filter((c) => c.value === name);
      expect({ listing, cells: cells.length }).toEqual({ listing, cells: count });
      for (const cell of cells) {
        expect(cell.style).toBe("rowLabel");
        const height = listed.rowHeights?.find((h) => h.row === cell.row)?.height ?? 15;
        expect(height).toBeGreaterThanOrEqual(15 * wrappedLines(name, listed.columnWidths[cell.col]!));
      }
    }
  });

  it("wraps the note that no list of units was given across Tình trạng nộp, its row tall enough to print it whole", () => {
    // On one line, its 343 characters printed cut at the page's edge: "… Pick the campaign workbook (its TD_Unit".
    const status = sheet("Tình trạng nộp");
    const note = status.cells.find(
      (c) => typeof c.value === "string" && c.value.startsWith("Chưa có danh sách"),
    )!;
    const merge = status.merges.find((m) => m.top === note.row && m.left === note.col);
    const width = status.columnWidths
      .slice(note.col, (merge?.right ?? note.col) + 1)
      .reduce((a, b) => a + b, 0);
    expect(status.print!.area!.right).toBeLessThanOrEqual(merge?.right ?? note.col);
    const height = status.rowHeights?.find((h) => h.row === note.row)?.height ?? 15;
    expect(height).toBeGreaterThanOrEqual(15 * wrappedLines(String(note.value), width));
    expect(wrappedLines(String(note.value), width)).toBeGreaterThan(1);
  });

  it("wraps a rejected file's long name in the rejected files' table, its row tall enough to print it whole", () => {
    // A file named as clerks name them, past its column's width: printed cut by the reason beside it.
    const file =
      "Bao cao thi dua dot 1 nam 2025 - Cong doan co so Cong ty TNHH so 57 khu cong nghiep (sua lan 2).xlsx";
    const refused = submission(
      { unit: unit("P08"), fills: { ...consistentFills(TEMPLATE_IDS, 8), TD_B01_state_cla_signed: 99_999 } },
      file,
    );
    const summary = rollup([refused, round("P01", "2025-D1", 1)], { period: parsePeriod("2025-D1")! });
    expect(summary.rejected).toHaveLength(1);
    const status = layoutSummary(summary).sheets.find((s) => s.name === "Tệp bị loại")!;
    const cell = status.cells.find((c) => c.value === file)!;
    expect(cell.style).toBe("rowLabel");
    const height = status.rowHeights?.find((h) => h.row === cell.row)?.height ?? 15;
    expect(height).toBeGreaterThanOrEqual(15 * wrappedLines(file, status.columnWidths[cell.col]!));
  });

  it("wraps the note on a unit's missing rounds in every list, its row tall enough to print it whole", () => {
    // Red team, round 35: in a column 36 wide, "(thiếu …)" printed as "(thi" or not at all.
    const name = "Báo cáo chưa đủ: thiếu 01/7/2025 – 31/12/2025";
    for (const listing of ["Tổng hợp", "Chấm điểm", "Xếp hạng cụm"]) {
      const found = sheet(listing).cells.find((c) => c.value === name);
      expect({ listing, style: found?.style }).toEqual({ listing, style: "rowLabel" });
      const height = sheet(listing).rowHeights?.find((h) => h.row === found!.row)?.height ?? 0;
      expect({ listing, twoLines: height >= 29 }).toEqual({ listing, twoLines: true });
    }
  });

  it("puts the score, grade and ranks in the overview and charts the score on its own sheet", () => {
    const overview = sheet("Tổng hợp");
    const score = overview.cells.find((c) => c.value === "Điểm / Score")!;
    expect(texts(overview)).toEqual(
      expect.arrayContaining([
        "Xếp loại / Grade",
        "Hạng trong cụm / Rank in bloc",
        "Hạng chung / Overall rank",
      ]),
    );
    expect(texts(overview)).not.toContain("Số chỉ tiêu đạt / Targets met");
    const column = overview.cells.filter((c) => c.col === score.col && typeof c.value === "number");
    const charts = sheet("Biểu đồ");
    const charted = planValues(charts, charts.charts![0]!.values);
    expect(charted.sort()).toEqual(column.map((c) => c.value).sort());
    const p02 = overview.cells.find((c) => c.value === "P02")!;
    expect(overview.cells.find((c) => c.row === p02.row && c.col === score.col)!.value).toBe(
      summary.units[1]!.score,
    );
  });
});

describe("text too long for a cell", () => {
  it("is cut to Excel's 32,767 characters, ending in …, wherever it comes from", () => {
    const longCode = `C${"0".repeat(99_999)}`;
    const rejected = submission({ unit: unit(longCode) }, "dai.xlsx");
    const long = rollup([round("P01", "2025-D1", 1), rejected], {
      parent: { code: "T01", name: "N".repeat(100_000), kind: "federation" },
    });
    const cells = layoutSummary(long).sheets.flatMap(texts);
    expect(Math.max(...cells.map((t) => t.length))).toBe(32_767);
    expect(cells).toContain(`${"N".repeat(32_766)}…`);
    expect(cells.filter((t) => t.startsWith("C000") && t.endsWith("…")).length).toBeGreaterThan(0);
  });
});

describe("received file names in summary cells", () => {
  it("are displayed by the one rule, and one that starts like a formula stays text behind an apostrophe", () => {
    const named = (code: string, file: string) =>
      submission(
        { unit: unit(code), period: parsePeriod("2025-D1")!, fills: consistentFills(TEMPLATE_IDS, 1) },
        file,
      );
    const hostile = rollup(
      [
        named("P01", "U0034\u202excod.xlsx"),
        named("P02", '=HYPERLINK("http:∕∕evil.example","x").xlsx'),
        named("P03", "U0033\n✓ U0099.xlsx: đã tổng hợp.xlsx"),
        named("P04", "-U0038\u200b.xlsx"),
      ],
      { period: parsePeriod("2025-D1")! },
    );
    const cells = layoutSummary(hostile)
      .sheets.filter((s) => s.name === "Tổng hợp" || s.name === "Tình trạng nộp")
      .flatMap(texts);
    expect(cells).toEqual(
      expect.arrayContaining([
        "U0034?xcod.xlsx",
        `'=HYPERLINK("http:∕∕evil.example","x").xlsx`,
        "U0033?✓ U0099.xlsx: đã tổng hợp.xlsx",
        "'-U0038?.xlsx",
      ]),
    );
    // (The test submissions' SHA-256 is made of the name; a real one is hex.)
    for (const text of cells.filter((t) => !t.startsWith("sha-")))
      expect(text).not.toMatch(/[\u202e\u200b\n]/);
  });
});
