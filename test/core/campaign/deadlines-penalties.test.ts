import {
  defaultCampaign,
  gradeOf,
  isoToExcelSerial,
  layoutCampaign,
  layoutSummary,
  penaltyReasons,
  readCampaign,
  roundScore,
  rollup,
  summaryView,
  type Campaign,
  type CampaignUnit,
  type GridValue,
  type PenaltyRule,
  type Summary,
  type UnitKind,
  unitTemplates,
} from "../../../src/core";
import { planTables } from "../../support/plan-tables";
import { submission, unit } from "../../support/reports";

// Seed 004: "Công đoàn cấp trên trực tiếp cơ sở hoàn thành trong tháng 03 năm 2021. Công đoàn cơ sở hoàn
// thành trong tháng 04 năm 2021" — one period, a due date per level; and the points many provinces take
// off for a late or corrected report.

const listed = (code: string, kind: UnitKind, extra: Partial<CampaignUnit> = {}): CampaignUnit => ({
  code,
  name: `Công đoàn ${code}`,
  kind,
  ...extra,
});

/** Received on the given day at 10:00 in Vietnam (03:00 UTC). */
const sent = (code: string, day: string) =>
  submission({ unit: unit(code), templates: ["B02", "B03", "B04"] }, `${code}.xlsx`, `${day}T03:00:00Z`);

const read = (campaign: Campaign, extra: Record<string, (string | number | null)[][]> = {}) => {
  const tables = planTables(layoutCampaign(campaign), {}, extra);
  return readCampaign((name) => tables.get(name.toUpperCase()));
};

const text = (value: string): GridValue => ({ type: "string", value });

