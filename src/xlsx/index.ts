/** The file adapter: .xlsx/.xls/.ods bytes to the core's grid, and the core's plans to .xlsx bytes. */
export { FileError } from "./errors";
export { checkFileSize, DEFAULT_LIMITS, type ReadLimits } from "./limits";
export { readWorkbookGrid } from "./sheetjs/read-grid";
export { writeWorkbookPlan, type PartDeflater } from "./writer/write-plan";
export { parseUnitsCsv } from "./csv/units-csv";
export { readSubmission } from "./submission";
export { readReportGrid } from "./xlsx-reader/read-report-grid";
export { readSummaryGrid, SUMMARY_LIMITS } from "./xlsx-reader/read-summary-grid";
