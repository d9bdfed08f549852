import { daysBetween, layoutSummary, parsePeriod, rollup } from "../../../src/core";
import { consistentFills, submission, testCampaign, unit } from "../../support/reports";
import { namesNotOnOneLine } from "../../support/summaries";

const round = (period: string, received: string) =>
  submission(
    {
      unit: unit("P01"),
      templates: ["B03"],
      period: parsePeriod(period)!,
      fills: consistentFills(["B03"], 1),
    },
    `P01-${period}.xlsx`,
    received,
  );

/** The rounds sheet's headings: below its title block and the table's title. */
const ROUNDS_HEADINGS = 7;

describe("the year's lateness, round by round", () => {
  const campaign = testCampaign({});
  const due = (id: string) => campaign.periods.find((p) => p.id === id)!.due!;
  const summary = rollup(
    [round("2025-D1", "2025-07-20T03:00:00Z"), round("2025-D2", "2026-01-02T03:00:00Z")],
    {
      period: parsePeriod("2025")!,
      campaign,
    },
  );

  it("gives each round its own due date, day received and days late", () => {
    const [d1, d2] = summary.units[0]!.rounds;
    expect(d1).toMatchObject({ due: due("2025-D1"), received: "2025-07-20" });
    expect(d1!.daysLate).toBe(daysBetween(due("2025-D1"), "2025-07-20"));
    expect(d2).toMatchObject({ due: due("2025-D2"), received: "2026-01-02" });
    expect(d2!.daysLate).toBe(
      daysBetween(due("2025-D2"), "2026-01-02") > 0 ? daysBetween(due("2025-D2"), "2026-01-02") : null,
    );
  });

  it("lists them on a sheet of their own, its headings printed on every page, no longer on the status sheet", () => {
    const sheets = layoutSummary(summary).sheets;
    const sheet = (name: string) => sheets.find((s) => s.name === name)!;
    const titled = (name: string) =>
      sheet(name).cells.some(
        (c) =>
          typeof c.value === "string" && c.value.startsWith("Hạn nộp, ngày nhận và số ngày trễ từng đợt"),
      );
    expect({ status: titled("Tình trạng nộp"), rounds: titled("Từng đợt") }).toEqual({
      status: false,
      rounds: true,
    });
    const rounds = sheet("Từng đợt");
    const table: (string | number | null)[][] = [];
    for (const c of rounds.cells)
      if (c.row >= ROUNDS_HEADINGS) (table[c.row - ROUNDS_HEADINGS] ??= [])[c.col] = c.value ?? null;
    const serial = (iso: string | null) => (iso ? daysBetween("1899-12-30", iso) : null);
    const [d1, d2] = summary.units[0]!.rounds;
    expect(table.map((row) => row.slice(1, 3))).toEqual([
      ["Mã đơn vị / Unit code", "Tên đơn vị / Unit name"],
      ["P01", "Công đoàn P01"],
      ["P01", "Công đoàn P01"],
    ]);
    expect(table.slice(1).map((row) => [row[0], ...row.slice(3)])).toEqual(
      [d1!, d2!].map((r, i) => [i + 1, r.period.label.vi, serial(r.due), serial(r.received), r.daysLate]),
    );
    expect(rounds.print!.repeatRows).toEqual({ top: ROUNDS_HEADINGS, bottom: ROUNDS_HEADINGS });
  });

  it("prints each round's name whole on it, as wide as the longest, wrapped beyond", () => {
    // At 16 characters, "Đợt 1 năm 2025 (01/01/2025 – 30/6/2025)" printed "Đợt 1 năm 2025 (01".
    const labels = summary.units[0]!.rounds.map((r) => r.period.label.vi);
    expect(labels[0]!.length).toBeGreaterThan(30);
    expect(namesNotOnOneLine(layoutSummary(summary), "Từng đợt", "Kỳ / Period", labels)).toEqual({
      cells: 2,
      names: 2,
      cut: [],
      lost: [],
    });
  });

  it("gives a round's summary no such sheet", () => {
    const d1 = rollup([round("2025-D1", "2025-07-20T03:00:00Z")], {
      period: parsePeriod("2025-D1")!,
      campaign,
    });
    expect(layoutSummary(d1).sheets.map((s) => s.name)).not.toContain("Từng đợt");
  });
});