describe("due dates by unit kind or by unit", () => {
  // 2025-D1 is due on 15/7/2025 for everyone; the sector unions' on 10/7, the grassroots unions' on 31/7,
  // and G02's own on 20/7.
  const units = [
    listed("S01", "sector"),
    listed("G01", "grassroots_direct"),
    listed("G02", "grassroots_direct"),
    listed("G03", "grassroots_direct"),
    listed("C01", "commune"),
  ];
  const base = defaultCampaign(2025, units);
  const campaign: Campaign = {
    ...base,
    deadlines: [
      { period: "2025-D1", kind: "sector", due: "2025-07-10" },
      { period: "2025-D1", kind: "grassroots_direct", due: "2025-07-31" },
      { period: "2025-D1", unit: "G02", due: "2025-07-20" },
    ],
  };
  const files = [
    sent("S01", "2025-07-12"),
    sent("G01", "2025-07-25"),
    sent("G02", "2025-07-25"),
    sent("C01", "2025-07-17"),
  ];
  const summary = rollup(files, { campaign });
  const row = (code: string) => summary.units.find((u) => u.unit.code === code)!;

  it("holds a grassroots union due later by its kind on time, where the period's date made it late", () => {
    const before = rollup(files, { campaign: base }).units.find((u) => u.unit.code === "G01")!;
    expect(before.daysLate).toBe(10);
    expect([row("G01").due, row("G01").daysLate]).toEqual(["2025-07-31", null]);
  });

  it("measures a unit by its own date before its kind's, and its kind's before the period's", () => {
    expect([row("G02").due, row("G02").daysLate]).toEqual(["2025-07-20", 5]);
    expect([row("S01").due, row("S01").daysLate]).toEqual(["2025-07-10", 2]);
    expect([row("C01").due, row("C01").daysLate]).toEqual(["2025-07-15", 2]);
  });

  it("gives a unit that sent nothing the due date of its kind in the submission status", () => {
    const missing = summary.expected!.find((s) => s.unit.code === "G03")!;
    expect([missing.status, missing.due]).toEqual(["missing", "2025-07-31"]);
  });

  it("shows on Tình trạng nộp the due date that applied to each unit", () => {
    const sheet = layoutSummary(summary).sheets.find((s) => s.name === "Tình trạng nộp")!;
    const rowOf = (code: string) => sheet.cells.find((c) => c.value === code)!.row;
    const header = sheet.cells.find((c) => c.value === "Hạn nộp / Due")!;
    const dueShown = (code: string) =>
      sheet.cells.find((c) => c.row === rowOf(code) && c.col === header.col)!.value;
    expect([dueShown("G01"), dueShown("G02"), dueShown("G03")]).toEqual(
      ["2025-07-31", "2025-07-20", "2025-07-31"].map(isoToExcelSerial),
    );
  });

  it("tells each unit on its template the due date it is judged by: its own, its kind's, else the period's", () => {
    const d1 = campaign.periods.find((p) => p.id === "2025-D1")!;
    const due = Object.fromEntries(unitTemplates(campaign, d1).map((s) => [s.unit.code, s.period.due]));
    expect(due).toEqual({
      S01: "2025-07-10",
      G01: "2025-07-31",
      G02: "2025-07-20",
      G03: "2025-07-31",
      C01: "2025-07-15",
    });
    // The template's period is the campaign's otherwise: its id, name and dates.
    const g01 = unitTemplates(campaign, d1).find((s) => s.unit.code === "G01")!.period;
    expect({ ...g01, due: d1.due }).toEqual(d1);
  });

  it("reads back from the campaign workbook what it wrote, kinds by their Vietnamese names", () => {
    const back = read(campaign);
    expect(back.findings).toEqual([]);
    expect(back.campaign!.deadlines).toEqual(campaign.deadlines);
  });

  it.each([
    [
      "a period the campaign has not",
      ["2024-D9", "Công đoàn ngành và tương đương", null, "10/7/2025"],
      "unknown_period",
      "G6",
    ],
    ["a unit not in the list", ["2025-D1", null, "Z99", "10/7/2025"], "unknown_unit", "I6"],
    ["an unknown kind", ["2025-D1", "Công đoàn quận", null, "10/7/2025"], "unknown_kind", "H6"],
    ["a date that is none", ["2025-D1", null, "S01", "31/2/2025"], "bad_date", "J6"],
    ["both a kind and a unit", ["2025-D1", "CĐCS trực thuộc", "G01", "10/7/2025"], "kind_or_unit", "I6"],
    ["neither a kind nor a unit", ["2025-D1", null, null, "10/7/2025"], "kind_or_unit", "H6"],
  ])("refuses %s, naming the cell", (_, row, rule, cell) => {
    const { campaign: back, findings } = read(base, { TD_Deadlines: [row] });
    expect(back).toBeNull();
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", rule: `campaign.${rule}`, sheet: "Kỳ báo cáo", cell }),
    ]);
  });

  it("takes a kind due before the period ends without a warning, as a plan staggers its levels", () => {
    const rows = [["2025-D1", "Công đoàn ngành và tương đương", null, "15/6/2025"]];
    const { campaign: back, findings } = read(base, { TD_Deadlines: rows });
    expect(findings).toEqual([]);
    expect(back!.deadlines).toEqual([{ period: "2025-D1", kind: "sector", due: "2025-06-15" }]);
  });

  it("refuses two due dates for the same kind in one period, naming the second", () => {
    const rows = [
      ["2025-D1", "CĐCS trực thuộc", null, "31/7/2025"],
      ["2025-d1", "grassroots_direct", null, "25/7/2025"],
    ];
    const { findings } = read(base, { TD_Deadlines: rows });
    expect(findings).toEqual([
      expect.objectContaining({ rule: "campaign.repeated", sheet: "Kỳ báo cáo", cell: "H7" }),
    ]);
    expect(findings[0]!.message_vi).toContain("CĐCS trực thuộc");
  });

  it("reads an old campaign workbook without the table as before: the period's date for everyone", () => {
    const tables = planTables(layoutCampaign(base));
    expect(tables.delete("TD_DEADLINES")).toBe(true);
    const old = readCampaign((name) => tables.get(name.toUpperCase()));
    expect(old.findings).toEqual([]);
    expect(old.campaign).toEqual(read(base).campaign);
    expect(old.campaign!.deadlines).toBeUndefined();
    const g01 = rollup(files, { campaign: old.campaign! }).units.find((u) => u.unit.code === "G01")!;
    expect([g01.due, g01.daysLate]).toEqual(["2025-07-15", 10]);
  });
});

