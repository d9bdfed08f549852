import {
  checkFile,
  checkSubmission,
  type CheckedFile,
  type CheckedSubmission,
  type SourceFile,
  type Submission,
} from "../core";
import { readSubmission } from "../xlsx/submission";
import type { ZipCodec } from "../xlsx/zip/zip-codec";

/** What a received file is read for: a roll-up folds it in, a validation lists its findings. */
export type ReadPurpose = "rollup" | "validate";

/** A received file reduced to what its purpose needs; its grid is gone, so results stay small. */
export type ReadOutcome = (
  | { readonly purpose: "rollup"; readonly checked: CheckedSubmission }
  | { readonly purpose: "validate"; readonly file: CheckedFile }
) & {
  /** What a library or the system said about a file that could not be read, for a verbose listing. */
  readonly detail?: string;
};

/** Reduces a read (or refused) submission for its purpose. */
export function reduceSubmission(submission: Submission, purpose: ReadPurpose): ReadOutcome {
  const detail = "detail" in submission && submission.detail ? { detail: submission.detail } : {};
  return purpose === "rollup"
    ? { purpose, checked: checkSubmission(submission), ...detail }
    : { purpose, file: checkFile(submission), ...detail };
}

/**
 * Reads, guards, extracts and checks one received file: the one path every surface takes, with the zip
 * codec the surface has (Node's zlib in the CLI, fflate elsewhere).
 */
export function readReceived(
  bytes: Uint8Array,
  source: SourceFile,
  purpose: ReadPurpose,
  codec?: ZipCodec,
): ReadOutcome {
  return reduceSubmission(readSubmission(bytes, source, codec), purpose);
}
