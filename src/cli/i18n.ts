import type { Text } from "../core";

/** The command line's own words; the core's findings and reasons carry their own two languages. */
export const CLI_TEXT = {
  fileNotFound: { vi: "Không tìm thấy tệp hoặc thư mục: {path}", en: "File or folder not found: {path}" },
  fileUnreadable: {
    vi: 'Không đọc được tệp "{file}": {reason}.',
    en: 'Cannot read file "{file}": {reason}.',
  },
  folderUnreadable: {
    vi: 'Không đọc được thư mục "{path}": {reason}.',
    en: 'Cannot read folder "{path}": {reason}.',
  },
  outputUnwritable: {
    vi: 'Không ghi được tệp "{path}": {reason}.',
    en: 'Cannot write file "{path}": {reason}.',
  },
  goneReason: {
    vi: "tệp không còn ở đó (đã bị xóa, di chuyển hoặc là liên kết hỏng)",
    en: "it is no longer there (deleted, moved, or a broken link)",
  },
  deniedReason: { vi: "không có quyền truy cập", en: "permission denied" },
  folderReason: { vi: "đây là một thư mục", en: "it is a folder" },
  notFolderReason: {
    vi: "một phần của đường dẫn không phải thư mục",
    en: "part of the path is not a folder",
  },
  fullReason: { vi: "ổ đĩa đã đầy", en: "the disk is full" },
  systemReason: { vi: "lỗi của hệ thống tệp", en: "a file-system error" },
  internalError: {
    vi: "Lỗi nội bộ của chương trình; hãy chạy lại với --verbose và gửi nội dung hiện ra cho người quản trị.",
    en: "An internal error stopped the program; run it again with --verbose and send what it prints to your administrator.",
  },
  noInputFiles: {
    vi: "Không có tệp .xlsx, .xls hoặc .ods nào để đọc.",
    en: "No .xlsx, .xls or .ods file to read.",
  },
  wouldOverwriteInput: {
    vi: "Tệp kết quả {path} trùng với một tệp nguồn; không ghi đè tệp nguồn.",
    en: "The output {path} is one of the input files; input files are never overwritten.",
  },
  badPeriod: {
    vi: 'Kỳ báo cáo "{period}" không hợp lệ (YYYY-D1, YYYY-D2 hoặc YYYY).',
    en: 'Invalid period "{period}" (YYYY-D1, YYYY-D2 or YYYY).',
  },
  badTemplates: { vi: "Biểu mẫu không có trong danh mục: {ids}", en: "Templates not in the catalog: {ids}" },
  badUnitKind: {
    vi: "Loại đơn vị không hợp lệ: {kind} (chọn: {kinds})",
    en: "Invalid unit kind: {kind} (choose: {kinds})",
  },
  badUnitCode: { vi: 'Mã đơn vị "{code}" không hợp lệ.', en: 'Invalid unit code "{code}".' },
  unknownTarget: {
    vi: "Chỉ tiêu không có trong các biểu đã chọn: {key}",
    en: "No such target in the chosen templates: {key}",
  },
  badTargetValue: {
    vi: 'Giá trị chỉ tiêu {key} không hợp lệ: "{value}"',
    en: 'Invalid value for target {key}: "{value}"',
  },
  templateWritten: {
    vi: "Đã tạo biểu mẫu {file} ({templates}) cho {unit}, {period}.",
    en: "Wrote template {file} ({templates}) for {unit}, {period}.",
  },
  summaryWritten: { vi: "Đã ghi bảng tổng hợp: {file}", en: "Summary written: {file}" },
  reading: { vi: "Đang đọc tệp…", en: "Reading files…" },
  ok: { vi: "không có lỗi", en: "no errors" },
  counts: { vi: "{errors} lỗi, {warnings} cảnh báo", en: "{errors} error(s), {warnings} warning(s)" },
  readyToSubmit: { vi: "Sẵn sàng gửi", en: "Ready to submit" },
  error: { vi: "LỖI", en: "ERROR" },
  warning: { vi: "CẢNH BÁO", en: "WARNING" },
  unusable: { vi: "KHÔNG ĐỌC ĐƯỢC", en: "UNUSABLE" },
  moreWarnings: {
    vi: "… và {count} cảnh báo khác (dùng --all để xem hết)",
    en: "… and {count} more warning(s) (use --all to see them)",
  },
  units: { vi: "Đơn vị đã tổng hợp", en: "Units rolled up" },
  missing: { vi: "Thiếu báo cáo", en: "Missing" },
  duplicates: { vi: "Báo cáo trùng (dùng tệp mới nhất)", en: "Duplicates (the newest file is used)" },
  rejected: { vi: "Tệp bị loại (lý do)", en: "Rejected files (reason)" },
  legend: { vi: "Chỉ tiêu", en: "Targets" },
  unitColumn: { vi: "Đơn vị", en: "Unit" },
  metColumn: { vi: "Đạt", en: "Met" },
  scoreColumn: { vi: "Điểm", en: "Score" },
  gradeColumn: { vi: "Xếp loại", en: "Grade" },
  blocColumn: { vi: "Cụm", en: "Bloc" },
  blocRankColumn: { vi: "Hạng cụm", en: "Bloc rank" },
  rankColumn: { vi: "Hạng", en: "Rank" },
  lateColumn: { vi: "Trễ (ngày)", en: "Late (days)" },
  unitWarnings: { vi: "Cảnh báo theo đơn vị", en: "Warnings by unit" },
  warningCount: { vi: "{count} cảnh báo", en: "{count} warning(s)" },
  comparedWith: { vi: "So với kỳ trước: {period}", en: "Compared with the previous period: {period}" },
  totalRow: { vi: "TỔNG CỘNG", en: "TOTAL" },
  campaignUnusable: {
    vi: 'Tệp kế hoạch thi đua "{file}" có lỗi (xem trên); hãy sửa rồi chạy lại.',
    en: 'The campaign workbook "{file}" has errors (see above); fix them and run again.',
  },
  unknownPeriod: {
    vi: 'Không có kỳ "{period}" (các kỳ: {known}).',
    en: 'No period "{period}" (periods: {known}).',
  },
  campaignWritten: {
    vi: "Đã tạo tệp kế hoạch thi đua {file}: {periods} kỳ, {units} đơn vị, {rules} chỉ tiêu chấm điểm.",
    en: "Wrote the campaign workbook {file}: {periods} periods, {units} units, {rules} scored targets.",
  },
  campaignOk: {
    vi: "✓ {file}: {periods} kỳ, {units} đơn vị, {blocs} cụm thi đua, {errors} lỗi, {warnings} cảnh báo.",
    en: "✓ {file}: {periods} periods, {units} units, {blocs} blocs, {errors} error(s), {warnings} warning(s).",
  },
  campaignBad: {
    vi: "✗ {file}: {errors} lỗi, {warnings} cảnh báo.",
    en: "✗ {file}: {errors} error(s), {warnings} warning(s).",
  },
  unitNotInCampaign: {
    vi: "Đơn vị {code} không có trong danh sách đơn vị của kế hoạch cho {period}.",
    en: "Unit {code} is not among the campaign's units for {period}.",
  },
  unitNameNeeded: {
    vi: "Cần --unit-name (hoặc --campaign để lấy tên đơn vị từ kế hoạch thi đua).",
    en: "--unit-name is needed (or --campaign, to take the unit's name from the campaign).",
  },
  notASummary: {
    vi: 'Tệp "{file}" không phải bảng tổng hợp của Thi Đua (thiếu trang TD_Data).',
    en: 'File "{file}" is not a Thi Đua summary (its TD_Data sheet is missing).',
  },
  badJumpFactor: {
    vi: 'Hệ số "{value}" không hợp lệ (một số lớn hơn 1, ví dụ 3).',
    en: 'Factor "{value}" is not valid (a number above 1, e.g. 3).',
  },
  badYear: { vi: 'Năm "{year}" không hợp lệ (2000–2100).', en: 'Year "{year}" is not valid (2000–2100).' },
  templatesWritten: {
    vi: "Đã tạo {count} biểu mẫu cho {period} trong {dir} (hạn nộp {due}).",
    en: "Wrote {count} templates for {period} in {dir} (due {due}).",
  },
} as const satisfies Record<string, Text>;

/** A usage or input problem: printed in the chosen language, exit code 2; `detail` with --verbose only. */
export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly detail?: string,
  ) {
    super(text.en);
  }
}
