import { daysBetween, layoutSummary, parsePeriod, rollup } from "../../../src/core";
import { consistentFills, submission, testCampaign, unit } from "../../support/reports";

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

  it("lists them on the status sheet, in a table of their own above the list of units", () => {
    const sheet = layoutSummary(summary).sheets.find((s) => s.name === "Tình trạng nộp")!;
    const texts = sheet.cells.map((c) => c.value);
    expect(
      texts.some((v) => typeof v === "string" && v.startsWith("Hạn nộp, ngày nhận và số ngày trễ từng đợt")),
    ).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(summary.units[0]!.rounds.map((r) => r.period.label.vi)));
  });
});
