import { extract } from "../core/report/extract";
import { savedTimeOf } from "../core/rollup/save-time";
import type { SourceFile, Submission } from "../core/rollup/types";
import { FileError } from "./errors";
import { readWorkbookGrid } from "./sheetjs/read-grid";
import { isOoxmlPackage, readReportGrid } from "./xlsx-reader/read-report-grid";
import type { ZipCodec } from "./zip/zip-codec";

/**
 * One received file as a roll-up submission. A file that cannot be read becomes a submission with its
 * reason, never an exception, so one bad file does not stop a roll-up of many. An .xlsx goes to the
 * report reader, which reads only what a report needs; .xls and .ods to the general one.
 */
export function readSubmission(bytes: Uint8Array, source: SourceFile, codec?: ZipCodec): Submission {
  try {
    const grid = isOoxmlPackage(bytes, source.name)
      ? readReportGrid(bytes, source.name, {}, [], codec)
      : readWorkbookGrid(bytes, source.name, {}, codec);
    const modifiedAt = savedTimeOf(grid.modifiedAt, grid.application) ?? source.modifiedAt;
    return { source: { ...source, ...(modifiedAt ? { modifiedAt } : {}) }, extraction: extract(grid) };
  } catch (error) {
    if (error instanceof FileError)
      return { source, unreadable: error.text, ...(error.detail ? { detail: error.detail } : {}) };
    throw error;
  }
}
