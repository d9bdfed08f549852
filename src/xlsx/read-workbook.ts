// The file adapter's one entry for reading: the CLI, the page's workers and the pipeline read a workbook
// through these, never through a reader's own files, so which reader reads which file is decided here.
import type { WorkbookGrid } from "../core/grid/grid";
import { DATA_SHEET } from "../core/rollup/previous-figures";
import type { ReadLimits } from "./limits";
import { readWorkbookGrid } from "./sheetjs/read-grid";
import { isOoxmlPackage, readReportGrid } from "./xlsx-reader/read-report-grid";
import type { ZipCodec } from "./zip/zip-codec";

const MiB = 1024 * 1024;

/**
 * A summary of the whole country (3,400 units) is an 11 MiB file that inflates to 53 MiB, its largest sheet
 * 17 MiB, with 1.45 million cells: the caps leave room for three times that, and still refuse a bomb.
 */
export const SUMMARY_LIMITS: Partial<ReadLimits> = {
  maxFileBytes: 64 * MiB,
  maxInflatedBytes: 256 * MiB,
  maxPartBytes: 96 * MiB,
  maxCells: 5_000_000,
  maxRowsPerSheet: 50_000,
  // Read on the main thread, whose heap is not a reading thread's 128 MB.
  maxCompoundFileBytes: 96 * MiB,
};

/**
 * A summary this product wrote, read for what a later roll-up compares with: its metadata and the whole
 * data sheet, streamed from an .xlsx without holding the other sheets' cells (an .xls or .ods re-save
 * goes through the general reader). `codec` inflates it, as the caller's platform does best.
 */
export function readSummaryGrid(bytes: Uint8Array, fileName: string, codec?: ZipCodec): WorkbookGrid {
  return isOoxmlPackage(bytes, fileName, SUMMARY_LIMITS)
    ? readReportGrid(bytes, fileName, SUMMARY_LIMITS, [DATA_SHEET], codec)
    : readWorkbookGrid(bytes, fileName, SUMMARY_LIMITS, codec);
}

/** A workbook read whole, whatever its format (.xlsx, .xls, .ods): a campaign workbook, a template. */
export { readWorkbookGrid };
/** A unit's report, read for what a roll-up takes from it (`readSubmission` reads one received file). */
export { readSubmission } from "./submission";
