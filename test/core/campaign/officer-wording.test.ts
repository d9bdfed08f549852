import {
  checkCampaign,
  defaultCampaign,
  extract,
  layoutCampaign,
  layoutSummary,
  parsePeriod,
  periodText,
  rollup,
  TEMPLATE_IDS,
  unitKindOf,
  validate,
  readCampaign,
  type Campaign,
  type Period,
} from "../../../src/core";
import { identityLine } from "../../../src/core/report/identity-line";
import { planTables } from "../../support/plan-tables";
import { EVERY_AWARD_CASE, summaryOf } from "../../support/award-summaries";
import { consistentFills, reportGrid, submission } from "../../support/reports";

const read = (campaign: Campaign, extra: Record<string, (string | number | null)[][]> = {}) => {
  const tables = planTables(layoutCampaign(campaign), {}, extra);
  return readCampaign((name) => tables.get(name.toUpperCase()));
};

/** The Phú Riềng 2017 plan's rounds (seed 001), named as the officers named them. */
const SPRINT_2017 = [
  ["2017-I", "Đợt I: 25/10/2017 – 31/12/2017", "25/10/2017", "31/12/2017", "10/01/2018"],
  ["2017-I-B", "Đợt I: 25/10/2017-31/12/2017", "25/10/2017", "31/12/2017", "10/01/2018"],
  ["2018-II", "Đợt II: từ 01/01/2018 đến hết ngày 31/3/2018", "01/01/2018", "31/03/2018", "10/04/2018"],
  ["2017-III", "Đợt III (25/10 – 31/12/2017)", "25/10/2017", "31/12/2017", "10/01/2018"],
  ["2017-X", "Đợt I: Từ nay đến 31/12/2017", "25/10/2017", "31/12/2017", "10/01/2018"],
  ["2017-Y", "Đợt I: 01/10/2017 – 31/12/2017", "25/10/2017", "31/12/2017", "10/01/2018"],
];

describe("a target as the plan words it", () => {
  it('reads "ít nhất 01", the Phú Riềng plan\'s "Mái ấm công đoàn" houses, as a target of 1 (seed 001)', () => {
    const mainAm = [...Array<null>(7).fill(null), "ít nhất 01"];
    const { campaign, findings } = read(defaultCampaign(2017, []), {
      TD_Units: [["C01", "CĐCS Công ty TNHH MTV Cao su Phú Riềng", "CĐCS trực thuộc"]],
      TD_Targets: [["C01", null, ...mainAm]],
    });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(campaign!.assigned.get("C01")).toEqual({ B04_mai_am_total: 1 });
  });
});

describe("a period whose name already states its dates", () => {
  const { campaign } = read({ ...defaultCampaign(2017, []), periods: [] }, { TD_Periods: SPRINT_2017 });
  const label = (id: string) => campaign!.periods.find((p) => p.id === id)!.label;

  it("is labelled with its dates once, however the officer wrote them", () => {
    expect(label("2017-I").vi).toBe("Đợt I: 25/10/2017 – 31/12/2017");
    expect(label("2017-I-B").vi).toBe("Đợt I: 25/10/2017-31/12/2017");
    expect(label("2018-II").vi).toBe("Đợt II: từ 01/01/2018 đến hết ngày 31/3/2018");
    expect(label("2017-III").vi).toBe("Đợt III (25/10 – 31/12/2017)");
  });

  it("still shows the real dates when the name states only one end, or other dates", () => {
    expect(label("2017-X").vi).toBe("Đợt I: Từ nay đến 31/12/2017 (25/10/2017 – 31/12/2017)");
    expect(label("2017-Y").vi).toBe("Đợt I: 01/10/2017 – 31/12/2017 (25/10/2017 – 31/12/2017)");
  });

  it("is named once in a form's identity line and in what validate and the roll-up say of it", () => {
    const period = campaign!.periods.find((p) => p.id === "2017-I")!;
    expect(identityLine({ code: "H01", name: "LĐLĐ huyện Phú Riềng" }, period).vi).toBe(
      "Đơn vị báo cáo: LĐLĐ huyện Phú Riềng (H01) — Kỳ báo cáo: Đợt I: 25/10/2017 – 31/12/2017",
    );
    expect(periodText(period).vi).toBe("Đợt I: 25/10/2017 – 31/12/2017");
    // A label claiming other dates than the period's is followed by the real ones.
    const claimed: Period = { ...period, start: "2017-11-01" };
    expect(periodText(claimed).vi).toBe("Đợt I: 25/10/2017 – 31/12/2017 (01/11/2017 – 31/12/2017)");
  });
});

