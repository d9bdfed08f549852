import type { CheckedFile, CheckedSubmission, Submission } from "../core";
import { checkFile } from "../core/check/check-file";
import { checkSubmission } from "../core/rollup/rollup";

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
