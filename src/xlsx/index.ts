/** The file adapter: .xlsx/.xls/.ods bytes to the core's grid, and the core's plans to .xlsx bytes. */
export { FileError } from "./errors";
export { checkFileSize, DEFAULT_LIMITS, type ReadLimits } from "./limits";
export { readSubmission, readSummaryGrid, readWorkbookGrid, SUMMARY_LIMITS } from "./read-workbook";
export { writeWorkbookPlan, type PartDeflater } from "./writer/write-plan";
export { parseUnitsCsv } from "./csv/units-csv";
export { readReportGrid } from "./xlsx-reader/read-report-grid";
