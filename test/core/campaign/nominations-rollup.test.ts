import {
  checkAgainstCampaign,
  checkFile,
  layoutReport,
  layoutSummary,
  nominationList,
  parsePeriod,
  rollup,
  unitTemplates,
} from "../../../src/core";
import {
  AWARDS,
  campaignWith,
  CNG,
  D1,
  FILES,
  LDST,
  PLAQUE,
  person,
  report,
  UNITS,
  YEAR,
} from "../../support/nominations";
import { submission, unit, zeroFills } from "../../support/reports";

describe("the province's list of people and works proposed", () => {
  it("gathers every unit's lines, counted by award and unit, with the plan's numbers and shares checked", () => {
    const summary = rollup(FILES, { period: D1, campaign: campaignWith(AWARDS) });
    expect(summary.rejected).toEqual([]);
    const list = nominationList(summary)!;
    expect(list.entries.map((e) => [e.unit.code, e.nomination.name, e.nomination.cell])).toEqual([
      ["A1", "An", "C8"],
      ["A1", "Bình", "C9"],
      ["A1", "Dây chuyền 1", "C10"],
      ["A1", "Dây chuyền 2", "C11"],
      ["A1", "Chi", "C12"],
      ["A2", "Dũng", "C8"],
      ["A2", "Én", "C9"],
      ["A2", "Gia", "C10"],
      ["B1", "Hà", "C8"],
      ["B1", "Khoa", "C9"],
    ]);
    // By hand: LĐST An(direct), Bình, Dũng, Hà: 4 > 3 province-wide, 1 of 4 direct = 25 % < 50 %.
    // Plaques: A1 proposes 2 > 1 a unit. Công nhân giỏi: Cụm A Chi, Én, Gia = 3 > 2; Cụm B Khoa = 1.
    expect(list.awards.map((a) => [a.rule.award, a.count, a.direct, a.share, a.over, a.below])).toEqual([
      [LDST, 4, 1, 0.25, true, true],
      [PLAQUE, 2, 1, 0.5, true, false],
      [CNG, 4, 3, 0.75, true, false],
    ]);
    expect(list.units.map((u) => [u.unit.code, u.byAward, u.total, u.direct])).toEqual([
      ["A1", [2, 2, 1], 5, 3],
      ["A2", [1, 0, 2], 3, 1],
      ["B1", [1, 0, 1], 2, 1],
    ]);
    expect(list.review.map((t) => t.vi)).toEqual([
      `Toàn tỉnh đề nghị 4 "${LDST}", vượt số lượng 3 (đơn vị A1, A2, B1).`,
      `"${LDST}": 1 trong 4 đề nghị là công nhân, lao động trực tiếp sản xuất (25%), dưới tỷ lệ 50% kế hoạch đặt ra.`,
      `Đơn vị Công đoàn A1 (A1) đề nghị 2 "${PLAQUE}", vượt số lượng 1 cho mỗi đơn vị (ô C10, C11 của trang tính Đề nghị khen thưởng).`,
      `Cụm Cụm A đề nghị 3 "${CNG}", vượt số lượng 2 cho mỗi cụm (đơn vị A1, A2).`,
    ]);
  });

  it("lays the list out for the council: Vietnamese, A4, counts and remarks, a signature block", () => {
    const summary = rollup(FILES, { period: D1, campaign: campaignWith(AWARDS) });
    const sheet = layoutSummary(summary).sheets.find((s) => s.name === "Danh sách đề nghị khen thưởng")!;
    expect(sheet).toBeDefined();
    const texts = sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toEqual(
      expect.arrayContaining(["An", LDST, "Vượt số lượng; Dưới tỷ lệ", "NGƯỜI LẬP BIỂU"]),
    );
    expect(texts.some((t) => /[A-Za-z]+ (of|the|and) /.test(t) && !t.includes("Công"))).toBe(false);
    expect(sheet.print?.area).toBeDefined();
  });

  it("adds the rounds' lists of a longer period", () => {
    const D2 = parsePeriod("2025-D2")!;
    const files = [
      report("A1", [person("An", LDST, true)], D1),
      report("A1", [person("Bình", LDST, true)], D2),
    ];
    const summary = rollup(files, { period: YEAR, campaign: campaignWith(AWARDS) });
    expect(nominationList(summary)!.entries.map((e) => e.nomination.name)).toEqual(["An", "Bình"]);
  });

  it("names the round of each cell it cites where the rounds' lists are joined: Đợt 1's C8 is not Đợt 2's", () => {
    const D2 = parsePeriod("2025-D2")!;
    const work = (name: string) => ({ name, award: PLAQUE, direct_worker: "Không" });
    const files = [report("A1", [work("Dây chuyền 1")], D1), report("A1", [work("Dây chuyền 2")], D2)];
    const summary = rollup(files, { period: YEAR, campaign: campaignWith(AWARDS) });
    const list = nominationList(summary)!;
    expect(list.entries.map((e) => [e.nomination.cell, e.nomination.round?.id])).toEqual([
      ["C8", "2025-D1"],
      ["C8", "2025-D2"],
    ]);
    expect(list.review.map((t) => t.vi)).toEqual([
      `Đơn vị Công đoàn A1 (A1) đề nghị 2 "${PLAQUE}", vượt số lượng 1 cho mỗi đơn vị (ô C8 của trang tính Đề nghị khen thưởng trong báo cáo Đợt 1 năm 2025 (01/01/2025 – 30/6/2025); ô C8 của trang tính Đề nghị khen thưởng trong báo cáo Đợt 2 năm 2025 (01/7/2025 – 31/12/2025)).`,
    ]);
    expect(list.review[0]!.en).toContain(
      "cells C8 of sheet Đề nghị khen thưởng in the report of Round 1 of 2025 (01/01/2025 – 30/6/2025); cells C8",
    );
    // A round's own summary cites its one file's cells, as before.
    const one = rollup([files[0]!], { period: D1, campaign: campaignWith(AWARDS) });
    expect(nominationList(one)!.entries[0]!.nomination.round).toBeUndefined();
    // So does the year's summary made from one report of the year, of a unit founded in March (its budget
    // prorated by the rounds' join): there is one file to look in.
    const campaign = campaignWith(AWARDS);
    const founded = campaign.units.map((u) => (u.code === "A1" ? { ...u, validFrom: "2025-03-01" } : u));
    const whole = rollup([report("A1", [work("Dây chuyền 1"), work("Dây chuyền 2")], YEAR)], {
      period: YEAR,
      campaign: { ...campaign, units: founded },
    });
    expect(nominationList(whole)!.review.map((t) => t.vi)).toEqual([
      `Đơn vị Công đoàn A1 (A1) đề nghị 2 "${PLAQUE}", vượt số lượng 1 cho mỗi đơn vị (ô C8, C9 của trang tính Đề nghị khen thưởng).`,
    ]);
  });

  it("refuses, naming the cell, a file proposing an award the campaign does not give", () => {
    const other = [
      ...AWARDS,
      { award: "Cờ thi đua", subject: "person" as const, scope: "province" as const },
    ];
    const files = [report("A1", [person("An", LDST, true), person("Bình", "Cờ thi đua", true)], D1, other)];
    const summary = rollup(files, { period: D1, campaign: campaignWith(AWARDS) });
    expect(summary.rejected.map((r) => r.rule)).toEqual(["rollup.nomination_award_unknown"]);
    expect(summary.rejected[0]!.reason.vi).toContain(
      '"Cờ thi đua" ở ô G9 của trang tính "Đề nghị khen thưởng"',
    );
  });

  it("tells the clerk checking against the campaign before sending, at the same cell", () => {
    const other = [
      ...AWARDS,
      { award: "Cờ thi đua", subject: "person" as const, scope: "province" as const },
    ];
    const file = checkFile(
      report("A1", [person("An", LDST, true), person("Bình", "Cờ thi đua", true)], D1, other),
    );
    expect(file.ready).toBe(true);
    const against = checkAgainstCampaign(file, campaignWith(AWARDS));
    expect(against.ready).toBe(false);
    expect(
      against.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet, f.cell]),
    ).toEqual([["campaign.nomination_award_unknown", "Đề nghị khen thưởng", "G9"]]);
    const honest = checkFile(report("A1", [person("An", LDST, true)]));
    expect(checkAgainstCampaign(honest, campaignWith(AWARDS)).ready).toBe(true);
  });

  it("leaves a campaign without awards to people or works as it was: templates and summary", () => {
    const campaign = campaignWith();
    const source = unitTemplates(campaign, D1)[0]!;
    expect(source.nominationAwards).toBeUndefined();
    expect(layoutReport(source).sheets.map((s) => s.name)).not.toContain("Đề nghị khen thưởng");
    const files = UNITS.map((u) =>
      submission({ unit: unit(u.code), templates: ["B04"], fills: zeroFills(["B04"]) }, `${u.code}.xlsx`),
    );
    const summary = rollup(files, { period: D1, campaign });
    expect(nominationList(summary)).toBeNull();
    const names = layoutSummary(summary).sheets.map((s) => s.name);
    expect(names).not.toContain("Danh sách đề nghị khen thưởng");
    // The campaign's awards reach every unit's template when it has them.
    const proposing = unitTemplates(campaignWith(AWARDS), D1);
    expect(proposing.every((s) => s.nominationAwards === AWARDS)).toBe(true);
    expect(layoutReport(proposing[0]!).sheets.map((s) => s.name)).toContain("Đề nghị khen thưởng");
  });
});
