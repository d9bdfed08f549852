import type { Text } from "../text";

/** Every message of the campaign workbook's checker; {at} is "sheet!cell". */
export const CAMPAIGN_MESSAGES = {
  missingTable: {
    vi: "Thiếu bảng {table} (bảng Excel hoặc trang cùng tên).",
    en: "Table {table} is missing (an Excel table, or a sheet of that name).",
  },
  missingColumn: {
    vi: "{table}: thiếu cột {column} ({at}).",
    en: "{table}: column {column} is missing ({at}).",
  },
  unknownColumn: {
    vi: "{table}: cột {column} không có trong danh mục chỉ tiêu ({at}).",
    en: "{table}: column {column} is not a target of the catalog ({at}).",
  },
  badId: {
    vi: '{table}: mã "{value}" không hợp lệ (chữ, số, "_", ".", "-", tối đa 40 ký tự) ({at}).',
    en: '{table}: "{value}" is not a valid id (letters, digits, "_", ".", "-", at most 40) ({at}).',
  },
  repeated: {
    vi: "{table}: {value} xuất hiện hai lần ({at}).",
    en: "{table}: {value} appears twice ({at}).",
  },
  twoBlocs: {
    vi: "Đơn vị {value} thuộc hai cụm thi đua: {first} và {second} ({at}).",
    en: "Unit {value} is in two emulation blocs: {first} and {second} ({at}).",
  },
  badDate: {
    vi: '{table}: "{value}" không phải ngày hợp lệ (dd/mm/yyyy) ({at}).',
    en: '{table}: "{value}" is not a valid date (dd/mm/yyyy) ({at}).',
  },
  required: {
    vi: "{table}: ô {column} để trống ({at}).",
    en: "{table}: {column} is blank ({at}).",
  },
  endBeforeStart: {
    vi: "{table}: ngày kết thúc trước ngày bắt đầu ({at}).",
    en: "{table}: the end is before the start ({at}).",
  },
  dueBeforeEnd: {
    vi: "{table}: hạn nộp {value} trước ngày kết thúc kỳ ({at}).",
    en: "{table}: the due date {value} is before the period ends ({at}).",
  },
  overlapping: {
    vi: "Kỳ {first} và {second} chồng lấn nhau mà kỳ này không nằm trọn trong kỳ kia ({at}).",
    en: "Periods {first} and {second} overlap without one lying inside the other ({at}).",
  },
  unknownKind: {
    vi: '{table}: loại đơn vị "{value}" không có trong danh mục ({kinds}) ({at}).',
    en: '{table}: unit kind "{value}" is not known ({kinds}) ({at}).',
  },
  unknownUnit: {
    vi: "{table}: đơn vị {value} không có trong bảng TD_Units ({at}).",
    en: "{table}: unit {value} is not in table TD_Units ({at}).",
  },
  badTarget: {
    vi: '{table}: chỉ tiêu {column} có giá trị không hợp lệ "{value}" ({at}).',
    en: '{table}: target {column} has an invalid value "{value}" ({at}).',
  },
  defaultNotApplicable: {
    vi: '{table}: dòng mặc định "*" không được ghi "-" ({at}).',
    en: '{table}: the default row "*" cannot say "-" ({at}).',
  },
  unknownTarget: {
    vi: '{table}: chỉ tiêu "{value}" không có trong danh mục ({at}).',
    en: '{table}: target "{value}" is not in the catalog ({at}).',
  },
  pointsNotPositive: {
    vi: '{table}: điểm "{value}" phải là số dương ({at}).',
    en: '{table}: points "{value}" must be a positive number ({at}).',
  },
  unknownMethod: {
    vi: '{table}: cách chấm "{value}" không hợp lệ (pass_fail, proportional, bonus) ({at}).',
    en: '{table}: method "{value}" is not valid (pass_fail, proportional, bonus) ({at}).',
  },
  badCap: {
    vi: '{table}: điểm thưởng tối đa "{value}" phải là số không âm ({at}).',
    en: '{table}: the bonus cap "{value}" must be a number ≥ 0 ({at}).',
  },
  capRequired: {
    vi: "{table}: chấm điểm thưởng (bonus) cần ghi điểm thưởng tối đa ở cột cap ({at}).",
    en: "{table}: a bonus line needs its cap in column cap ({at}).",
  },
  badBloc: {
    vi: '{table}: tên cụm "{value}" không được chứa *, ? hoặc ~ ({at}).',
    en: '{table}: bloc name "{value}" cannot contain *, ? or ~ ({at}).',
  },
  badScore: {
    vi: '{table}: điểm tối thiểu "{value}" phải là số từ 0 đến 100 ({at}).',
    en: '{table}: minimum score "{value}" must be a number from 0 to 100 ({at}).',
  },
  gradesNotDescending: {
    vi: "{table}: các mức xếp loại phải theo thứ tự điểm giảm dần ({at}).",
    en: "{table}: grades must be listed by decreasing minimum score ({at}).",
  },
  noPeriods: {
    vi: "TD_Periods không có kỳ nào.",
    en: "TD_Periods holds no period.",
  },
  noUnits: {
    vi: "TD_Units không có đơn vị nào: không xác định được đơn vị thiếu báo cáo.",
    en: "TD_Units holds no unit: missing reports cannot be told.",
  },
  tooManyRows: {
    vi: "{table}: quá {max} dòng.",
    en: "{table}: more than {max} rows.",
  },
} as const satisfies Record<string, Text>;
