/** The file adapter: .xlsx/.xls/.ods bytes to the core's grid, and the core's plans to .xlsx bytes. */
export { FileError, FILE_MESSAGES } from "./errors";
export { guardFile } from "./guard";
export { DEFAULT_LIMITS, resolveLimits, type ReadLimits } from "./limits";
export { readWorkbookGrid } from "./read-grid";
export { writeWorkbookPlan, type WriteOptions } from "./write-plan";
export { parseUnitsCsv, UNITS_CSV_MESSAGES } from "./units-csv";
export { readSubmission } from "./submission";
