import type { Text } from "./text";

/** Every message the core produces, Vietnamese first. Placeholders are filled with `fill`. */
export const MESSAGES = {
  noMetadata: {
    vi: "Không phải biểu mẫu Thi Đua: thiếu trang thông tin ẩn TD_META.",
    en: "Not a Thi Đua report: the hidden TD_META sheet is missing.",
  },
  badSchema: {
    vi: "Trang thông tin có định dạng lạ ({schema}); hãy dùng biểu mẫu chuẩn.",
    en: "Unknown metadata format ({schema}); use the standard template.",
  },
  noTemplates: {
    vi: "Tệp không khai báo biểu mẫu nào.",
    en: "The workbook declares no template.",
  },
  unknownTemplate: {
    vi: "Biểu mẫu {template} không có trong danh mục.",
    en: "Template {template} is not in the catalog.",
  },
  unknownVersion: {
    vi: "Biểu mẫu {template} phiên bản {version} không được hỗ trợ (các phiên bản đọc được: {supported}).",
    en: "Template {template} version {version} is not supported (versions read: {supported}).",
  },
  missingUnit: {
    vi: "Thiếu mã đơn vị báo cáo.",
    en: "The reporting unit's code is missing.",
  },
  badUnitCode: {
    vi: 'Mã đơn vị "{code}" không hợp lệ (chỉ gồm chữ, số, "_", ".", "-", tối đa 40 ký tự).',
    en: 'Unit code "{code}" is not valid (letters, digits, "_", ".", "-", at most 40 characters).',
  },
  unitNameTooLong: {
    vi: "Tên đơn vị dài quá {max} ký tự.",
    en: "The unit's name is longer than {max} characters.",
  },
  identityUnshowable: {
    vi: "Ô {cell} của trang TD_META ({field}) chứa ký tự điều khiển hoặc ký tự đổi chiều văn bản; hãy tạo lại biểu mẫu.",
    en: "Cell {cell} of the TD_META sheet ({field}) holds control or text-direction characters; make the template again.",
  },
  identityTooLong: {
    vi: "Ô {cell} của trang TD_META ({field}) dài quá {max} ký tự.",
    en: "Cell {cell} of the TD_META sheet ({field}) is longer than {max} characters.",
  },
  badParentCode: {
    vi: 'Mã đơn vị cấp trên "{code}" không hợp lệ.',
    en: 'Parent unit code "{code}" is not valid.',
  },
  missingUnitName: {
    vi: "Thiếu tên đơn vị báo cáo.",
    en: "The reporting unit's name is missing.",
  },
  unknownUnitKind: {
    vi: 'Loại đơn vị "{kind}" không có trong danh mục.',
    en: 'Unit kind "{kind}" is not known.',
  },
  badPeriod: {
    vi: 'Kỳ báo cáo "{period}" không hợp lệ (YYYY-D1, YYYY-D2, YYYY, hoặc mã kỳ kèm ngày bắt đầu và kết thúc).',
    en: 'Period "{period}" is not valid (YYYY-D1, YYYY-D2, YYYY, or a period id with its start and end dates).',
  },
  badTarget: {
    vi: 'Chỉ tiêu {target} có giá trị không hợp lệ: "{value}".',
    en: 'Target {target} has an invalid value: "{value}".',
  },
  missingName: {
    vi: "Không tìm thấy ô {name} (tên vùng đã bị xóa?).",
    en: "Cell {name} not found (was its defined name deleted?).",
  },
  nameOnHiddenSheet: {
    vi: 'Tên vùng {name} trỏ tới ô {cell} của trang ẩn "{sheet}"; ô của biểu mẫu phải nằm trên trang hiển thị của biểu.',
    en: 'Defined name {name} points at cell {cell} of the hidden sheet "{sheet}"; form cells must be on the form\'s visible sheet.',
  },
  nameOnOtherSheet: {
    vi: 'Tên vùng {name} trỏ tới "{sheet}"!{cell}, ngoài trang "{formSheet}" của biểu.',
    en: 'Defined name {name} points at "{sheet}"!{cell}, outside the form\'s sheet "{formSheet}".',
  },
  nameOffGrid: {
    vi: 'Tên vùng {name} trỏ tới "{sheet}"!{cell}, lệch hàng hoặc cột so với các ô cùng hàng, cùng cột của biểu.',
    en: 'Defined name {name} points at "{sheet}"!{cell}, off the row or column of the form\'s other cells in its row and column.',
  },
  nameSharedCell: {
    vi: 'Tên vùng {name} trỏ tới "{sheet}"!{cell}, ô mà tên vùng {other} cũng trỏ tới.',
    en: 'Defined name {name} points at "{sheet}"!{cell}, the cell defined name {other} points at too.',
  },
  textNumber: {
    vi: '{label}: số "{text}" được lưu dạng chữ; hãy nhập lại dạng số (hàm SUM sẽ bỏ qua ô này).',
    en: '{label}: "{text}" is a number stored as text; enter it as a number (SUM would skip it).',
  },
  notNumber: {
    vi: '{label}: "{text}" không phải là số.',
    en: '{label}: "{text}" is not a number.',
  },
  negative: {
    vi: "{label}: số âm ({value}) không hợp lệ.",
    en: "{label}: a negative figure ({value}) is not allowed.",
  },
  tooLarge: {
    vi: "{label}: số quá lớn ({value}).",
    en: "{label}: the figure is too large ({value}).",
  },
  fraction: {
    vi: "{label}: phải là số nguyên ({value}).",
    en: "{label}: must be a whole number ({value}).",
  },
  blankCell: {
    vi: "{label}: ô để trống (chưa báo cáo); nhập 0 nếu không có.",
    en: "{label}: blank (not reported); enter 0 if there is none.",
  },
  blankForm: {
    vi: "{template}: chưa nhập số liệu.",
    en: "{template}: no figures entered.",
  },
  formulaInInput: {
    vi: "{label}: ô nhập liệu chứa công thức; chỉ giá trị được dùng.",
    en: "{label}: an input cell holds a formula; only its value is used.",
  },
  formulaWithoutValue: {
    vi: "{label}: ô nhập liệu chứa công thức không cho ra số; hãy nhập số.",
    en: "{label}: an input cell holds a formula that gives no number; enter a number.",
  },
  formulaTampered: {
    vi: "{label}: công thức đã bị thay đổi (cần: ={expected}, đang có: {actual}).",
    en: "{label}: the formula was changed (expected ={expected}, found {actual}).",
  },
  noFormula: {
    vi: "(không có công thức)",
    en: "(no formula)",
  },
} as const satisfies Record<string, Text>;
