import { findPeriod, layoutReport, unitTemplates, type CampaignUnit, type Period } from "../../../src/core";
import { readReceived } from "../../../src/pipeline/read-received";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { fillByName } from "../../support/fill-by-name";
import { REORGANISED_UNITS, SHORT_LIVED } from "../../support/reorganised-units";
import { consistentFills, testCampaign } from "../../support/reports";

/** A union all year that moved in on 01/07 from a province dissolved on 30/06 (Chuyển đến từ). */
const MOVED_IN: CampaignUnit = {
  code: "K02",
  name: "Công đoàn cơ sở K02",
  kind: "grassroots_direct",
  validFrom: "2025-07-01",
  movedInFrom: "T01",
};
const UNITS = [...REORGANISED_UNITS, SHORT_LIVED, MOVED_IN];

/** The notes under each unit's Biểu 03 in its template for `periodId`, by unit code. */
function budgetNotes(periodId: string): Record<string, string[]> {
  const campaign = testCampaign({}, UNITS);
  const sources = unitTemplates(campaign, findPeriod(campaign, periodId)!);
  return Object.fromEntries(
    sources.map((source) => {
      const sheet = layoutReport(source).sheets.find((s) => s.name === "Biểu 03")!;
      const notes = sheet.cells.filter((c) => c.style === "note").map((c) => String(c.value));
      return [source.unit.code, notes];
    }),
  );
}

describe("the template of a unit the list dates part of the budget year", () => {
  it("tells a unit founded on 01/07 to type the budget assigned from then to 31/12, as its decision paper has it", () => {
    // The form asked it for a year's budget (its own × 365 ÷ 184), a figure on no paper; the half year's
    // typed as it is was prorated twice (a staff round: 216.7 %, Đạt).
    const notes = budgetNotes("2025-D2");
    expect(notes.P01).toHaveLength(2);
    const [vi, en] = notes.P01!;
    expect(vi).toContain("nhập dự toán được giao cho đơn vị từ 01/7/2025 đến 31/12/2025");
    expect(vi).toContain("tính nguyên");
    expect(vi).not.toContain("× 365");
    expect(en).toContain("type the budget assigned to the unit for 01/7/2025 to 31/12/2025");
  });

  it("tells a unit dissolved on 30/06 to type its year's budget, counted for its 181 days", () => {
    const [vi, en] = budgetNotes("2025").H01!;
    expect(vi).toContain("181/365 ngày của năm 2025");
    expect(vi).toContain("nhập dự toán của cả năm 2025");
    expect(vi).toContain("× 365 ÷ 181");
    expect(en).toContain("type the budget of the whole year 2025");
  });

  it("tells a unit founded on 01/03 and gone on 30/09 the budget from 01/03 and the days counted of it", () => {
    const [vi, en] = budgetNotes("2025").M01!;
    expect(vi).toContain("01/3/2025 – 30/9/2025");
    expect(vi).toContain("từ 01/3/2025 đến 31/12/2025");
    expect(vi).toContain("214/306");
    expect(en).toContain("214/306");
  });

  it("tells a unit that moved in on 01/07 to type the year's budget its decision paper gives, counted 184/365", () => {
    // Read as founded on 01/07, it was told to type the budget assigned from 01/7/2025 to 31/12/2025, a
    // figure on no paper of a union whose budget was assigned for the year, and counted it whole.
    const [vi, en] = budgetNotes("2025-D2").K02!;
    expect(vi).toContain("chuyển đến ngày 01/7/2025 từ T01");
    expect(vi).toContain("nhập Dự toán năm 2025 được giao cho đơn vị (01/01/2025 – 31/12/2025)");
    expect(vi).toContain("184/365");
    expect(vi).not.toContain("từ 01/7/2025 đến 31/12/2025");
    // Its budget counts for its days here, so its collections must too: the half year before went to T01.
    expect(vi).toContain("chỉ ghi phần thu từ 01/7/2025; phần thu trước khi chuyển đến đã báo cáo cho T01");
    expect(en).toContain(
      "only what was collected from 01/7/2025; what was collected before the move was reported to T01",
    );
    expect(en).toContain("type the budget assigned to the unit for the year 2025 (01/01/2025 – 31/12/2025)");
    expect(en).toContain("184/365");
  });

  it("tells a union that moved in on 01/01/2018, in a campaign from 25/10/2017, to type what it collected from then", () => {
    // Seed 001's campaign 25/10/2017 – 31/3/2018: its budget year 2018 spent whole here, the template said
    // nothing, and the period's collections, those of 25/10 – 31/12/2017 reported to T01 too, were typed.
    const seed001: Period = {
      id: "CHIENDICH",
      start: "2017-10-25",
      end: "2018-03-31",
      label: { vi: "Cả đợt", en: "Whole" },
    };
    const moved = (validFrom: string): CampaignUnit => ({
      ...MOVED_IN,
      code: `K${validFrom.slice(5, 7)}`,
      validFrom,
    });
    const campaign = { ...testCampaign({}, [moved("2018-01-01"), moved("2017-11-15")]), periods: [seed001] };
    const notes = Object.fromEntries(
      unitTemplates(campaign, seed001).map((source) => [
        source.unit.code,
        layoutReport(source)
          .sheets.find((s) => s.name === "Biểu 03")!
          .cells.filter((c) => c.style === "note")
          .map((c) => String(c.value)),
      ]),
    );
    for (const [code, start] of [
      ["K01", "01/01/2018"],
      ["K11", "15/11/2017"],
    ]) {
      const [vi, en] = notes[code!]!;
      expect(vi).toContain(`chuyển đến ngày ${start} từ T01`);
      expect(vi).toContain(`chỉ ghi phần thu từ ${start}; phần thu trước khi chuyển đến đã báo cáo cho T01`);
      expect(en).toContain(`only what was collected from ${start}`);
    }
  });

  it("says nothing to a unit present all year", () => {
    expect(budgetNotes("2025-D2").K01).toEqual([]);
    expect(budgetNotes("2025-D1").K01).toEqual([]);
  });
});

// The note is the template's own text: a clerk's honest report of a dated unit, filled and read back, must be
// ready to send, as any unit's is (the note names dates other than the period's: the year, 01/7–31/12).
describe("a dated unit's template, filled", () => {
  it.each([
    ["2025-D2", "P01"],
    ["2025", "P01"],
    ["2025", "H01"],
    ["2025", "M01"],
    ["2025-D2", "K02"],
    ["2025", "K02"],
  ])("is read back ready to send (%s, %s), its note on Biểu 03", async (periodId, code) => {
    const campaign = testCampaign({}, UNITS);
    const source = unitTemplates(campaign, findPeriod(campaign, periodId)!).find(
      (s) => s.unit.code === code,
    )!;
    const plan = layoutReport(source);
    expect(plan.sheets.find((s) => s.name === "Biểu 03")!.cells.some((c) => c.style === "note")).toBe(true);
    const filled = fillByName(await writeWorkbookPlan(plan), consistentFills(source.templates, 3));
    const outcome = readReceived(filled, { name: `${code}.xlsx`, sha256: "" }, "validate");
    if (outcome.purpose !== "validate") throw new Error("read for validation");
    expect(outcome.file.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(outcome.file.ready).toBe(true);
    // Its budget is read on the basis its note states, as the roll-up takes it.
    const read = readSubmission(filled, { name: `${code}.xlsx`, sha256: "" });
    expect("extraction" in read && read.extraction.report!.budgetBasis).toBe("from_start");
  });
});
