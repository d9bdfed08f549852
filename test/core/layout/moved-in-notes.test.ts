import { findPeriod, layoutReport, unitTemplates, type CampaignUnit } from "../../../src/core";
import { testCampaign } from "../../support/reports";

// K02 moved in on 01/07/2025 from T01, a province dissolved on 30/06, which its first half was reported to;
// P01 was founded that day; K03 moved in the year before.
const moved = (code: string, validFrom: string): CampaignUnit => ({
  code,
  name: `Công đoàn cơ sở ${code}`,
  kind: "grassroots_direct",
  validFrom,
  movedInFrom: "T01",
});
const UNITS: CampaignUnit[] = [
  moved("K02", "2025-07-01"),
  moved("K03", "2024-07-01"),
  moved("K04", "2025-03-01"),
  { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
];

/** The notes of a unit's template for `periodId`, by sheet. */
function notesOf(periodId: string, code: string): Record<string, string[]> {
  const campaign = testCampaign({}, UNITS);
  const source = unitTemplates(campaign, findPeriod(campaign, periodId)!).find((s) => s.unit.code === code)!;
  return Object.fromEntries(
    layoutReport(source).sheets.map((s) => [
      s.name,
      s.cells.filter((c) => c.style === "note").map((c) => String(c.value)),
    ]),
  );
}
const FROM_MOVE = "chỉ tính từ 01/7/2025; phần trước khi chuyển đến đã báo cáo cho T01";

describe("the template of a union that moved in within the period", () => {
  it("tells it, on each form of figures for the period, to count them from the move", () => {
    // Its year's template asked the admissions, unions founded and initiatives of 01/01 – 31/12 with no
    // word: the first half, reported to T01, was counted by both provinces at the level above.
    const year = notesOf("2025", "K02");
    for (const form of ["Biểu 02", "Biểu 04"]) {
      expect(
        year[form]!.some((n) => n.includes("chuyển đến ngày 01/7/2025 từ T01") && n.includes(FROM_MOVE)),
      ).toBe(true);
      expect(year[form]!.some((n) => n.includes("only from 01/7/2025"))).toBe(true);
    }
  });

  it("tells it so in Đợt 2 where a row counts from 01/01 (lũy kế từ đầu năm), and nowhere else", () => {
    const round = notesOf("2025-D2", "K02");
    expect(round["Biểu 04"]!.some((n) => n.includes(FROM_MOVE))).toBe(true);
    // Đợt 2 starts on the day it moved: its flows are its own already.
    expect(round["Biểu 02"]!.some((n) => n.includes(FROM_MOVE))).toBe(false);
  });

  it("says nothing of it to a unit founded that day or one that moved in before the year", () => {
    for (const code of ["P01", "K03"])
      expect(
        Object.values(notesOf("2025", code))
          .flat()
          .some((n) => n.includes("chuyển đến")),
      ).toBe(false);
  });

  it("tells a union that moved in before the round to type the round's collections, not those from its move", () => {
    // Moved in on 01/03: its Đợt 2 note said to type what it collected from 01/3/2025, Đợt 1's part (in its
    // Đợt 1 report to this province already) with it, added again by the year of the two rounds.
    const round = notesOf("2025-D2", "K04")["Biểu 03"]!;
    expect(round.some((n) => n.includes("306/365"))).toBe(true);
    expect(round.some((n) => n.includes("phần thu từ 01/3/2025"))).toBe(false);
    expect(round.some((n) => n.includes("collected from 01/3/2025"))).toBe(false);
    // Its rows from 01/01 count from the move still; the round's own figures are all after it.
    const results = notesOf("2025-D2", "K04")["Biểu 04"]!;
    expect(results.some((n) => n.includes('(lũy kế từ đầu năm)": chỉ tính từ 01/3/2025'))).toBe(true);
    expect(results.some((n) => n.includes("Số phát sinh trong kỳ"))).toBe(false);
    const year = notesOf("2025", "K04")["Biểu 03"]!;
    expect(year.some((n) => n.includes("chỉ ghi phần thu từ 01/3/2025"))).toBe(true);
  });
});
