import { rollup, TEMPLATE_IDS, type Summary } from "../../src/core";
import { summaryToJson } from "../../src/cli/summary-json";
import { formatSummaryTable } from "../../src/cli/summary-table";
import { BLANK_CELLS, withBlankCells } from "../support/blank-cells";
import { consistentFills, submission, testCampaign, unit } from "../support/reports";

let summary: Summary;

beforeAll(() => {
  const units = [
    { ...unit("P01"), bloc: "Cụm B" },
    { ...unit("P02"), bloc: "Cụm A" },
    { ...unit("P03"), bloc: "Cụm A" },
  ];
  // P01's workbook carries 70 % where the province assigned 80 %; P02 arrives five days late.
  const campaign = testCampaign({ P01: { B01_nonstate_cla_rate: 0.8 } }, units);
  const received = { P01: "2025-07-05T08:00:00Z", P02: "2025-07-20T08:00:00Z" };
  summary = rollup(
    (["P01", "P02"] as const).map((code, i) =>
      submission(
        { unit: unit(code), fills: consistentFills(TEMPLATE_IDS, 800 + i) },
        `${code}.xlsx`,
        received[code],
      ),
    ),
    { campaign },
  );
});

describe("the roll-up on the command line", () => {
  it("gives scripts each unit's bloc, score, grade, ranks, lateness and warnings", () => {
    const json = summaryToJson(summary);
    expect(json.period).toMatchObject({ id: "2025-D1", due: "2025-07-15" });
    expect(json.blocs).toEqual(["Cụm A", "Cụm B"]);
    expect(json.previous).toBeNull();
    expect(json.scoring[0]).toEqual({
      target: "B01_nonstate_cla_rate",
      points: 15,
      method: "proportional",
      cap: null,
    });
    expect(json.grades[0]).toEqual({ grade: "Xuất sắc", min_score: 95 });
    const [p01, p02] = json.units;
    expect(p02).toMatchObject({
      bloc: "Cụm A",
      bloc_rank: 1,
      received: "2025-07-20",
      days_late: 5,
      gaps: [],
    });
    expect(p01).toMatchObject({ bloc: "Cụm B", bloc_rank: 1, days_late: null });
    for (const u of json.units) {
      const row = summary.units.find((r) => r.unit.code === u.code)!;
      expect([u.score, u.grade, u.rank, u.met]).toEqual([row.score, row.grade, row.rank, row.met]);
    }
    expect(p01!.warnings).toContainEqual({
      rule: "rollup.target_differs",
      sheet: null,
      cell: null,
      // The target by its name on the form, as staff know it, not its key.
      message: expect.stringContaining('Chỉ tiêu "Tỷ lệ DN ngoài nhà nước có công đoàn đã ký TƯLĐTT"'),
      message_en: expect.stringContaining('Target "Non-state enterprises with a union that signed a CLA"'),
    });
    expect(json.expected!.find((e) => e.code === "P03")).toEqual({
      code: "P03",
      name: "Công đoàn P03",
      bloc: "Cụm A",
      status: "missing",
      due: "2025-07-15",
      received: null,
      days_late: null,
    });
  });

  it("shows the same in the terminal table, bloc by bloc, and the roll-up's warnings", () => {
    const text = formatSummaryTable(summary, "vi", 80);
    const lines = text.split("\n");
    const header = lines[1]!;
    for (const column of ["Mã", "Đơn vị", "Tình trạng", "Điểm", "Xếp loại", "Hạng cụm", "Hạng"])
      expect(header).toContain(column);
    const blocA = lines.indexOf("— Cụm thi đua: Cụm A");
    const p02 = lines.findIndex((l) => /^\d+\s+P02\s/.test(l));
    const p01 = lines.findIndex((l) => /^\d+\s+P01\s/.test(l));
    expect(blocA).toBe(2);
    expect(p02).toBe(blocA + 1);
    expect(lines[p01 - 1]).toBe("— Cụm thi đua: Cụm B");
    expect(lines[p02]).toMatch(/Trễ 5 ngày\s+[\d,]+\s+\S+\s+1\s+\d+$/);
    expect(text).toMatch(/^Cảnh báo của các đơn vị, .*$/m);
    expect(text).toMatch(/⚠ P01 Chỉ tiêu "Tỷ lệ DN ngoài nhà nước/);
    expect(formatSummaryTable(summary, "en", 80)).toContain("The units' warnings");
  });

  // English counts its nouns: a report in a day after the due date read "1 days late".
  it("says in English a unit one day late without a plural", () => {
    const late = rollup(
      [
        submission(
          { unit: unit("P01"), fills: consistentFills(TEMPLATE_IDS, 9) },
          "P01.xlsx",
          "2025-07-16T08:00:00Z",
        ),
      ],
      { campaign: testCampaign({}, [unit("P01")]) },
    );
    expect(late.units[0]!.daysLate).toBe(1);
    expect(formatSummaryTable(late, "en", 100)).toMatch(/^\d+\s+P01\s.*\b1 day\(s\) late\b/m);
  });

  it("gives a unit's blank cells one line, its first cells named, with how many warnings and units", () => {
    const lines = formatSummaryTable(
      withBlankCells(summary, "P02", BLANK_CELLS.slice(0, 8)),
      "en",
      200,
    ).split("\n");
    expect(lines.filter((l) => l.includes(": blank"))).toEqual([
      "  ⚠ P02 Biểu 02!C9 C9: blank (and 7 more cells: D9, E9, F9, G9, H9…) — 8 warning(s) in 1 unit(s): P02",
    ]);
  });
});
