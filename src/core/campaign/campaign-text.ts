import type { Text } from "../text";

/** The words of the campaign workbook's sheets. */
export const CAMPAIGN_TEXT = {
  periodsSheet: { vi: "Kỳ báo cáo", en: "Periods" },
  periodsHelp: {
    vi: "id: mã kỳ · label: tên kỳ · start, end: ngày bắt đầu, kết thúc · due: hạn nộp báo cáo. Thêm dòng cho đợt thi đua ngắn, quý, sơ kết, tổng kết.",
    en: "id · label · start, end: first and last day · due: report deadline. Add rows for sprints, quarters, reviews.",
  },
  unitsSheet: { vi: "Đơn vị", en: "Units" },
  unitsHelp: {
    vi: "code: mã · name: tên · kind: loại (commune, industrial_park, sector, grassroots_direct, district_legacy) · parent: đơn vị cấp trên · bloc: cụm, khối thi đua · valid_from, valid_to: thời gian hoạt động. Có thể thêm cột received: ngày nhận báo cáo kỳ này.",
    en: "code · name · kind · parent · bloc: emulation bloc · valid_from, valid_to: when the unit exists. An optional received column records when this period's report arrived.",
  },
  targetsSheet: { vi: "Chỉ tiêu giao", en: "Targets" },
  targetsHelp: {
    vi: 'Dòng "*": mức mặc định của tỉnh. Mỗi đơn vị một dòng: để trống = theo mặc định, "-" = không áp dụng. Tỷ lệ ghi 70% hoặc 0,7.',
    en: 'Row "*": the province\'s defaults. One row per unit: blank = the default, "-" = not applicable. Rates as 70% or 0.7.',
  },
  scoringSheet: { vi: "Bảng chấm điểm", en: "Scoring" },
  scoringHelp: {
    vi: "method: pass_fail (đạt thì đủ điểm), proportional (theo tỷ lệ đến chỉ tiêu), bonus (như proportional, cộng điểm thưởng khi vượt, tối đa cap). TD_Grades: xếp loại theo điểm tối thiểu, giảm dần.",
    en: "method: pass_fail, proportional (up to the target), bonus (proportional plus extra above the target, at most cap). TD_Grades: grades by minimum score, highest first.",
  },
} as const satisfies Record<string, Text>;
