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
  defaultParent: { vi: "Đơn vị tổng hợp", en: "Summary unit" },
} as const satisfies Record<string, Text>;
