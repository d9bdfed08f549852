import {
  getTemplate,
  formCells,
  layoutSummary,
  parsePeriod,
  rollup,
  stockNotes,
  validate,
  type CampaignUnit,
  type Submission,
} from "../../../src/core";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { formatSummaryTable } from "../../../src/cli/summary-table";
import { summaryToJson } from "../../../src/cli/summary-json";
import { b02Round, testCampaign } from "../../support/reports";

const SECTORS = 5;

/**
 * The 2025 restructuring in small: two district federations report Đợt 1 and are dissolved on 30/06,
 * two commune unions are founded on 01/07 and report Đợt 2, an industrial-park union reports both.
 * Every sector row of a form holds the same figures, so a total is five times a row.
 */
const UNITS: CampaignUnit[] = [
  { code: "H01", name: "LĐLĐ huyện 1", kind: "district_legacy", validTo: "2025-06-30" },
  { code: "H02", name: "LĐLĐ huyện 2", kind: "district_legacy", validTo: "2025-06-30" },
  { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
  { code: "P02", name: "Công đoàn phường 2", kind: "commune", validFrom: "2025-07-01" },
  { code: "K01", name: "Công đoàn KCN", kind: "industrial_park" },
];

const ROUNDS: Submission[] = [
  b02Round("H01", "2025-D1", { members_start: 1000, members_admitted: 50, members_left: 20, workers: 2000 }),
  b02Round("H02", "2025-D1", { members_start: 600, members_admitted: 30, members_left: 10, workers: 1500 }),
  b02Round("P01", "2025-D2", { members_start: 900, members_admitted: 40, members_left: 10, workers: 1200 }),
  b02Round("P02", "2025-D2", { members_start: 750, members_admitted: 20, members_left: 5, workers: 1000 }),
  b02Round("K01", "2025-D1", { members_start: 400, members_admitted: 10, members_left: 0, workers: 800 }),
  b02Round("K01", "2025-D2", { members_start: 410, members_admitted: 5, members_left: 5, workers: 800 }),
];

const year = () => rollup(ROUNDS, { period: parsePeriod("2025")!, campaign: testCampaign({}, UNITS) });

describe("the total's stocks in a year units are founded and dissolved in", () => {
  it("opens with the units present on 01/01 and closes with those present on 31/12; flows add over all", () => {
    const summary = year();
    const total = summary.total.forms.B02!.total!;
    // By hand, per sector row: opening H01 + H02 + K01 = 1000 + 600 + 400 = 2000 (P01, P02 did not exist);
    // closing P01 + P02 + K01 = 930 + 765 + 410 = 2105 (H01, H02 were dissolved on 30/06).
    expect(total.members_start).toBe(2000 * SECTORS);
    expect(total.members_end).toBe(2105 * SECTORS);
    // Workers are a stock at the end too, so the rate's two sides count the same units.
    expect(total.workers).toBe((1200 + 1000 + 800) * SECTORS);
    expect(total.membership_rate).toBeCloseTo(2105 / 3000, 12);
    // Grassroots unions: 5 per unit and row, three units on each date.
    expect(total.unions_start).toBe(15 * SECTORS);
    expect(total.unions_end).toBe(15 * SECTORS);
    // Flows add over every unit.
    expect(total.members_admitted).toBe((50 + 30 + 40 + 20 + 10 + 5) * SECTORS);
    expect(total.members_left).toBe((20 + 10 + 10 + 5 + 0 + 5) * SECTORS);
  });

  it("keeps each unit's own figures at its own dates", () => {
    const summary = year();
    const row = (code: string) => summary.units.find((u) => u.unit.code === code)!;
    expect(row("P01").report.forms.B02!.state!.members_start).toBe(900);
    expect(row("H01").report.forms.B02!.state!.members_end).toBe(1030);
    expect(row("H01").span).toEqual({ start: "2025-01-01", end: "2025-06-30" });
    expect(row("P01").span).toEqual({ start: "2025-07-01", end: "2025-12-31" });
  });

  it("says which units the opening and closing totals leave out, in Vietnamese and English", () => {
    const summary = year();
    expect(summary.stocks).toEqual({
      start: "2025-01-01",
      end: "2025-12-31",
      notAtStart: ["P01", "P02"],
      notAtEnd: ["H01", "H02"],
    });
    const [opening, closing] = stockNotes(summary.stocks);
    expect(opening!.vi).toContain("01/01/2025");
    expect(opening!.vi).toContain("P01, P02");
    expect(opening!.en).toContain("left out: P01, P02");
    expect(closing!.vi).toContain("31/12/2025");
    expect(closing!.en).toContain("left out: H01, H02");
    // Review: a note beside the total row names 20 units at most (400 made its row 810 pt tall).
    const many = Array.from({ length: 400 }, (_, i) => `U${String(i + 1).padStart(4, "0")}`);
    const [long] = stockNotes({ ...summary.stocks, notAtStart: many });
    expect(long!.vi).toContain("U0020 (+380)");
    expect(long!.vi).not.toContain("U0021");

    const json = summaryToJson(summary);
    expect(json.stocks).toMatchObject({ not_at_start: ["P01", "P02"], not_at_end: ["H01", "H02"] });
    expect(json.stocks.notes.map((n) => n.message_en)).toEqual([opening!.en, closing!.en]);
    expect(formatSummaryTable(summary, "en", 1_000)).toContain(closing!.en);
    expect(formatSummaryTable(summary, "vi", 1_000)).toContain(opening!.vi);

    const plan = layoutSummary(summary);
    const texts = (sheet: string) => plan.sheets.find((s) => s.name === sheet)!.cells.map((c) => c.value);
    for (const sheet of ["Tổng hợp", "TH Biểu 02"])
      expect(texts(sheet)).toEqual(
        expect.arrayContaining([opening!.vi, opening!.en, closing!.vi, closing!.en]),
      );
  });

  it("writes the same stocks into the parent-level report, which the next level reads back", async () => {
    const summary = year();
    const bytes = await writeWorkbookPlan(layoutSummary(summary));
    const read = readSubmission(bytes, { name: "tong-hop-2025.xlsx", sha256: "summary" });
    if (!("extraction" in read)) throw new Error("the summary could not be read");
    const total = read.extraction.report!.forms.B02!.total!;
    expect(total.members_start).toBe(2000 * SECTORS);
    expect(total.members_end).toBe(2105 * SECTORS);
    expect(total.membership_rate).toBeCloseTo(2105 / 3000, 12);
    expect(validate(read.extraction).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the total's stocks when every unit covers the whole period", () => {
  it("are the sums of every unit's figures, with nothing to say", () => {
    const units = UNITS.map((u) => ({ code: u.code, name: u.name, kind: u.kind }));
    const d1 = ROUNDS.filter((s) => s.source.name.includes("D1"));
    const summary = rollup(d1, { period: parsePeriod("2025-D1")!, campaign: testCampaign({}, units) });
    expect(summary.stocks.notAtStart).toEqual([]);
    expect(summary.stocks.notAtEnd).toEqual([]);
    expect(stockNotes(summary.stocks)).toEqual([]);
    const def = getTemplate("B02");
    for (const cell of formCells(def)) {
      if (cell.kind === "ratio") continue;
      const each = summary.units.map((u) => u.report.forms.B02![cell.row.key]![cell.col.key] ?? null);
      const expected = each.some((v) => v !== null) ? each.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
      expect([cell.name, summary.total.forms.B02![cell.row.key]![cell.col.key]]).toEqual([
        cell.name,
        expected,
      ]);
    }
    expect(summary.total.forms.B02!.total!.members_start).toBe((1000 + 600 + 400) * SECTORS);
  });
});
