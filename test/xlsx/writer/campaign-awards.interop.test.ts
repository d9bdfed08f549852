import { defaultCampaign, layoutCampaign, readCampaignGrid, type Campaign } from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { plainWorkbook, type Row } from "../../support/plain-workbook";

/** A campaign workbook as another program writes it: plain sheets, found by their header rows. */
function workbook(awards: readonly Row[], bloc = "Cụm 1"): Uint8Array {
  return plainWorkbook({
    "Kỳ báo cáo": [
      ["Mã kỳ", "Tên kỳ", "Từ ngày", "Đến ngày", "Hạn nộp"],
      ["2025", "Cả năm", "01/01/2025", "31/12/2025", "15/01/2026"],
    ],
    "Đơn vị": [
      ["Mã đơn vị", "Tên đơn vị", "Cụm thi đua"],
      ["P01", "Công đoàn phường Trấn Biên", bloc],
    ],
    "Khen thưởng": awards,
  });
}

const read = (bytes: Uint8Array, name = "ke-hoach.xlsx") => readCampaignGrid(readWorkbookGrid(bytes, name));

const HEADER = [
  "Hình thức",
  "Phạm vi",
  "Số lượng",
  "Xếp loại tối thiểu",
  "Điểm tối thiểu",
  "Phải tồn tại cả kỳ",
];

describe("the awards table of a campaign workbook (TD_Awards)", () => {
  const campaign: Campaign = {
    ...defaultCampaign(2025, [{ code: "P01", name: "Công đoàn P01", bloc: "Cụm 1" }]),
    awards: [
      { award: "Cờ thi đua", scope: "province", count: 1, minGrade: "Xuất sắc", minScore: 95 },
      { award: "Bằng khen", scope: "bloc", count: 2, minGrade: "Tốt" },
      { award: "Giấy khen", scope: "province", count: 5 },
    ],
  };

  it.each(["xlsx", "ods"] as const)(
    "is written with the campaign and read back the same (.%s)",
    async (ext) => {
      const bytes = await writeWorkbookPlan(layoutCampaign(campaign));
      const file = ext === "xlsx" ? bytes : resaveWith(bytes, "xlsx", ext);
      const { campaign: back, findings } = read(file, `ke-hoach.${ext}`);
      expect(findings).toEqual([]);
      expect(back!.awards).toEqual(campaign.awards);
    },
  );

  it("is written empty for a campaign without award rules, which then proposes nothing", async () => {
    const bytes = await writeWorkbookPlan(layoutCampaign(defaultCampaign(2025)));
    const grid = readWorkbookGrid(bytes, "ke-hoach.xlsx");
    // Written with the columns of awards to people and works; HEADER alone is how earlier workbooks read.
    expect(grid.tables!.find((t) => t.name === "TD_Awards")!.header.map((h) => h.text)).toEqual([
      ...HEADER,
      "Đối tượng",
      "Tỷ lệ trực tiếp sản xuất tối thiểu",
      "Đề nghị cấp trên khen",
    ]);
    const { campaign: back, findings } = readCampaignGrid(grid);
    expect(findings.filter((f) => f.rule !== "campaign.no_units")).toEqual([]);
    expect(back!.awards).toBeUndefined();
  });

  it("reads the words as people type them, and the grade as the grades table writes it", () => {
    const { campaign: back, findings } = read(
      workbook([
        ["hình  thức", "PHẠM VI", "Số lượng", "Xếp loại tối thiểu", "Điểm tối thiểu"],
        ["Bằng khen", "mỗi cụm", 3, "tốt", "82,5"],
        ["Giấy khen", "toàn tỉnh", "2", "", ""],
        ["Giấy khen", "province", 1, "Khá", 0],
      ]),
    );
    expect(findings).toEqual([]);
    expect(back!.awards).toEqual([
      { award: "Bằng khen", scope: "bloc", count: 3, minGrade: "Tốt", minScore: 82.5 },
      { award: "Giấy khen", scope: "province", count: 2 },
      { award: "Giấy khen", scope: "province", count: 1, minGrade: "Khá", minScore: 0 },
    ]);
  });

  it("refuses each bad row at its cell, in Vietnamese and English", () => {
    const check = read(
      workbook([
        HEADER,
        ["Cờ thi đua", "toàn quốc", 1, "", ""],
        ["Bằng khen", "mỗi cụm", 0, "", ""],
        ["Bằng khen", "mỗi cụm", 1.5, "", ""],
        ["Giấy khen", "toàn tỉnh", 2, "Giỏi", ""],
        ["Giấy khen", "toàn tỉnh", 2, "", -5],
        ["", "toàn tỉnh", 2, "", ""],
        ["=Giấy khen", "toàn tỉnh", 2, "", ""],
      ]),
    );
    expect(check.campaign).toBeNull();
    expect(check.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["campaign.unknown_scope", "Khen thưởng", "B2"],
      ["campaign.bad_count", "Khen thưởng", "C3"],
      ["campaign.bad_count", "Khen thưởng", "C4"],
      ["campaign.unknown_grade", "Khen thưởng", "D5"],
      ["campaign.bad_min_score", "Khen thưởng", "E6"],
      ["campaign.required", "Khen thưởng", "A7"],
      ["campaign.bad_text", "Khen thưởng", "A8"],
    ]);
    const [scope, , , grade] = check.findings;
    expect(scope!.message_vi).toBe(
      'Khen thưởng: phạm vi "toàn quốc" không hợp lệ; chọn một trong: Toàn tỉnh / Toàn huyện / Toàn ngành / Toàn khu công nghiệp / Toàn đơn vị; Mỗi cụm.',
    );
    expect(scope!.message_en).toBe(
      'Khen thưởng: scope "toàn quốc" is not valid; use one of: Province-wide / District-wide / Sector-wide / Park-wide / Unit-wide (province); Per bloc (bloc).',
    );
    expect(grade!.message_vi).toBe(
      'Khen thưởng: xếp loại "Giỏi" không có trong bảng xếp loại; chọn một trong: Xuất sắc; Tốt; Khá; Trung bình; Yếu.',
    );
  });

  it("warns that a per-bloc award proposes nobody when no unit has a bloc", () => {
    const check = read(workbook([HEADER, ["Bằng khen", "Mỗi cụm", 1, "", ""]], ""));
    expect(check.campaign!.awards).toHaveLength(1);
    expect(check.findings.map((f) => [f.severity, f.rule, f.sheet, f.cell])).toEqual([
      ["warning", "campaign.no_blocs", "Khen thưởng", "B2"],
    ]);
  });
});
