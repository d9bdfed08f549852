import { HostError } from "../host/workbook-host";

/**
 * The newest API the Excel host calls: getRanges and RangeAreas (conditional formats and data
 * validation over many areas at once) are ExcelApi 1.9. The rest comes earlier: data validation 1.8;
 * freeze panes, chart X values, named-item formulas, workbook protection and the protection selection
 * mode 1.7; conditional formats 1.6; names.add and the *OrNullObject getters 1.4.
 */
export const EXCEL_API_VERSION = "1.9";

export const EXCEL_TOO_OLD = {
  vi: `Excel này quá cũ cho Thi Đua (cần ExcelApi ${EXCEL_API_VERSION}: Excel 2021, Microsoft 365 hoặc Excel trên web). Hãy dùng trang Thi Đua trên trình duyệt.`,
  en: `This Excel is too old for Thi Đua (it needs ExcelApi ${EXCEL_API_VERSION}: Excel 2021, Microsoft 365 or Excel on the web). Please use the Thi Đua web page in a browser.`,
};

/** Called by the task pane at start: throws a HostError the user can read rather than failing later. */
export function requireExcelApi(): void {
  if (!Office.context.requirements.isSetSupported("ExcelApi", EXCEL_API_VERSION)) {
    throw new HostError(EXCEL_TOO_OLD);
  }
}