describe("penalty rows of the scoring table", () => {
  const penalties: PenaltyRule[] = [
    { method: "late_day", points: 0.5, cap: 2.5 },
    { method: "correction", points: 1 },
  ];
  // Due 15/7: L10 is 10 days late (5 points, capped at 2.5), L03 3 days (1.5), ON0 on time, R02 sent its
  // report again corrected twice, R99 so often that its score would fall below zero.
  const units = [
    listed("L10", "commune"),
    listed("L03", "commune"),
    listed("ON0", "commune"),
    listed("R02", "commune", { corrections: 2 }),
    listed("R99", "commune", { corrections: 250 }),
  ];
  const files = [
    sent("L10", "2025-07-25"),
    sent("L03", "2025-07-18"),
    sent("ON0", "2025-07-15"),
    sent("R02", "2025-07-10"),
    sent("R99", "2025-07-10"),
  ];
  const base = defaultCampaign(2025, units);
  const without = rollup(files, { campaign: base });
  const withPenalties = rollup(files, { campaign: { ...base, penalties } });
  const row = (summary: Summary, code: string) => summary.units.find((u) => u.unit.code === code)!;
  const taken = { L10: 2.5, L03: 1.5, ON0: 0, R02: 2, R99: 250 };

  it("takes the points off the score after scaling and bonus, each row up to its cap, never below 0", () => {
    for (const [code, off] of Object.entries(taken)) {
      const before = row(without, code).score!;
      expect({ code, score: row(withPenalties, code).score }).toEqual({
        code,
        score: roundScore(Math.max(0, before - off)),
      });
    }
    expect(row(withPenalties, "R99").score).toBe(0);
    expect(row(withPenalties, "L10").scoring.penalties!.map((p) => [p.count, p.points])).toEqual([
      [10, 2.5],
      [0, 0],
    ]);
  });

  it("gives a screen the points taken off beside the score, as the score counts them", () => {
    const units = summaryView(withPenalties).units;
    for (const [code, off] of Object.entries(taken))
      expect({ code, off: units.find((u) => u.unit.code === code)!.points!.off }).toEqual({ code, off });
  });

  it("grades and ranks by the score after penalties", () => {
    for (const code of Object.keys(taken)) {
      const u = row(withPenalties, code);
      expect(u.grade).toBe(gradeOf(u.score, base.grades));
    }
    // Every unit reported the same figures: the penalties alone order them.
    expect(new Set(Object.keys(taken).map((code) => row(without, code).score)).size).toBe(1);
    expect(["ON0", "L03", "R02", "L10", "R99"].map((code) => row(withPenalties, code).rank)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it("says why, in the officer's words", () => {
    expect(penaltyReasons(row(withPenalties, "L10").scoring.penalties!).vi).toBe(
      "Nộp muộn 10 ngày: −2,5 điểm (mức trừ tối đa)",
    );
    expect(penaltyReasons(row(withPenalties, "L03").scoring.penalties!).vi).toBe(
      "Nộp muộn 3 ngày: −1,5 điểm",
    );
    expect(penaltyReasons(row(withPenalties, "R02").scoring.penalties!).vi).toBe("Nộp lại 2 lần: −2 điểm");
    expect(penaltyReasons(row(withPenalties, "ON0").scoring.penalties!).vi).toBe("");
  });

  it("shows each unit's penalties and their reason on Chấm điểm, and none where the campaign has no penalty row", () => {
    const sheetOf = (summary: Summary) => layoutSummary(summary).sheets.find((s) => s.name === "Chấm điểm")!;
    const sheet = sheetOf(withPenalties);
    const reasonHeader = sheet.cells.find((c) => c.value === "Lý do trừ điểm / Why points were taken off")!;
    const l10 = sheet.cells.find((c) => c.value === "L10" && c.col === 1)!.row;
    expect(sheet.cells.find((c) => c.row === l10 && c.col === reasonHeader.col)!.value).toBe(
      "Nộp muộn 10 ngày: −2,5 điểm (mức trừ tối đa)",
    );
    expect(sheet.cells.some((c) => c.formula?.includes("MAX(0,"))).toBe(true);
    const old = sheetOf(without);
    expect(old.cells.some((c) => typeof c.value === "string" && c.value.startsWith("Tổng điểm trừ"))).toBe(
      false,
    );
    expect(old.cells.some((c) => c.formula?.includes("MAX(0,"))).toBe(false);
  });

  it("reads penalty rows and the corrections column back from the campaign workbook", () => {
    const back = read({ ...base, penalties }, {});
    expect(back.findings).toEqual([]);
    expect(back.campaign!.penalties).toEqual(penalties);
    expect(back.campaign!.scoring).toEqual(base.scoring);
    const tables = planTables(layoutCampaign(base));
    const units = tables.get("TD_UNITS")!;
    // The column is not written by default: staff add it after the last, as the table grows in Excel.
    const column = String.fromCharCode("A".charCodeAt(0) + units.header.length);
    const widened = {
      ...units,
      header: [...units.header, { text: "Số lần nộp lại", address: `${column}4` }],
      rows: units.rows.map((r, i) => ({
        cells: [...r.cells, { address: `${column}${5 + i}`, ...(i === 0 ? { value: text("2") } : {}) }],
      })),
    };
    tables.set("TD_UNITS", widened);
    const { campaign } = readCampaign((name) => tables.get(name.toUpperCase()));
    expect(campaign!.units[0]!.corrections).toBe(2);
    widened.rows[0]!.cells[units.header.length] = { address: `${column}5`, value: text("1,5") };
    const bad = readCampaign((name) => tables.get(name.toUpperCase()));
    expect(bad.findings).toEqual([
      expect.objectContaining({ rule: "campaign.bad_corrections", sheet: "Đơn vị", cell: `${column}5` }),
    ]);
  });

  it.each([
    ["a cap below zero", [null, 0.5, "Điểm trừ / ngày trễ", -1], "bad_cap", "D"],
    ["points that are none", [null, "nửa", "Điểm trừ / lần nộp lại", null], "points_not_positive", "B"],
  ])("refuses %s, naming the cell", (_, row, rule, column) => {
    const { findings } = read(base, { TD_Scoring: [row] });
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", rule: `campaign.${rule}`, cell: `${column}13` }),
    ]);
  });

  it("refuses a second row of the same penalty, and warns of a target written on a penalty row", () => {
    const twice = read(base, {
      TD_Scoring: [
        [null, 0.5, "Điểm trừ / ngày trễ", 2],
        [null, 1, "points off per day late", null],
      ],
    });
    expect(twice.findings).toEqual([expect.objectContaining({ rule: "campaign.repeated", cell: "C14" })]);
    const named = read(base, { TD_Scoring: [["Nộp muộn", 0.5, "Điểm trừ / ngày trễ", 2]] });
    expect(named.findings).toEqual([
      expect.objectContaining({ severity: "warning", rule: "campaign.penalty_target", cell: "A13" }),
    ]);
    expect(named.campaign!.penalties).toEqual([{ method: "late_day", points: 0.5, cap: 2 }]);
  });

  it("leaves scores as they were without penalty rows (the old workbook's twin)", () => {
    const old = read(base).campaign!;
    expect(old.penalties).toBeUndefined();
    const again = rollup(files, { campaign: old });
    expect(again.units.map((u) => [u.score, u.grade, u.rank])).toEqual(
      without.units.map((u) => [u.score, u.grade, u.rank]),
    );
    expect(again.units.every((u) => !("penalties" in u.scoring))).toBe(true);
  });
});