describe("a district federation before the 2025 reform", () => {
  const district = { code: "H01", name: "LĐLĐ huyện Phú Riềng", kind: "district_legacy" as const };
  const sheetTexts = (period: string) => {
    const file = submission(
      { unit: district, period: parsePeriod(period)!, fills: consistentFills(TEMPLATE_IDS, 1) },
      "h01.xlsx",
    );
    const plan = layoutSummary(rollup([file], { period: parsePeriod(period)! }));
    return (name: string) =>
      plan.sheets
        .find((s) => s.name === name)!
        .cells.map((c) => c.value)
        .filter((v) => typeof v === "string");
  };

  it("is a plain LĐLĐ huyện in a 2017 summary; the qualifier stays where the period reaches past 01/7/2025", () => {
    const of2017 = sheetTexts("2017-D2");
    for (const sheet of ["Tổng hợp", "Tình trạng nộp"]) {
      expect(of2017(sheet)).toContain("LĐLĐ huyện");
      expect(of2017(sheet)).not.toContain("LĐLĐ huyện (trước 01/7/2025)");
    }
    expect(sheetTexts("2025")("Tổng hợp")).toContain("LĐLĐ huyện (trước 01/7/2025)");
  });

  it("is written as LĐLĐ huyện in a 2017 campaign workbook, offered so in its list, and read back", () => {
    const campaign = defaultCampaign(2017, [district]);
    const plan = layoutCampaign(campaign);
    const values = (name: string) => plan.sheets.find((s) => s.name === name)!.cells.map((c) => c.value);
    expect(values("Đơn vị")).toContain("LĐLĐ huyện");
    expect(values("Hướng dẫn")).toContain("LĐLĐ huyện");
    expect(values("Hướng dẫn")).not.toContain("LĐLĐ huyện (trước 01/7/2025)");
    expect(read(campaign).campaign!.units[0]!.kind).toBe("district_legacy");
    expect(unitKindOf("LĐLĐ huyện")).toBe("district_legacy");
  });
});

describe("the award sheet the Hội đồng Thi đua – Khen thưởng reads", () => {
  const plan = layoutSummary(summaryOf(EVERY_AWARD_CASE));
  const sheet = plan.sheets.find((s) => s.name === "Đề nghị khen thưởng")!;
  const area = sheet.print!.area!;
  const printed = sheet.cells
    .filter((c) => c.row >= area.top && c.row <= area.bottom && c.col >= area.left && c.col <= area.right)
    .filter((c) => c.row > 1) // the title's English line, as on every summary sheet
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string");
  const below = sheet.cells.filter((c) => c.row > area.bottom).map((c) => String(c.value));

  it("reads as an officer writes: in words, no symbols, no English, a clear rank heading", () => {
    expect(printed).toContain("Hạng 1 toàn tỉnh; xếp loại Xuất sắc (yêu cầu: từ Xuất sắc trở lên)");
    expect(printed).toContain("Thứ hạng (trong cụm hoặc toàn tỉnh, theo phạm vi)");
    expect(printed.join("\n")).not.toMatch(
      /≥|Hạng xét|tiếng Anh|\/ |\b(rank|grade|score|Report|Award|Reason|Why|sheet)\b/,
    );
    // The English is kept, below the list and off its printed page.
    expect(
      below.some((t) => t.includes("rank 1 province-wide; grade Xuất sắc (required: Xuất sắc or above)")),
    ).toBe(true);
  });

  it("says that ties at the last place are all proposed, and where they made a list longer than its number", () => {
    expect(
      printed.some((t) => t.startsWith("Các đơn vị bằng điểm ở vị trí cuối cùng đều được đề nghị")),
    ).toBe(true);
    expect(printed).toContain(
      "Bằng khen (Mỗi cụm: Cụm B): đề nghị 2 đơn vị, số lượng 1 — nhiều hơn số lượng 1 đơn vị vì bằng điểm ở vị trí cuối cùng",
    );
    expect(printed).toContain("Bằng khen (Mỗi cụm: Cụm A): đề nghị 1 đơn vị, số lượng 1");
  });
});

