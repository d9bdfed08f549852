import type { Text } from "../text";

export const ROLLUP_MESSAGES = {
  invalid: {
    vi: "Có {count} lỗi; lỗi đầu tiên: {first}",
    en: "{count} error(s); the first: {first}",
  },
  wrongPeriod: {
    vi: "Sai kỳ báo cáo: tệp báo cáo {found}, kỳ tổng hợp là {wanted}.",
    en: "Wrong period: the file reports {found}, the roll-up is for {wanted}.",
  },
  notExpected: {
    vi: "Đơn vị {code} không có trong danh sách đơn vị của kỳ này.",
    en: "Unit {code} is not in the list of units for this period.",
  },
  noPeriod: {
    vi: "Không có báo cáo hợp lệ nào để xác định kỳ tổng hợp; hãy chỉ định kỳ (--period).",
    en: "No valid report to tell the period from; give the period (--period).",
  },
  continuity: {
    vi: "{label}: số đầu kỳ {period} là {opening} ({openingAt}) nhưng số cuối kỳ trước là {closing} ({closingAt}).",
    en: "{label}: the opening figure of {period} is {opening} ({openingAt}) but the previous round closed at {closing} ({closingAt}).",
  },
  jump: {
    vi: "{label}: {now}, so với {before} kỳ trước ({period}) — thay đổi quá {factor} lần; kiểm tra lại.",
    en: "{label}: {now}, against {before} in the previous period ({period}) — more than a {factor}-fold change; please check.",
  },
  targetDiffers: {
    vi: "Chỉ tiêu {target} trong tệp {file} là {found}, tỉnh giao {assigned}; dùng mức tỉnh giao.",
    en: "Target {target} in file {file} is {found}, the province assigned {assigned}; the province's value counts.",
  },
  notApplicable: { vi: "không áp dụng", en: "not applicable" },
  notAssigned: { vi: "chưa giao", en: "not assigned" },
  defaultParent: { vi: "Đơn vị tổng hợp", en: "Summary unit" },
} as const satisfies Record<string, Text>;
