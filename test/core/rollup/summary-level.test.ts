import {
  layoutSummary,
  nominationList,
  parsePeriod,
  rollup,
  type ReportingUnit,
  type UnitKind,
} from "../../../src/core";
import { AWARDS, campaignWith, CNG, LDST, person, report } from "../../support/nominations";

// A district federation's campaign (seed 002, LĐLĐ huyện Gia Lâm, 2023) summarises its grassroots unions:
// its award sheet, list of nominations, Chấm điểm and Xếp hạng cụm speak of "toàn huyện", never of a
// province; a province's summary still says "toàn tỉnh".

const ROUND = parsePeriod("2023-D1")!;
const SHEETS = [
  "Đề nghị khen thưởng",
  "Danh sách đề nghị khen thưởng",
  "Chấm điểm",
  "Xếp hạng cụm",
  "Tổng hợp",
  "Tình trạng nộp",
];

function summaryTexts(parent: ReportingUnit) {
  const files = [
    report("A1", [person("An", LDST, true), person("Chi", CNG, true)], ROUND),
    report("A2", [person("Dũng", LDST, false), person("Én", CNG, true)], ROUND),
    report("B1", [person("Hà", LDST, false), person("Khoa", CNG, true), person("Lan", LDST, true)], ROUND),
  ];
  const campaign = {
    ...campaignWith(AWARDS),
    awards: [
      { award: "Cờ thi đua của LĐLĐ huyện", scope: "province" as const, count: 1 },
      { award: "Giấy khen của LĐLĐ huyện", scope: "bloc" as const, count: 1 },
    ],
  };
  const summary = rollup(files, { period: ROUND, campaign, parent });
  expect(summary.rejected).toEqual([]);
  const plan = layoutSummary(summary);
  const texts = (name: string) => {
    const sheet = plan.sheets.find((s) => s.name === name);
    expect(sheet).toBeDefined();
    return sheet!.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
  };
  return { summary, texts: Object.fromEntries(SHEETS.map((s) => [s, texts(s)])) };
}

const unitOf = (kind?: UnitKind): ReportingUnit => ({
  code: "LDLD_GL",
  name: "Đơn vị tổng hợp",
  ...(kind ? { kind } : {}),
});

describe("the words of a summary follow its summarising unit's level", () => {
  it("a district federation's speaks of toàn huyện on every sheet an officer reads, never of a province", () => {
    const { summary, texts } = summaryTexts(unitOf("district_legacy"));
    for (const sheet of SHEETS) {
      const found = texts[sheet]!.filter((t) => /tỉnh|province/iu.test(t));
      expect([sheet, found]).toEqual([sheet, []]);
    }
    const awards = texts["Đề nghị khen thưởng"]!;
    expect(awards).toContain("Thứ hạng (trong cụm hoặc toàn huyện, theo phạm vi)");
    expect(awards).toContain("Toàn huyện");
    expect(awards.some((t) => t.startsWith("Cờ thi đua của LĐLĐ huyện (Toàn huyện): đề nghị 3 đơn vị"))).toBe(
      true,
    );
    expect(awards.some((t) => t.startsWith("Hạng 1 toàn huyện"))).toBe(true);
    // The rules' line names the campaign's sheet in Vietnamese too ("trang tính", not "sheet").
    expect(awards.some((t) => t.includes("ghi trong trang tính Khen thưởng của sổ kế hoạch"))).toBe(true);
    // The English kept below the list says so too.
    expect(awards.some((t) => t.includes("rank 1 district-wide"))).toBe(true);
    expect(texts["Danh sách đề nghị khen thưởng"]).toContain("Toàn huyện");
    expect(nominationList(summary)!.review.map((t) => [t.vi, t.en])).toContainEqual([
      `Toàn huyện đề nghị 4 "${LDST}", vượt số lượng 3 (đơn vị A1, A2, B1).`,
      `District-wide: 4 proposed for "${LDST}", over the 3 the plan sets (units A1, A2, B1).`,
    ]);
  });

  it("a sector union's says toàn ngành", () => {
    const { texts } = summaryTexts(unitOf("sector"));
    expect(texts["Đề nghị khen thưởng"]).toContain("Thứ hạng (trong cụm hoặc toàn ngành, theo phạm vi)");
    expect(texts["Danh sách đề nghị khen thưởng"]).toContain("Toàn ngành");
  });

  it.each([
    ["a province's federation", "federation" as const],
    ["a unit of no kind", undefined],
  ])("%s's is as it was: toàn tỉnh", (_, kind) => {
    const { summary, texts } = summaryTexts(unitOf(kind));
    const awards = texts["Đề nghị khen thưởng"]!;
    expect(awards).toContain("Thứ hạng (trong cụm hoặc toàn tỉnh, theo phạm vi)");
    expect(awards).toContain("Toàn tỉnh");
    expect(awards.some((t) => t.startsWith("Hạng 1 toàn tỉnh"))).toBe(true);
    expect(nominationList(summary)!.review[0]!.vi).toBe(
      `Toàn tỉnh đề nghị 4 "${LDST}", vượt số lượng 3 (đơn vị A1, A2, B1).`,
    );
  });
});