describe("Chấm điểm, which the Hội đồng reads with the award sheet", () => {
  it("names each target in words, never by its program key", () => {
    const sheet = layoutSummary(summaryOf(EVERY_AWARD_CASE)).sheets.find((s) => s.name === "Chấm điểm")!;
    const texts = sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toContain('Xây mới, sửa chữa nhà "Mái ấm công đoàn"');
    expect(texts.filter((t) => /\bB0\d_[a-z_]+/.test(t))).toEqual([]);
  });
});

describe("campaign check of a scoring table", () => {
  const check = (campaign: Campaign) => {
    const tables = planTables(layoutCampaign(campaign));
    return checkCampaign((name) => tables.get(name.toUpperCase()));
  };
  const units = [{ code: "X01", name: "Công đoàn X01" }];

  it("warns, at its cell, of points given to a target no unit is given: the default campaign's 35 of 100", () => {
    const { campaign, findings } = check(defaultCampaign(2025, units));
    expect(campaign).not.toBeNull();
    const unassigned = findings.filter((f) => f.rule === "campaign.target_not_given");
    expect(unassigned.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["warning", "Bảng chấm điểm", "A7"],
      ["warning", "Bảng chấm điểm", "A8"],
    ]);
    expect(unassigned[0]!.message_vi).toContain(
      'chỉ tiêu "Kết nạp đoàn viên mới (chỉ tiêu giao)" được 20 điểm',
    );
    expect(unassigned[0]!.message_en).toContain("is worth 20 points but no unit is given it");
    // Every unit given the target, or one unit, is enough.
    const given = {
      ...defaultCampaign(2025, units),
      assigned: new Map([["X01", { B02_members_admitted: 5 }]]),
    };
    expect(check(given).findings.filter((f) => f.rule === "campaign.target_not_given")).toHaveLength(1);
    // A level given only for one period (a sprint's row of Chỉ tiêu giao, with its Mã kỳ) is given too.
    const forSprint = {
      ...defaultCampaign(2025, units),
      periodTargets: new Map([["2025-D1", { defaults: { B02_members_admitted: 30 }, assigned: new Map() }]]),
    };
    expect(
      check(forSprint)
        .findings.filter((f) => f.rule === "campaign.target_not_given")
        .map((f) => f.cell),
    ).toEqual(["A8"]);
    // Only `campaign check` says so: a command reading the campaign to use it is not told again.
    const tables = planTables(layoutCampaign(defaultCampaign(2025, units)));
    expect(readCampaign((name) => tables.get(name.toUpperCase())).findings).toEqual([]);
  });

  it("warns when the points do not add to 100, naming the total", () => {
    const base = defaultCampaign(2025, units);
    const scoring = base.scoring.filter((r) => r.target !== "B04_mai_am_total");
    const { findings } = check({
      ...base,
      scoring,
      defaults: { ...base.defaults, B02_members_admitted: 10, B02_unions_founded: 1 },
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["campaign.points_not_100", "warning"]]);
    expect(findings[0]!.message_vi).toContain("cộng lại được 90 điểm, không phải 100");
    expect([findings[0]!.sheet, findings[0]!.cell]).toEqual(["Bảng chấm điểm", "A4"]);
    expect(
      check({ ...base, defaults: { ...base.defaults, B02_members_admitted: 10, B02_unions_founded: 1 } })
        .findings,
    ).toEqual([]);
  });
});

describe("a report made before its period's dates were written once", () => {
  it("still reads: its forms' lines name the period with the dates twice, as its template wrote them", () => {
    const twice = "Đợt I: 25/10/2017 – 31/12/2017 (25/10/2017 – 31/12/2017)";
    const period: Period = {
      id: "2017-I",
      start: "2017-10-25",
      end: "2017-12-31",
      label: { vi: twice, en: twice },
    };
    const extraction = extract(reportGrid({ unit: { code: "H01", name: "LĐLĐ huyện Phú Riềng" }, period }));
    expect(extraction.report).not.toBeNull();
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
  });
});
