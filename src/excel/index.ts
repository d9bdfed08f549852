/** The Office.js host: a thin translator between the core's plans and grids and the open workbook. */
export { createExcelHost } from "./excel-host";
export { newWriterId } from "./journal-owner";
export { EXCEL_API_VERSION, requireExcelApi } from "./requirements";
