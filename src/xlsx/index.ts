/** The file adapter: .xlsx/.xls/.ods bytes to the core's grid, and the core's plans to .xlsx bytes. */
export { FileError } from "./errors";
export { checkFileSize, DEFAULT_LIMITS, type ReadLimits } from "./limits";
export { readWorkbookGrid } from "./read-grid";
export { writeWorkbookPlan } from "./write-plan";
export { parseUnitsCsv } from "./units-csv";
export { readSubmission } from "./submission";
export { readReportGrid } from "./read-report-grid";
export { readSummaryGrid, SUMMARY_LIMITS } from "./read-summary-grid";
