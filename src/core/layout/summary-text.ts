import type { ExpectedStatus } from "../rollup/types";
import type { Text } from "../text";

export const SUMMARY_TEXT = {
  overviewSheet: { vi: "Tổng hợp", en: "Summary" },
  statusSheet: { vi: "Tình trạng nộp", en: "Submissions" },
  templateSheetPrefix: "TH ",
  title: { vi: "TỔNG HỢP KẾT QUẢ THI ĐUA — {period}", en: "Emulation results summary — {period}" },
  parent: { vi: "Đơn vị tổng hợp: {name} ({code})", en: "Summary unit: {name} ({code})" },
  counts: {
    vi: "Đã nhận: {received} · Thiếu báo cáo: {missing} · Báo cáo trùng: {duplicates} · Bị loại: {rejected}",
    en: "Received: {received} · Missing: {missing} · Duplicates: {duplicates} · Rejected: {rejected}",
  },
  no: { vi: "STT", en: "No." },
  unitCode: { vi: "Mã đơn vị", en: "Unit code" },
  unitName: { vi: "Tên đơn vị", en: "Unit name" },
  unitKind: { vi: "Loại đơn vị", en: "Unit kind" },
  target: { vi: "Chỉ tiêu", en: "Target" },
  result: { vi: "Kết quả", en: "Result" },
  assessment: { vi: "Đánh giá", en: "Assessment" },
  score: { vi: "Số chỉ tiêu đạt", en: "Targets met" },
  chartTitle: { vi: "Số chỉ tiêu đạt theo đơn vị", en: "Targets met by unit" },
  rank: { vi: "Xếp hạng", en: "Ranking" },
  sourceFile: { vi: "Tệp nguồn", en: "Source file" },
  sha256: { vi: "SHA-256", en: "SHA-256" },
  total: { vi: "Tổng cộng", en: "Total" },
  partial: { vi: " (chỉ một đợt)", en: " (one round only)" },
  expectedTitle: { vi: "Danh sách đơn vị", en: "Expected units" },
  status: { vi: "Tình trạng", en: "Status" },
  rejectedTitle: { vi: "Tệp bị loại (lý do)", en: "Rejected files (reasons)" },
  reason: { vi: "Lý do", en: "Reason" },
  reasonEn: { vi: "Lý do (tiếng Anh)", en: "Reason (English)" },
  duplicatesTitle: { vi: "Báo cáo trùng", en: "Duplicate submissions" },
  unreportedTitle: {
    vi: "Số liệu đơn vị để trống (tổng cộng chỉ gồm các đơn vị đã báo cáo)",
    en: "Figures units left blank (totals hold only what the others reported)",
  },
  template: { vi: "Biểu", en: "Form" },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  period: { vi: "Kỳ", en: "Period" },
  kept: { vi: "Tệp được dùng (mới nhất)", en: "File used (newest)" },
  dropped: { vi: "Tệp không dùng", en: "Files not used" },
  none: { vi: "(không có)", en: "(none)" },
  noList: {
    vi: "Chưa có danh sách đơn vị: không xác định được đơn vị thiếu báo cáo.",
    en: "No list of expected units: missing reports cannot be told.",
  },
} as const satisfies Record<string, Text | string>;

export const STATUS_TEXT: Record<ExpectedStatus, Text> = {
  received: { vi: "Đã nhận", en: "Received" },
  missing: { vi: "Thiếu báo cáo", en: "Missing" },
  rejected: { vi: "Bị loại", en: "Rejected" },
};
